package com.clinicsuite.billing.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOMAIN.md §5 infusion table, at every boundary. */
class InfusionCodingTest {

    @ParameterizedTest(name = "{0} min → {1}")
    @CsvSource({
            "1, 96374x1",
            "15, 96374x1",
            "16, 96365x1",
            "90, 96365x1",
            "91, 96365x1 96366x1",
            "150, 96365x1 96366x1",
            "151, 96365x1 96366x2",
            "210, 96365x1 96366x2",
            "211, 96365x1 96366x3",
            "270, 96365x1 96366x3",
            "271, 96365x1 96366x4",
    })
    void unitsFollowTheTable(int minutes, String expected) {
        List<CodedUnits> codes = InfusionCoding.forMinutes(minutes);
        assertThat(String.join(" ", codes.stream().map(c -> c.code() + "x" + c.units()).toList())).isEqualTo(expected);
    }
}
