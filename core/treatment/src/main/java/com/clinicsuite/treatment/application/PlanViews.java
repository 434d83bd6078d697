package com.clinicsuite.treatment.application;

import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.treatment.domain.CounselingComponent;
import com.clinicsuite.treatment.domain.KetamineComponent;
import com.clinicsuite.treatment.domain.TherapyComponent;
import com.clinicsuite.treatment.domain.PainResponse;
import com.clinicsuite.treatment.domain.TreatmentPlan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the plan DTOs (inside the transaction): the full view with progress, and the one-line summary. */
final class PlanViews {

    private PlanViews() {
    }

    static int attendedInfusions(List<SchedulingRows.AppointmentRow> booked) {
        return (int) booked.stream().filter(a -> a.typeCode().startsWith("INFUSION") && a.attended()).count();
    }

    static PlanRows.PlanSummary summary(TreatmentPlan p) {
        List<String> parts = new ArrayList<>();
        if (p.ketamine() != null) {
            parts.add(p.ketamine().route() == KetamineComponent.Route.IV ? "IV ketamine (" + p.phase().name().toLowerCase() + ")" : "oral ketamine");
        }
        if (p.physicalTherapy() != null) {
            parts.add("PT");
        }
        if (p.counseling() != null) {
            parts.add("counseling");
        }
        return new PlanRows.PlanSummary(p.id(), p.status().name(), p.phase().name(), p.planVersion(),
                parts.isEmpty() ? "no components yet" : String.join(" + ", parts), p.signedBy(), p.signedAt(), p.createdAt());
    }

    /**
     * The plan as a clinician sees it: components the caller does not own are summarised; progress counts the
     * plan's appointments; the NRS change is measured from the plan's baseline to the latest NRS in the chart.
     */
    static PlanView of(TreatmentPlan p, List<SchedulingRows.AppointmentRow> booked, Integer latestNrs, boolean seesKetamine, boolean seesPt,
                       boolean seesCounseling, java.time.ZoneId zone) {
        KetamineComponent k = p.ketamine();
        TherapyComponent pt = p.physicalTherapy();
        CounselingComponent c = p.counseling();
        BigDecimal reduction = p.baselineNrs() == null || latestNrs == null ? null : PainResponse.reductionPercent(p.baselineNrs(), latestNrs);
        int attended = attendedInfusions(booked);
        PlanView.Progress progress = new PlanView.Progress(
                k == null || k.route() != KetamineComponent.Route.IV ? 0 : k.inductionSessions(),
                (int) booked.stream().filter(a -> a.typeCode().startsWith("INFUSION") && !"CANCELLED".equals(a.status())).count(),
                attended,
                pt == null ? 0 : pt.totalVisits() + 1,
                (int) booked.stream().filter(a -> a.typeCode().startsWith("PT") && a.attended()).count(),
                c == null ? 0 : c.sessions() + (c.intakeEvaluation() ? 1 : 0),
                (int) booked.stream().filter(a -> a.typeCode().startsWith("COUNSELING") && a.attended()).count(),
                (int) booked.stream().filter(a -> "NO_SHOW".equals(a.status()) || a.lateCancel()).count(),
                p.reviewDue(attended), latestNrs, reduction, reduction == null ? null : PainResponse.categorize(reduction).name());
        return new PlanView(p.id(), p.patientId(), p.version(), p.status().name(), p.phase().name(), p.planVersion(), p.statusReason(),
                p.reviewFlag(), p.signedBy(), p.signedAt(), p.baselineNrs(), p.nrsTargetPercent(), p.mmeTargetPercent(), p.functionGoal(),
                p.moodGoal(),
                p.indications().stream().map(i -> new PlanView.IndicationRow(i.code(), i.description(), i.evidence())).toList(),
                k == null || !seesKetamine ? null : new PlanView.Ketamine(k.clinicianId(), k.clinicianName(), k.route().name(), k.protocolCode(),
                        k.protocolName(), k.doseMgPerKgPerHour(), k.durationMinutes(), k.bolusMgPerKg(), k.exceededLimits(), k.justification(),
                        k.inductionSessions(), k.minGapDays(), k.maxGapDays(), k.boosterMinWeeks(), k.boosterMaxWeeks(), k.maxBoosters(),
                        k.oralDoseMg(), k.oralDirections(), k.oralQuantity(), k.oralRefills(), k.prescriberDea()),
                k == null ? null : (seesKetamine ? k.summary() : (k.route() == KetamineComponent.Route.IV ? "IV ketamine" : "Oral ketamine") + " with " + k.clinicianName()),
                pt == null || !seesPt ? null : new PlanView.Therapy(pt.clinicianId(), pt.clinicianName(), pt.evaluationComplexity(),
                        pt.visitsPerWeek(), pt.weeks(), pt.goals(), pt.recertifyBy(), pt.certifyingPhysician()),
                pt == null ? null : (seesPt ? pt.summary() : "Physical therapy with " + pt.clinicianName()),
                c == null || !seesCounseling ? null : new PlanView.Counseling(c.clinicianId(), c.clinicianName(), c.intakeEvaluation(),
                        c.sessions(), c.everyDays(), c.modality(), c.integrationRule()),
                c == null ? null : (seesCounseling ? c.summary() : "Counseling with " + c.clinicianName()),
                progress,
                p.reviews().stream().map(r -> new PlanView.ReviewRow(r.reviewedAt(), r.reviewedBy(), r.baselineNrs(), r.currentNrs(),
                        r.reductionPercent(), r.category(), r.responder(), r.decision().name(), r.justification())).toList(),
                p.history().stream().map(h -> new PlanView.ChangeRow(h.planVersion(), h.changedAt(), h.changedBy(), h.change())).toList(),
                booked.stream().map(a -> new PlanView.SessionRow(a.id(), discipline(a.typeCode()), a.typeLabel(),
                        a.startsAt().atZone(zone).toLocalDateTime(), a.providerName(), a.status())).toList());
    }

    static String discipline(String typeCode) {
        return typeCode.startsWith("INFUSION") ? "KETAMINE" : typeCode.startsWith("PT") ? "PHYSICAL_THERAPY"
                : typeCode.startsWith("COUNSELING") ? "COUNSELING" : "OTHER";
    }
}
