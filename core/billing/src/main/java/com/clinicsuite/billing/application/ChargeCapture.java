package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.Account;
import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.CodedUnits;
import com.clinicsuite.billing.domain.DrugCoding;
import com.clinicsuite.billing.domain.Fee;
import com.clinicsuite.billing.domain.InfusionCoding;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.PatientPackage;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.ServiceLine;
import com.clinicsuite.patients.application.InsurancePolicies;
import com.clinicsuite.patients.application.InsuranceRow;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.treatment.application.VisitSigned;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a signed visit into charges, in the signing transaction (DOMAIN.md §5): infusion minutes become
 * 96365/96366 (or 96374), the register's draws become J3490 lines with NDC and mL (JW/JZ for single-dose vials when the
 * payer wants them), PT and counseling codes keep the units computed at the visit. Diagnoses come from the plan.
 * PT and counseling go to the primary insurance in effect when its payer is set up; ketamine (usually off-label) goes
 * to insurance only when that payer is marked as covering it, and is self-pay otherwise. An infusion for a patient holding a package draws one session instead of the
 * fee. Everything lands in the review queue.
 */
@Stateless
public class ChargeCapture {

    @Inject
    private BillingRepository billing;

    @Inject
    private InsurancePolicies insurance;

    @Inject
    private SchedulingSetup setup;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Called by the signing clinician's transaction; a visit's charges are captured once. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public void onVisitSigned(@Observes VisitSigned e) {
        if (!billing.chargesOfVisit(e.visitId()).isEmpty()) {
            return;
        }
        LocalDate day = e.serviceDate();
        ServiceLine line = switch (e.kind()) {
            case "INFUSION" -> ServiceLine.KETAMINE;
            case "PT" -> ServiceLine.PT;
            case "COUNSELING" -> ServiceLine.COUNSELING;
            default -> ServiceLine.OTHER;
        };
        Optional<Payer> payer = insurance.inEffect(e.patientId(), "PRIMARY", day).map(InsuranceRow::payerId)
                .flatMap(id -> id == null ? Optional.empty() : billing.payerByPayerId(id)).filter(Payer::active);
        Charge.Route route = payer.isPresent() && (line != ServiceLine.KETAMINE || payer.get().coversKetamine())
                ? Charge.Route.INSURANCE : Charge.Route.SELF_PAY;
        SchedulingRows.ProviderRow provider = e.clinician() == null ? null : setup.providerByUsername(e.clinician()).orElse(null);
        String providerName = provider == null ? e.clinician() : provider.displayName();
        String npi = provider == null ? null : provider.npi();

        List<Charge> charges = new ArrayList<>();
        String note = e.diagnoses().isEmpty() ? "The plan has no diagnosis; add one before claiming." : null;
        if (line == ServiceLine.KETAMINE) {
            if (e.infusionMinutes() != null && e.infusionMinutes() > 0) {
                for (CodedUnits c : InfusionCoding.forMinutes(e.infusionMinutes())) {
                    charges.add(charge(e, line, c.code(), List.of(), c.units(), null, null, route, providerName, npi, note));
                }
            }
            boolean jwJz = route == Charge.Route.INSURANCE && payer.map(Payer::requiresJwJz).orElse(false);
            for (VisitSigned.Drug d : e.drugs()) {
                for (DrugCoding.DrugLine l : DrugCoding.lines(d.ndc(), d.singleDose(), d.concentrationMgPerMl(), d.administeredMg(), d.wastedMg(), jwJz)) {
                    charges.add(charge(e, line, l.code(), l.modifier() == null ? List.of() : List.of(l.modifier()), 1, l.ndc(), l.quantityMl(), route,
                            providerName, npi, note));
                }
            }
            if (e.drugs().isEmpty() && !charges.isEmpty()) {
                charges.get(0).correctNote("No ketamine draw is in the register for this visit; add J3490 with the NDC by hand if it is billable.");
            }
        } else {
            for (VisitSigned.Code c : e.codes()) {
                charges.add(charge(e, line, c.code(), List.of(), c.units(), null, null, route, providerName, npi, note));
            }
        }
        if (line == ServiceLine.KETAMINE && !charges.isEmpty()) {
            drawPackage(e, charges);
        }
        charges.forEach(billing::add);
        billing.flush();
        audit.record("billing.capture", e.patientId(), charges.size() + " charge(s) from the signed " + e.kind().toLowerCase() + " visit of " + day
                + ": " + String.join(", ", charges.stream().map(c -> c.code() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers()))
                + "×" + c.units()).toList()) + " (" + charges.get(charges.size() - 1).route().name().toLowerCase() + ")");
    }

    private void drawPackage(VisitSigned e, List<Charge> charges) {
        billing.lockAccount(e.patientId());
        billing.packagesOf(e.patientId()).stream().filter(p -> p.status() == PatientPackage.Status.ACTIVE && p.remaining() > 0).findFirst()
                .ifPresent(p -> {
                    int session = p.draw();
                    charges.forEach(c -> c.coveredBy(p.id()));
                    billing.add(new com.clinicsuite.billing.domain.PackageDraw(p.id(), e.visitId(), session, e.serviceDate()));
                    Account account = new Account(e.patientId(), Money.USD, List.of(), List.of(), LocalDate.now(clock), clock.instant(), me());
                    account.packageDrawn(p, session, e.visitId());
                    account.created().forEach(billing::add);
                    audit.record("billing.package.draw", e.patientId(), p.name() + ": session " + session + " of " + p.sessions());
                });
    }

    private Charge charge(VisitSigned e, ServiceLine line, String code, List<String> modifiers, int units, String ndc, java.math.BigDecimal qty,
                          Charge.Route route, String providerName, String npi, String note) {
        Optional<Fee> fee = billing.feeOn(code, e.serviceDate());
        String n = fee.isEmpty() ? "No fee on file for " + code + "; set the price or correct the charge." : note;
        return Charge.captured(e.patientId(), e.visitId(), e.serviceDate(), line, code, modifiers, units,
                fee.map(Fee::price).orElse(Money.zero(Money.USD)), ndc, qty, e.diagnoses(), e.clinician(), providerName, npi, route, n);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
