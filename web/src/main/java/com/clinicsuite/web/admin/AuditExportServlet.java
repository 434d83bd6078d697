package com.clinicsuite.web.admin;

import com.clinicsuite.shared.application.AuditLog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The audit viewer's filter as CSV (up to 10,000 rows per export). The service checks the role and audits the read. */
@WebServlet("/admin/audit-export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID patient;
        LocalDate from;
        LocalDate to;
        try {
            patient = blank(request.getParameter("patient")) ? null : UUID.fromString(request.getParameter("patient"));
            from = blank(request.getParameter("from")) ? null : LocalDate.parse(request.getParameter("from"));
            to = blank(request.getParameter("to")) ? null : LocalDate.parse(request.getParameter("to"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "patient must be an id; from and to yyyy-MM-dd");
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        var result = log.search(request.getParameter("actor"), patient, request.getParameter("action"),
                from == null ? null : from.atStartOfDay(zone).toInstant(), to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), 0, 10_000);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        PrintWriter out = response.getWriter();
        out.println("id,occurred_at,actor,role,action,outcome,patient_id,detail,origin,request_id");
        for (AuditLog.Entry e : result.rows()) {
            out.println(e.id() + "," + e.occurredAt() + "," + csv(e.actor()) + "," + csv(e.role()) + "," + csv(e.action()) + "," + csv(e.outcome())
                    + "," + (e.patientId() == null ? "" : e.patientId()) + "," + csv(e.detail()) + "," + csv(e.origin()) + "," + csv(e.requestId()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
