package com.clinicsuite.shared.application;

/**
 * How many SQL statements the current request has run, on its own thread. Hibernate's statement inspector
 * ({@code shared.infrastructure.SqlStatements}) and the audit trail's JDBC report each statement; the web tier starts
 * and stops the count around a request when statement counting is on ({@code CLINIC_SQL_COUNT=true}, as in the
 * integration tests, which assert counts per page to catch N+1 queries). Off, it costs one thread-local read.
 */
public final class SqlStatementCount {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private SqlStatementCount() {
    }

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and returns the count (-1 when none was started). */
    public static int stop() {
        int[] c = COUNT.get();
        COUNT.remove();
        return c == null ? -1 : c[0];
    }

    /** One statement ran on this thread. */
    public static void counted() {
        int[] c = COUNT.get();
        if (c != null) {
            c[0]++;
        }
    }
}
