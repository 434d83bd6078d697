package com.clinicsuite.treatment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Units for timed PT codes (DOMAIN.md §5), by the payer's rule:
 * <ul>
 *   <li><b>Medicare 8-minute rule</b> (CMS total-time method): add all timed minutes; 8–22 = 1 unit, 23–37 = 2, and
 *       so on every 15 minutes; under 8 = 0. Each code first gets ⌊minutes ÷ 15⌋ units; the remaining units go to
 *       the codes with the most leftover minutes.</li>
 *   <li><b>AMA rule of eights</b>: each code on its own gets ⌊minutes ÷ 15⌋, plus 1 when the remainder is ≥ 8.</li>
 * </ul>
 * Untimed codes (evaluations 97161–97164) are 1 unit each and are not counted here.
 */
public final class TimedUnits {

    /** The payer setting. */
    public enum Rule { MEDICARE_8_MINUTE, AMA_RULE_OF_EIGHTS }

    /** Minutes spent on one timed code. */
    public record Minutes(String code, int minutes) {
        public Minutes {
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes cannot be negative");
            }
        }
    }

    private TimedUnits() {
    }

    /** Total units for a total of timed minutes under the Medicare rule. */
    public static int medicareTotal(int totalMinutes) {
        return totalMinutes < 8 ? 0 : (totalMinutes + 7) / 15;
    }

    /** Units per code, in the order given; codes with 0 units are kept with 0. */
    public static Map<String, Integer> units(Rule rule, List<Minutes> timed) {
        Map<String, Integer> units = new LinkedHashMap<>();
        if (rule == Rule.AMA_RULE_OF_EIGHTS) {
            for (Minutes m : timed) {
                units.merge(m.code(), m.minutes() / 15 + (m.minutes() % 15 >= 8 ? 1 : 0), Integer::sum);
            }
            return units;
        }
        int total = timed.stream().mapToInt(Minutes::minutes).sum();
        int remaining = medicareTotal(total);
        for (Minutes m : timed) {
            units.merge(m.code(), m.minutes() / 15, Integer::sum);
            remaining -= m.minutes() / 15;
        }
        List<Minutes> byLeftover = new ArrayList<>(timed);
        byLeftover.sort(Comparator.comparingInt((Minutes m) -> m.minutes() % 15).reversed()
                .thenComparing(Comparator.comparingInt(Minutes::minutes).reversed()));
        for (int i = 0; remaining > 0 && !byLeftover.isEmpty(); i = (i + 1) % byLeftover.size()) {
            units.merge(byLeftover.get(i).code(), 1, Integer::sum);
            remaining--;
        }
        return units;
    }
}
