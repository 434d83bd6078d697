package com.clinicsuite.billing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** J3490 with NDC and mL; JW on the discarded amount and JZ when none, for single-dose vials and payers that require it. */
class DrugCodingTest {

    private static final String NDC = "42023-0113-10";
    private static final BigDecimal FIFTY = new BigDecimal("50");

    @Test
    void singleDoseWithWaste_forAPayerThatRequiresIt_billsTheWasteOnItsOwnJwLine() {
        List<DrugCoding.DrugLine> lines = DrugCoding.lines(NDC, true, FIFTY, new BigDecimal("85"), new BigDecimal("15"), true);
        assertThat(lines).containsExactly(
                new DrugCoding.DrugLine("J3490", null, NDC, new BigDecimal("1.7")),
                new DrugCoding.DrugLine("J3490", "JW", NDC, new BigDecimal("0.3")));
    }

    @Test
    void singleDoseWithoutWaste_carriesJz() {
        List<DrugCoding.DrugLine> lines = DrugCoding.lines(NDC, true, FIFTY, new BigDecimal("100"), BigDecimal.ZERO, true);
        assertThat(lines).containsExactly(new DrugCoding.DrugLine("J3490", "JZ", NDC, new BigDecimal("2")));
    }

    @Test
    void multiDoseVials_areExempt() {
        List<DrugCoding.DrugLine> lines = DrugCoding.lines(NDC, false, FIFTY, new BigDecimal("85"), new BigDecimal("15"), true);
        assertThat(lines).containsExactly(new DrugCoding.DrugLine("J3490", null, NDC, new BigDecimal("1.7")));
    }

    @Test
    void payersWithoutTheRule_andSelfPay_getNoModifier() {
        assertThat(DrugCoding.lines(NDC, true, FIFTY, new BigDecimal("100"), BigDecimal.ZERO, false))
                .extracting(DrugCoding.DrugLine::modifier).containsOnlyNulls();
        assertThat(DrugCoding.lines(NDC, true, FIFTY, new BigDecimal("85"), new BigDecimal("15"), false)).hasSize(1);
    }
}
