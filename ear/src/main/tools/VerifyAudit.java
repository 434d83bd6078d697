import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Seals and verifies the audit hash chain straight in the database: {@code ./clinic verify-audit}. Prints every
 * altered or deleted audit row and exits with 1 when the chain is broken, 0 when it is intact.
 */
public class VerifyAudit {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp postgresql.jar VerifyAudit.java JDBC_URL USER PASSWORD");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            s.execute("SELECT audit.seal_audit()");
            long links;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit.audit_link")) {
                rs.next();
                links = rs.getLong(1);
            }
            int problems = 0;
            try (ResultSet rs = s.executeQuery("SELECT seq, event_id, problem FROM audit.verify_audit()")) {
                while (rs.next()) {
                    problems++;
                    System.out.println("link " + rs.getLong(1) + ", audit entry " + rs.getLong(2) + ": " + rs.getString(3));
                }
            }
            System.out.println(problems == 0 ? "The audit chain is intact: " + links + " entries verified."
                    : "The audit chain is BROKEN in " + problems + " place(s).");
            System.exit(problems == 0 ? 0 : 1);
        } catch (java.sql.SQLException e) {
            System.err.println("Could not reach the database (" + e.getMessage() + "). Is the suite running? ./clinic status");
            System.exit(2);
        }
    }
}
