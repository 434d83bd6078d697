package com.clinicsuite.shared.application;

import java.io.Serializable;
import java.util.List;

/** One page of rows and the total number of rows the query matches. */
public record PageResult<T>(List<T> rows, long total) implements Serializable {

    public PageResult {
        rows = List.copyOf(rows);
    }
}
