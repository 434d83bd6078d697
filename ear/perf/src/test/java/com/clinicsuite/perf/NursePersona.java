package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The nurse at the chair, through the real infusion page with Faces postbacks: open the visit of a checked-in
 * infusion, the checklist with baseline vitals, the dose calculated and confirmed by a second clinician (the
 * {@code physician} user's password), start, vitals every cycle ({@link #CYCLES} per visit, with think time), end,
 * post-infusion vitals, discharge and the nurse's signature (which captures the charges for billing).
 * <p>
 * Set-up that is not the nurse's page work goes through REST as the front desk (with {@link Setup#token}, not a
 * sign-in of this virtual user): booking the infusion on the patient's active plan and checking the patient in. Each iteration takes its own appointment: {@link #prepare} makes bench
 * patients with signed IV plans and, for each, a nurse provider and two chairs; appointment {@code n} goes to patient
 * {@code n % P} at hourly slot {@code n / P} (the chair alternates, so its 30-minute turnover never clashes). Slots lie
 * within the next 11 hours, so check-in (open 12 hours ahead) is always allowed. When every slot is taken the nurse
 * does the read steps only.
 */
final class NursePersona {

    /** Vitals cycles recorded while the infusion runs (every 15 minutes at the chair; think time here). */
    static final int CYCLES = Integer.getInteger("bench.vitalsCycles", 3);
    private static final String PAGE = "/visits/infusion.xhtml";
    private static final AtomicLong NEXT = new AtomicLong();
    private static final List<String> PROVIDERS = new ArrayList<>();
    private static final List<String> CHAIRS = new ArrayList<>();
    private static final List<Setup.PlanPatient> PATIENTS = new ArrayList<>();
    private static final List<LocalDateTime> SLOTS = new ArrayList<>();

    private NursePersona() {
    }

    /**
     * Enough patients, providers and chairs for {@code nurses} users working {@code seconds} at up to one visit a
     * minute each (plus one each).
     */
    static void prepare(int nurses, int seconds, String tag, String physicianProvider) {
        if (nurses == 0) {
            return;
        }
        SLOTS.addAll(Setup.hourlySlots(LocalDateTime.now().plusMinutes(15).truncatedTo(ChronoUnit.MINUTES), 11, false));
        long visits = (long) nurses * (seconds / 60 + 1);
        int pairs = (int) Math.max(1, (visits + SLOTS.size() - 1) / SLOTS.size());
        for (int i = 0; i < pairs; i++) {
            PROVIDERS.add(Setup.provider("bench-rn-" + tag + "-" + i, "Bench Infusion Nurse " + tag + "-" + i, "NURSE"));
            CHAIRS.add(Setup.chair("Bench IV chair " + tag + "-" + i + "a"));
            CHAIRS.add(Setup.chair("Bench IV chair " + tag + "-" + i + "b"));
        }
        PATIENTS.addAll(Setup.planPatients(pairs, "rn" + tag, physicianProvider));
        System.out.println("Nurse persona: " + pairs + " patients with IV plans, " + pairs * SLOTS.size() + " infusion slots.");
    }

    /** Claims the next free appointment slot for this iteration, or none when all are taken. */
    private static Session claim(Session s) {
        s = s.remove("startsAt").remove(Stats.FAILED);
        if (PATIENTS.isEmpty()) {
            return s;
        }
        long n = NEXT.getAndIncrement();
        int i = (int) (n % PATIENTS.size());
        int round = (int) (n / PATIENTS.size());
        if (round >= SLOTS.size()) {
            return s;
        }
        Setup.PlanPatient p = PATIENTS.get(i);
        return s.set("startsAt", SLOTS.get(round).toString()).set("rnPatient", p.patientId()).set("rnPlan", p.planId())
                .set("rnProvider", PROVIDERS.get(i)).set("rnChair", CHAIRS.get(2 * i + round % 2));
    }

    /** Front desk set-up over REST (not a nurse's measure): book the infusion on the plan, check the patient in. */
    private static ChainBuilder bookAndCheckIn() {
        return exec(s -> s.set("deskToken", Setup.token("frontdesk")))
                .exec(http("setup: book infusion (REST, front desk)").post("/api/scheduling/appointments").header("Authorization", "Bearer #{deskToken}")
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody("{\"patientId\":\"#{rnPatient}\",\"providerId\":\"#{rnProvider}\",\"resourceId\":\"#{rnChair}\","
                                + "\"typeCode\":\"INFUSION_60\",\"startsAt\":\"#{startsAt}\",\"planId\":\"#{rnPlan}\"}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("appointment"), jsonPath("$.version").saveAs("apptVersion")))
                .exec(http("setup: check in (REST, front desk)").post("/api/scheduling/appointments/#{appointment}/check-in?version=#{apptVersion}")
                        .header("Authorization", "Bearer #{deskToken}").header("Accept", "application/json").check(status().is(200)))
                .exec(s -> s.isFailed() ? s.set(Stats.FAILED, "setup").markAsSucceeded() : s);
    }

    private static Map<String, String> vitals(String sys, String dia, String hr, String sedation, String nrs) {
        return Faces.fields("flowForm:systolic", sys, "flowForm:diastolic", dia, "flowForm:heartRate", hr, "flowForm:spo2", "98",
                "flowForm:respiratoryRate", "14", "flowForm:sedation", sedation, "flowForm:nrs", nrs);
    }

    /**
     * Each step runs only while nothing before it in the iteration failed, with think time before it and the user's
     * token renewed first when it is four minutes old (a visit outlasts the five-minute token).
     */
    static ChainBuilder steps(ChainBuilder... steps) {
        ChainBuilder chain = exec(s -> s);
        for (ChainBuilder step : steps) {
            chain = chain.doIf(s -> !s.contains(Stats.FAILED)).then(pause(2, 10).exec(Bench.signedIn("#{account}", "token")).exec(step));
        }
        return chain;
    }

    /** One infusion visit from the checklist to the nurse's signature. */
    private static ChainBuilder visit() {
        ChainBuilder recordVitals = Faces.update("write", "nurse: record vitals (postback)", PAGE, "flowForm", "flowForm:recordVitals", "flowForm",
                "flowForm visitHeader", vitals("126", "80", "80", "1", "4"), "Vitals recorded");
        return steps(
                Faces.page("read", "nurse: infusion visit (page)", PAGE + "?appointment=#{appointment}", "checklistForm"),
                Faces.update("write", "nurse: checklist and baseline (postback)", PAGE, "checklistForm", "checklistForm:saveChecklist", "checklistForm",
                        "checklistForm visitHeader startForm baselineForm", Faces.fields("checklistForm:contraindications", "on", "checklistForm:fasting", "on",
                                "checklistForm:pregnancy", "NOT_APPLICABLE", "checklistForm:escortName", "Bench Escort",
                                "checklistForm:escortPhone", "(555) 010-2000", "checklistForm:systolic", "128", "checklistForm:diastolic", "82",
                                "checklistForm:heartRate", "72", "checklistForm:spo2", "98", "checklistForm:respiratoryRate", "14",
                                "checklistForm:baselineNrs", "7"), "Checklist saved"),
                Faces.update("write", "nurse: calculate dose (postback)", PAGE, "doseForm", "doseForm:calculate", "doseForm", "doseForm startForm",
                        Faces.fields("doseForm:weightKg", "70", "doseForm:concentration", "1"), "awaiting a second clinician"),
                Faces.update("write", "nurse: dose confirmed by a second clinician (postback)", PAGE, "doseForm", "doseForm:confirmDose", "doseForm",
                        "doseForm startForm", Faces.fields("doseForm:weightKg", "70", "doseForm:concentration", "1", "doseForm:confirmer", "#{confirmer}",
                                "doseForm:password", "demo"), "Dose confirmed by #{confirmer}"),
                Faces.navigate("nurse: start infusion (postback)", PAGE, "startForm", "startForm:start", "startForm", "startForm", Faces.fields(),
                        "Infusion started"),
                repeat(CYCLES).on(doIf(s -> !s.contains(Stats.FAILED)).then(pause(2, 10).exec(Bench.signedIn("#{account}", "token")).exec(recordVitals))),
                Faces.navigate("nurse: end infusion (postback)", PAGE, "endForm", "endForm:end", "endForm", "endForm",
                        Faces.fields("endForm:administeredMg", "35", "endForm:earlyReason", "Benchmark run: the session is compressed in time"),
                        "Infusion ended"),
                Faces.update("write", "nurse: post-infusion vitals (postback)", PAGE, "flowForm", "flowForm:recordVitals", "flowForm",
                        "flowForm visitHeader", vitals("124", "80", "74", "0", "3"), "Vitals recorded"),
                Faces.navigate("nurse: discharge (postback)", PAGE, "dischargeForm", "dischargeForm:discharge", "dischargeForm", "dischargeForm",
                        Faces.fields("dischargeForm:alertAndOriented", "on", "dischargeForm:walksSteadily", "on", "dischargeForm:escortPresent", "on"),
                        "Discharged"),
                Faces.navigate("nurse: sign visit (postback)", PAGE, "signForm", "signForm:sign", "signForm", "signForm", Faces.fields(), "Signed by #{account}"));
    }

    /** The nurse's iteration: an infusion visit on its own appointment when a slot is left. */
    static ChainBuilder infusion() {
        return exec(NursePersona::claim).doIf(s -> s.contains("startsAt")).then(bookAndCheckIn().doIf(s -> !s.contains(Stats.FAILED)).then(visit()));
    }
}
