package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.gatling.javaapi.core.CoreDsl.exec;

/**
 * The physician editing a treatment plan through the plan page: open it (the plan with its outcome trends and the
 * ketamine, therapy and counseling forms), then change the goals with the goals form's postback.
 * <p>
 * Each physician account edits a draft plan of its own, made over REST in {@link #prepare} as that account (the plan's
 * author is on the patient's care team, so the chart is open to it): a new patient with a pain score on file and a
 * draft with an IV ketamine component. A draft changes in place, so a run adds one history line per edit to a plan
 * of its own and nothing grows from run to run but the new plans. The goals alternate between two values, so every
 * save is a real change.
 */
final class PhysicianPersona {

    private static final String PLAN = "/patients/plan.xhtml";
    /** Plan id by bench physician account ({@code bench-physician-01} …). */
    private static final Map<String, String> PLANS = new ConcurrentHashMap<>();

    private PhysicianPersona() {
    }

    /** A draft plan for each of the {@code users} bench physician accounts. */
    static void prepare(int users, String tag, String physicianProvider) {
        for (int i = 1; i <= users; i++) {
            String account = String.format("bench-physician-%02d", i);
            String patient = Setup.patient("Plan" + tag + "x" + i, "1970-06-1" + (i % 10), "FEMALE", 6, "Plan" + tag + "x" + i);
            Setup.json(account, "POST", "/api/charts/" + patient + "/questionnaires", "{\"instrument\":\"NRS\",\"answers\":[7],\"takenOn\":\""
                    + LocalDate.now() + "\"}");
            String plan = Setup.json(account, "POST", "/api/plans?patient=" + patient, "");
            String planId = Setup.field(plan, "id");
            Setup.json(account, "PUT", "/api/plans/" + planId + "/ketamine/iv?version=" + Setup.field(plan, "version"), "{\"clinicianId\":\""
                    + physicianProvider + "\",\"protocolCode\":\"SHORT-60\",\"inductionSessions\":6,\"minGapDays\":2,\"maxGapDays\":4}");
            PLANS.put(account, planId);
        }
        if (users > 0) {
            System.out.println("Physician persona: " + users + " draft plans, one per bench physician account.");
        }
    }

    private static Session claim(Session s) {
        s = s.remove(Stats.FAILED);
        String plan = PLANS.get(s.getString("account"));
        if (plan == null) {
            return s.remove("mdPlan");
        }
        int round = s.contains("mdRound") ? s.getInt("mdRound") + 1 : 1;
        return s.set("mdPlan", plan).set("mdRound", round).set("mdNrs", round % 2 == 0 ? "40" : "30");
    }

    /** One edit of the physician's plan: the plan page, then the goals saved. */
    static ChainBuilder editPlan() {
        return exec(PhysicianPersona::claim).doIf(s -> s.contains("mdPlan")).then(NursePersona.steps(
                Faces.page("read", "physician: treatment plan (page)", PLAN + "?id=#{mdPlan}", "goalsForm:saveGoals"),
                Faces.update("write", "physician: edit the plan's goals (postback)", PLAN, "goalsForm", "goalsForm:saveGoals", "@all",
                        "goalsForm planHeader historyForm", Faces.fields("goalsForm:nrsTarget", "#{mdNrs}", "goalsForm:mmeTarget", "",
                                "goalsForm:functionGoal", "ODI below 30 %", "goalsForm:moodGoal", "PHQ-9 below 10 (round #{mdRound})"), "Goals saved.")));
    }
}
