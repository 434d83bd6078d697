package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * The month-end billing run: for every patient with work waiting, approve the charges that need no review (no
 * reviewer note) and invoice the approved self-pay charges (draft and issue); then create the claims. Each patient is
 * its own transaction, so one problem (e.g. a charge without a price) stops that patient only and is reported. Runs in
 * the background; {@link #status} feeds the progress bar.
 *
 * <p>Patients are billed {@value #PATIENTS_PER_TRANSACTION} to a transaction (one commit per patient cost more than
 * the billing itself: 10,000 visits took over a minute); when anything in such a batch fails, the batch rolls back as
 * a whole, invoice numbers included, and its patients are billed again one per transaction, so the outcome per patient
 * is the same as before.
 */
@Stateless
public class BillingRun {

    static final int PATIENTS_PER_TRANSACTION = 50;

    @Inject
    private BillingRepository billing;

    @Inject
    private Charges charges;

    @Inject
    private Accounts accounts;

    @Inject
    private Claims claims;

    @Inject
    private BillingRunProgress progress;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** Starts a run in the background and returns its id. */
    @RolesAllowed(Roles.BILLING)
    public UUID start() {
        UUID id = UUID.randomUUID();
        progress.begin(id);
        audit.record("billing.run.start", null, "month-end billing run " + id);
        session.getBusinessObject(BillingRun.class).run(id);
        return id;
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRunProgress.Status status(@NotNull UUID id) {
        BillingRunProgress.Status s = progress.get(id);
        if (s == null) {
            throw new BusinessRuleException("run.notFound", "This billing run is not known (the server may have restarted); start it again.");
        }
        return s;
    }

    /** The run itself, outside any transaction: each patient gets a new one. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.BILLING)
    public void run(@NotNull UUID id) {
        BillingRun self = session.getBusinessObject(BillingRun.class);
        List<UUID> patients = self.patientsWithWork();
        progress.total(id, patients.size());
        for (int from = 0; from < patients.size(); from += PATIENTS_PER_TRANSACTION) {
            List<UUID> batch = patients.subList(from, Math.min(patients.size(), from + PATIENTS_PER_TRANSACTION));
            List<Boolean> invoiced = null;
            try {
                invoiced = self.billPatients(batch);
            } catch (RuntimeException oneFailed) {
                // rolled back as a whole: bill these patients one by one, so that only the failing one is left out
            }
            if (invoiced != null) {
                invoiced.forEach(i -> progress.step(id, i, null));
                continue;
            }
            for (UUID patient : batch) {
                try {
                    progress.step(id, self.billPatient(patient), null);
                } catch (BusinessRuleException problem) {
                    progress.step(id, false, problem.getMessage());
                } catch (RuntimeException failed) {
                    progress.step(id, false, "A patient's billing failed and was rolled back: " + failed.getClass().getSimpleName());
                }
            }
        }
        Claims.Run made;
        try {
            made = claims.createClaims();
        } catch (RuntimeException failed) {
            made = new Claims.Run(0, List.of("Claims could not be created: " + failed.getMessage()));
        }
        progress.finish(id, made.created(), made.problems());
        audit.record("billing.run.finish", null, "month-end billing run " + id + ": " + patients.size() + " patient(s), " + made.created() + " claim(s)");
    }

    @RolesAllowed(Roles.BILLING)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<UUID> patientsWithWork() {
        return billing.patientsWithWork();
    }

    /** {@link #billPatient} for several patients in one transaction: all or none; whether each got an invoice, in order. */
    @RolesAllowed(Roles.BILLING)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Boolean> billPatients(@NotNull List<UUID> patientIds) {
        List<Boolean> invoiced = new java.util.ArrayList<>(patientIds.size());
        for (UUID patient : patientIds) {
            invoiced.add(bill(patient));
            // each flush dirty-checks everything loaded; without this, the batch's last patient pays for all before it
            billing.flushAndClear();
        }
        return invoiced;
    }

    /** Approves the patient's charges that need no review and invoices the approved self-pay ones; true when an invoice was issued. */
    @RolesAllowed(Roles.BILLING)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean billPatient(@NotNull UUID patientId) {
        return bill(patientId);
    }

    private boolean bill(UUID patientId) {
        charges.approveReady(patientId);
        if (billing.approved(Charge.Route.SELF_PAY, patientId).isEmpty()) {
            return false;
        }
        BillingRows.InvoiceRow draft = accounts.draftInvoice(patientId);
        accounts.issue(draft.id(), draft.version());
        return true;
    }
}
