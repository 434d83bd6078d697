package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Billing through the real pages with Faces postbacks: the charge review queue (approve one charge), the patient's
 * account (draft the invoice of the approved charges, issue it, post a payment) and the AR aging report (refreshed
 * by its postback).
 * <p>
 * Each billing user works on its own bench patient (a signed IV plan, made in {@link #prepare}), so two users never
 * approve the same charge. Before each round, as set-up over REST, the front desk records a completed infusion in the
 * past and the nurse documents it (the infusion history endpoint, with the physician's confirmation and
 * co-signature): its signature captures new charges waiting for review, which the billing user then works through
 * the pages. The set-up calls use {@link Setup#token}, shared cached tokens, not a sign-in of this virtual user.
 */
final class BillingPersona {

    private static final String CHARGES = "/billing/charges.xhtml";
    private static final String ACCOUNT = "/billing/account.xhtml";
    private static final String REPORTS = "/billing/reports.xhtml";
    private static final AtomicInteger NEXT_USER = new AtomicInteger();
    private static final List<Setup.PlanPatient> PATIENTS = new ArrayList<>();
    private static final List<String> PROVIDERS = new ArrayList<>();
    private static final List<String> CHAIRS = new ArrayList<>();
    /** Past hourly slots, newest first; user u's round r uses slot r on its own provider, chairs alternating. */
    private static final List<LocalDateTime> PAST = new ArrayList<>();
    private static final String PAST_INFUSION = "{\"appointmentId\":\"#{pastAppointment}\",\"weightKg\":70,\"concentrationMgPerMl\":1,"
            + "\"escortName\":\"Bench Escort\",\"escortPhone\":\"(555) 010-2000\",\"baseline\":[128,82,72,98,14,7],"
            + "\"readings\":[[126,80,76,98,14,1,5],[124,80,74,98,14,1,4],[124,78,74,98,14,0,4]],\"post\":[122,80,72,98,14,0,3],"
            + "\"administeredMg\":35,\"confirmer\":\"#{cosigner}\",\"confirmerPassword\":\"demo\",\"cosigner\":\"#{cosigner}\",\"cosignerPassword\":\"demo\"}";

    private BillingPersona() {
    }

    static void prepare(int users, String tag, String physicianProvider) {
        if (users == 0) {
            return;
        }
        PAST.addAll(Setup.hourlySlots(LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.HOURS), 24 * 14, true));
        for (int i = 0; i < users; i++) {
            PROVIDERS.add(Setup.provider("bench-bill-" + tag + "-" + i, "Bench Billing Nurse " + tag + "-" + i, "NURSE"));
            CHAIRS.add(Setup.chair("Bench billing chair " + tag + "-" + i + "a"));
            CHAIRS.add(Setup.chair("Bench billing chair " + tag + "-" + i + "b"));
        }
        PATIENTS.addAll(Setup.planPatients(users, "bill" + tag, physicianProvider));
    }

    /** The user's own patient, provider and chairs (once), and the next past slot for this round. */
    private static Session claim(Session s) {
        s = s.remove(Stats.FAILED);
        if (!s.contains("billUser")) {
            s = s.set("billUser", NEXT_USER.getAndIncrement() % Math.max(1, PATIENTS.size())).set("billRound", 0);
        }
        int u = s.getInt("billUser");
        int round = s.getInt("billRound");
        if (PATIENTS.isEmpty() || round >= PAST.size()) {
            return s.remove("billPatient");
        }
        Setup.PlanPatient p = PATIENTS.get(u);
        return s.set("billRound", round + 1).set("billPatient", p.patientId()).set("billPlan", p.planId()).set("billProvider", PROVIDERS.get(u))
                .set("billChair", CHAIRS.get(2 * u + round % 2)).set("pastAt", PAST.get(round).toString());
    }

    /** REST set-up: a completed infusion in the past, documented and signed, so new charges wait for review. */
    private static ChainBuilder signedPastInfusion() {
        return exec(s -> s.set("deskToken", Setup.token("frontdesk")).set("nurseToken", Setup.token("nurse")))
                .exec(http("setup: past infusion appointment (REST, front desk)").post("/api/scheduling/appointments/history")
                        .header("Authorization", "Bearer #{deskToken}").header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody("[{\"patientId\":\"#{billPatient}\",\"providerId\":\"#{billProvider}\",\"resourceId\":\"#{billChair}\","
                                + "\"typeCode\":\"INFUSION_60\",\"startsAt\":\"#{pastAt}\",\"planId\":\"#{billPlan}\",\"status\":\"COMPLETED\"}]"))
                        .check(status().is(201), jsonPath("$[0].id").saveAs("pastAppointment")))
                .exec(http("setup: document and sign the infusion (REST, nurse)").post("/api/visits/infusions/history")
                        .header("Authorization", "Bearer #{nurseToken}").header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody(PAST_INFUSION)).check(bodyString().saveAs("setupAnswer"), status().is(201)))
                .exec(s -> {
                    if (s.isFailed()) {
                        // the suite's answer says why (a business rule's message); printed so that a refused set-up can be explained
                        System.err.println("billing set-up refused: " + s.getString("setupAnswer"));
                        return s.set(Stats.FAILED, "setup").markAsSucceeded();
                    }
                    return s;
                });
    }

    /** The billing user's page work on its patient: approve, invoice, issue, payment, then the AR aging report. */
    private static ChainBuilder pages() {
        return NursePersona.steps(
                Stats.timed("read", "billing: charge review queue, one patient (page)", http("billing: charge review queue, one patient (page)")
                        .get(CHARGES + "?patient=#{billPatient}").header("Authorization", "Bearer #{token}")
                        .check(status().is(200), Faces.noError(), Faces.viewState(), Faces.nonce(),
                                regex("<button id=\"([^\"]+)\" name=\"[^\"]+\" class=\"[^\"]*\\bapprove\\b").saveAs("approveButton"))),
                Faces.update("write", "billing: approve a charge (postback)", CHARGES, "chargesForm", "#{approveButton}", "#{approveButton}", "chargesForm",
                        Faces.fields(), "Approved "),
                Faces.page("read", "billing: patient account (page)", ACCOUNT + "?patient=#{billPatient}", "accountForm:draftInvoice"),
                Faces.navigate("billing: draft invoice (postback)", ACCOUNT, "accountForm", "accountForm:draftInvoice", "accountForm:draftInvoice",
                        "accountForm", Faces.fields(), "Draft invoice of",
                        regex("<button id=\"([^\"]+)\" name=\"[^\"]+\" class=\"[^\"]*\\bissue\\b").saveAs("issueButton")),
                Faces.navigate("billing: issue invoice (postback)", ACCOUNT, "accountForm", "#{issueButton}", "#{issueButton}", "accountForm",
                        Faces.fields(), "issued; it can no longer change"),
                Faces.navigate("billing: post a payment (postback)", ACCOUNT, "accountForm", "accountForm:pay", "accountForm", "accountForm",
                        Faces.fields("accountForm:method", "CHECK", "accountForm:amount", "20.00", "accountForm:reference", "bench check"), "Payment of $"),
                Faces.page("read", "billing: AR aging report (page)", REPORTS, "aging-totals"),
                Faces.update("read", "billing: AR aging report, refreshed (postback)", REPORTS, "reportsForm", "reportsForm:refresh", "reportsForm",
                        "reportsForm", Faces.fields(), "aging-totals"));
    }

    /** One round of the billing user's work, when a past slot is left for its set-up. */
    static ChainBuilder work() {
        return exec(BillingPersona::claim).doIf(s -> s.contains("billPatient"))
                .then(signedPastInfusion().doIf(s -> !s.contains(Stats.FAILED)).then(pages()));
    }
}
