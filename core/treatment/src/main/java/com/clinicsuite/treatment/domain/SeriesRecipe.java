package com.clinicsuite.treatment.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a plan into the sessions to book, each with its window relative to an earlier session:
 * <ul>
 *   <li>induction: the counseling intake and PT evaluation first; the infusions every {@code minGap}–{@code maxGap}
 *       days; with the integration rule, a counseling session 24–72 h after each infusion ends; otherwise the
 *       counseling sessions at their frequency; then the PT visits (visits per week × weeks);</li>
 *   <li>maintenance: the next booster (the caller starts the window {@code boosterMinWeeks} after the last infusion),
 *       with its integration session.</li>
 * </ul>
 */
public final class SeriesRecipe {

    /** One session to place: scheduling's appointment type, preferred clinician, and window after {@code anchor}. */
    public record Session(String label, String typeCode, UUID clinicianId, int anchor, boolean fromEnd, Duration minAfter,
                          Duration maxAfter) {
    }

    static final Duration FIRST_WINDOW = Duration.ofDays(14);
    static final Duration INTEGRATION_MIN = Duration.ofHours(24);
    static final Duration INTEGRATION_MAX = Duration.ofHours(72);

    private SeriesRecipe() {
    }

    /** The appointment type for an infusion of this length: the 60-minute slot, or the 4-hour one. */
    public static String infusionType(int minutes) {
        return minutes <= 60 ? "INFUSION_60" : "INFUSION_240";
    }

    public static List<Session> induction(TreatmentPlan plan) {
        List<Session> s = new ArrayList<>();
        KetamineComponent k = plan.ketamine();
        TherapyComponent pt = plan.physicalTherapy();
        CounselingComponent c = plan.counseling();
        int lastCounseling = -1;
        if (c != null && c.intakeEvaluation()) {
            lastCounseling = add(s, new Session("Counseling intake", "COUNSELING_INTAKE", c.clinicianId(), -1, false, Duration.ZERO, FIRST_WINDOW));
        }
        int ptEvaluation = -1;
        if (pt != null) {
            ptEvaluation = add(s, new Session("PT evaluation", "PT_EVALUATION", pt.clinicianId(), -1, false, Duration.ZERO, FIRST_WINDOW));
        }
        boolean integration = c != null && c.integrationRule();
        if (k != null && k.route() == KetamineComponent.Route.IV) {
            int previous = -1;
            for (int n = 1; n <= k.inductionSessions(); n++) {
                Session infusion = previous < 0
                        ? new Session("Infusion 1 of " + k.inductionSessions(), infusionType(k.durationMinutes()), null, -1, false, Duration.ZERO, FIRST_WINDOW)
                        : new Session("Infusion " + n + " of " + k.inductionSessions(), infusionType(k.durationMinutes()), null, previous, false,
                        Duration.ofDays(k.minGapDays()), Duration.ofDays(k.maxGapDays()));
                previous = add(s, infusion);
                if (integration) {
                    add(s, new Session("Integration after infusion " + n, "COUNSELING", c.clinicianId(), previous, true, INTEGRATION_MIN, INTEGRATION_MAX));
                }
            }
        }
        if (c != null && !(integration && k != null && k.route() == KetamineComponent.Route.IV)) {
            for (int n = 1; n <= c.sessions(); n++) {
                Session session = lastCounseling < 0
                        ? new Session("Counseling 1 of " + c.sessions(), "COUNSELING", c.clinicianId(), -1, false, Duration.ZERO, FIRST_WINDOW)
                        : new Session("Counseling " + n + " of " + c.sessions(), "COUNSELING", c.clinicianId(), lastCounseling, false,
                        Duration.ofDays(c.everyDays()), Duration.ofDays(c.everyDays() + 3L));
                lastCounseling = add(s, session);
            }
        }
        if (pt != null) {
            int previous = ptEvaluation;
            long min = Math.max(1, 7 / pt.visitsPerWeek() - 1);
            long max = (long) Math.ceil(7.0 / pt.visitsPerWeek()) + 1;
            for (int n = 1; n <= pt.totalVisits(); n++) {
                previous = add(s, new Session("PT visit " + n + " of " + pt.totalVisits(), "PT_VISIT", pt.clinicianId(), previous, false,
                        Duration.ofDays(min), Duration.ofDays(max)));
            }
        }
        return s;
    }

    /** The next booster, in a window of {@code boosterMaxWeeks − boosterMinWeeks} from the series start. */
    public static List<Session> booster(TreatmentPlan plan) {
        KetamineComponent k = plan.ketamine();
        List<Session> s = new ArrayList<>();
        if (k == null || k.route() != KetamineComponent.Route.IV) {
            return s;
        }
        int booster = add(s, new Session("Booster infusion", infusionType(k.durationMinutes()), null, -1, false, Duration.ZERO,
                Duration.ofDays(7L * (k.boosterMaxWeeks() - k.boosterMinWeeks()) + 1)));
        if (plan.counseling() != null && plan.counseling().integrationRule()) {
            add(s, new Session("Integration after booster", "COUNSELING", plan.counseling().clinicianId(), booster, true, INTEGRATION_MIN, INTEGRATION_MAX));
        }
        return s;
    }

    /**
     * The sessions still to book when some are already booked or attended: the first {@code n} sessions of each
     * appointment type are dropped. A session whose anchor was dropped is measured from the series start instead.
     */
    public static List<Session> remaining(List<Session> recipe, java.util.Map<String, Integer> alreadyBooked) {
        java.util.Map<String, Integer> toDrop = new java.util.HashMap<>(alreadyBooked);
        int[] newIndex = new int[recipe.size()];
        List<Session> kept = new ArrayList<>();
        for (int i = 0; i < recipe.size(); i++) {
            Session s = recipe.get(i);
            int drop = toDrop.getOrDefault(s.typeCode(), 0);
            if (drop > 0) {
                toDrop.put(s.typeCode(), drop - 1);
                newIndex[i] = -1;
                continue;
            }
            int anchor = s.anchor() < 0 ? -1 : newIndex[s.anchor()];
            kept.add(anchor < 0 && s.anchor() >= 0
                    ? new Session(s.label(), s.typeCode(), s.clinicianId(), -1, false, Duration.ZERO, FIRST_WINDOW.plus(s.maxAfter()))
                    : new Session(s.label(), s.typeCode(), s.clinicianId(), anchor, s.fromEnd(), s.minAfter(), s.maxAfter()));
            newIndex[i] = kept.size() - 1;
        }
        return kept;
    }

    private static int add(List<Session> sessions, Session session) {
        sessions.add(session);
        return sessions.size() - 1;
    }
}
