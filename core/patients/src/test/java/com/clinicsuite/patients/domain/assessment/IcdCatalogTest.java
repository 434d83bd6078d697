package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcdCatalogTest {

    private final IcdCatalog catalog = IcdCatalog.shipped();

    @Test
    void aCategory_shouldBeRefusedNamingItsBillableChildren() {
        assertThatThrownBy(() -> catalog.requireBillable("G90.5"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("G90.5 (Complex regional pain syndrome I (CRPS I)) is a category")
                .hasMessageContaining("G90.50, G90.511, G90.512, G90.513, G90.519, G90.521, G90.522, G90.523, G90.529, G90.59");
    }

    @Test
    void migraine_mustStateIntractabilityAndStatus() {
        assertThatThrownBy(() -> catalog.requireBillable("G43.70")).hasMessageContaining("G43.701, G43.709");
        assertThat(catalog.requireBillable("G43.709").billable()).isTrue();
        assertThat(catalog.requireBillable("G43.719").description()).contains("intractable");
    }

    @Test
    void billableCodes_shouldBeAccepted_ignoringCaseAndSpaces() {
        assertThat(catalog.requireBillable(" g89.29 ").code()).isEqualTo("G89.29");
        assertThat(catalog.requireBillable("M79.7").description()).isEqualTo("Fibromyalgia");
        assertThat(catalog.requireBillable("F43.10").billable()).isTrue();
    }

    @Test
    void aCodeNotOnTheList_shouldBeRefused() {
        assertThatThrownBy(() -> catalog.requireBillable("Z99.99")).hasMessageContaining("not on the clinic's diagnosis list");
    }

    @Test
    void search_shouldFindBillableCodesByCodeOrWords() {
        assertThat(catalog.searchBillable("fibro")).extracting(IcdCatalog.IcdCode::code).containsExactly("M79.7");
        assertThat(catalog.searchBillable("G89")).extracting(IcdCatalog.IcdCode::code)
                .containsExactly("G89.21", "G89.28", "G89.29", "G89.3", "G89.4");
    }
}
