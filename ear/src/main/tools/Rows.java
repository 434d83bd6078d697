import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Rows for one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), sent with COPY when
 * flushed; and deterministic version-4 UUIDs from the generator's random stream.
 */
final class Rows {

    /** A bytea value, written in COPY's escaped hex form. */
    record Bytes(byte[] value) {
    }

    private final String table;
    private final StringBuilder rows = new StringBuilder();
    private long count;

    /** {@code table} is the COPY target with its column list, e.g. {@code "billing.charge (id, ...)"}. */
    Rows(String table) {
        this.table = table;
    }

    /** Appends one row; values are written with {@code toString()}, null as {@code \N}; text must not hold tabs or newlines. */
    Rows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                rows.append("\\N");
            } else if (v instanceof Bytes b) {
                rows.append("\\\\x").append(HexFormat.of().formatHex(b.value()));
            } else {
                String text = v.toString();
                if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\\') >= 0) {
                    throw new IllegalArgumentException("a tab, newline or backslash in a generated value: " + text);
                }
                rows.append(text);
            }
        }
        rows.append('\n');
        count++;
        return this;
    }

    long count() {
        return count;
    }

    /** How much is waiting to be sent, in characters. */
    int pending() {
        return rows.length();
    }

    /** Sends the rows collected since the last flush. */
    void flush(Connection db) throws SQLException, IOException {
        if (rows.length() > 0) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    /** {@code bytes} as a bytea value for {@link #add}. */
    static Bytes bytea(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    /** A version-4 UUID drawn from {@code random}, so the same seed gives the same ids. */
    static UUID uuid(SplittableRandom random) {
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** Reads one row of a result set. */
    interface Reader<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** Every row of {@code sql}, read by {@code reader}; then commits (the seed's reads are short transactions of their own). */
    static <T> java.util.List<T> list(java.sql.Connection db, String sql, Reader<T> reader) throws java.sql.SQLException {
        java.util.List<T> rows = new java.util.ArrayList<>();
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        db.commit();
        return rows;
    }
}
