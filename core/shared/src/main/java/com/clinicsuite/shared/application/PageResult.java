package com.clinicsuite.shared.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of rows and the total number of rows the query matches. A search that matches very many rows may stop
 * counting at {@link #COUNT_CAP}: a total of {@code COUNT_CAP + 1} then means "more than COUNT_CAP".
 */
public record PageResult<T>(List<T> rows, long total) implements Serializable {

    /** Where broad searches stop counting. */
    public static final int COUNT_CAP = 1000;

    public PageResult {
        rows = List.copyOf(rows);
    }

    /** The total was capped: more than {@link #COUNT_CAP} rows match. */
    public boolean moreThanCap() {
        return total > COUNT_CAP;
    }
}
