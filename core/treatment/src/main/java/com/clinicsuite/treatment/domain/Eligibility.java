package com.clinicsuite.treatment.domain;

import java.util.List;

/**
 * Whether the patient's intake allows a plan to be activated, and if not, every reason why (intake incomplete,
 * contraindication gate unresolved, decided not eligible).
 *
 * @param reasons empty when eligible
 */
public record Eligibility(List<String> reasons) {

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
