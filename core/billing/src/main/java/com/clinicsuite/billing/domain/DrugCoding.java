package com.clinicsuite.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Ketamine as J3490 with its NDC and quantity in mL (DOMAIN.md §5). For a single-dose vial and a payer that requires
 * it, the discarded amount is its own line with modifier JW, and the administered line carries JZ when nothing was
 * discarded. Multi-dose vials, self-pay and payers without the rule get one line for the amount given.
 */
public final class DrugCoding {

    public static final String UNCLASSIFIED_DRUG = "J3490";
    public static final String DISCARDED = "JW";
    public static final String NONE_DISCARDED = "JZ";

    private DrugCoding() {
    }

    /** One J3490 line: modifier (or null), NDC (5-4-2), quantity in mL. */
    public record DrugLine(String code, String modifier, String ndc, BigDecimal quantityMl) {
        public String unit() {
            return "ML";
        }
    }

    public static List<DrugLine> lines(String ndc, boolean singleDose, BigDecimal concentrationMgPerMl, BigDecimal administeredMg,
                                       BigDecimal wastedMg, boolean payerRequiresJwJz) {
        if (concentrationMgPerMl == null || concentrationMgPerMl.signum() <= 0) {
            throw new IllegalArgumentException("concentration must be positive");
        }
        BigDecimal wasted = wastedMg == null ? BigDecimal.ZERO : wastedMg;
        List<DrugLine> lines = new ArrayList<>();
        boolean modifiers = singleDose && payerRequiresJwJz;
        if (administeredMg != null && administeredMg.signum() > 0) {
            lines.add(new DrugLine(UNCLASSIFIED_DRUG, modifiers && wasted.signum() == 0 ? NONE_DISCARDED : null, ndc,
                    ml(administeredMg, concentrationMgPerMl)));
        }
        if (modifiers && wasted.signum() > 0) {
            lines.add(new DrugLine(UNCLASSIFIED_DRUG, DISCARDED, ndc, ml(wasted, concentrationMgPerMl)));
        }
        return lines;
    }

    private static BigDecimal ml(BigDecimal mg, BigDecimal concentration) {
        return mg.divide(concentration, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
