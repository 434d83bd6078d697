package com.clinicsuite.billing.domain;

import java.util.List;

/**
 * Administration codes from the infusion time, start to stop (DOMAIN.md §5): under 16 min is an IV push (96374);
 * 16–90 min is 96365 ×1; 91–150 adds 96366 ×1; 151–210 adds 96366 ×2; each further 60 min adds one more 96366.
 */
public final class InfusionCoding {

    public static final String PUSH = "96374";
    public static final String FIRST_HOUR = "96365";
    public static final String ADDITIONAL_HOUR = "96366";

    private InfusionCoding() {
    }

    public static List<CodedUnits> forMinutes(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("An infusion lasts at least a minute, not " + minutes);
        }
        if (minutes < 16) {
            return List.of(new CodedUnits(PUSH, 1));
        }
        if (minutes <= 90) {
            return List.of(new CodedUnits(FIRST_HOUR, 1));
        }
        int additional = 1 + (minutes - 91) / 60;
        return List.of(new CodedUnits(FIRST_HOUR, 1), new CodedUnits(ADDITIONAL_HOUR, additional));
    }
}
