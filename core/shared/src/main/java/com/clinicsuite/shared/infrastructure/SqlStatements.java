package com.clinicsuite.shared.infrastructure;

import com.clinicsuite.shared.application.SqlStatementCount;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hibernate calls this for every statement it prepares (each persistence unit names it); it only counts. */
public class SqlStatements implements StatementInspector {

    private static final long serialVersionUID = 1L;

    @Override
    public String inspect(String sql) {
        SqlStatementCount.counted();
        return sql;
    }
}
