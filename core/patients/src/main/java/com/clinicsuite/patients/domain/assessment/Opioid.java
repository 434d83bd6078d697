package com.clinicsuite.patients.domain.assessment;

import java.math.BigDecimal;

/**
 * Opioids with their CDC 2022 morphine milligram equivalent conversion factors (DOMAIN.md §3).
 * Fentanyl transdermal is per mcg/h of patch strength.
 */
public enum Opioid {
    CODEINE("Codeine", "0.15", "mg"),
    FENTANYL_TRANSDERMAL("Fentanyl transdermal patch", "2.4", "mcg/h"),
    HYDROCODONE("Hydrocodone", "1", "mg"),
    HYDROMORPHONE("Hydromorphone", "5", "mg"),
    METHADONE("Methadone", "4.7", "mg"),
    MORPHINE("Morphine", "1", "mg"),
    OXYCODONE("Oxycodone", "1.5", "mg"),
    OXYMORPHONE("Oxymorphone", "3", "mg"),
    TAPENTADOL("Tapentadol", "0.4", "mg"),
    TRAMADOL("Tramadol", "0.2", "mg");

    private final String label;
    private final BigDecimal factor;
    private final String strengthUnit;

    Opioid(String label, String factor, String strengthUnit) {
        this.label = label;
        this.factor = new BigDecimal(factor);
        this.strengthUnit = strengthUnit;
    }

    public String label() {
        return label;
    }

    /** CDC conversion factor to morphine milligram equivalents. */
    public BigDecimal factor() {
        return factor;
    }

    /** The unit the strength is given in: mg per unit, or mcg/h for patches. */
    public String strengthUnit() {
        return strengthUnit;
    }
}
