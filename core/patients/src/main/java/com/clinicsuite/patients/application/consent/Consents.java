package com.clinicsuite.patients.application.consent;

import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.consent.Consent;
import com.clinicsuite.patients.domain.consent.ConsentDocument;
import com.clinicsuite.patients.domain.consent.ConsentRepository;
import com.clinicsuite.patients.domain.consent.ConsentType;
import com.clinicsuite.patients.domain.consent.ScannedDocument;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Consents on file. Front desk and clinicians record them and see which are on file or missing; the scan
 * itself is opened by front desk and clinicians only, and every opening is audited.
 */
@Stateless
public class Consents {

    @Inject
    private ConsentRepository consents;

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ConsentStatus status(@NotNull UUID patientId) {
        patients.require(patientId);
        audit.record("consent.list", patientId, "consents on file");
        List<Consent> all = consents.forPatient(patientId);
        List<String> missing = Arrays.stream(ConsentType.values())
                .filter(t -> all.stream().noneMatch(c -> c.type() == t && c.isInForce()))
                .map(ConsentType::label).toList();
        return new ConsentStatus(all.stream().map(Consents::row).toList(), missing);
    }

    /** Records a signed consent with its scan (PDF, PNG or JPEG, at most 5 MB, checked by content). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE})
    public ConsentRow record(@NotNull UUID patientId, String type, LocalDate signedOn, String signer, String fileName, byte[] bytes) {
        patients.require(patientId);
        ScannedDocument scan = ScannedDocument.of(fileName, bytes);
        Consent consent = Consent.record(patientId, Choice.of(ConsentType.class, type, "type", "Consent"), signedOn, signer, scan, LocalDate.now(clock));
        consents.add(consent, new ConsentDocument(consent.id(), scan));
        audit.record("consent.record", patientId, consent.type().label() + " signed " + signedOn + " (" + scan + ")");
        return row(consent);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ConsentFile open(@NotNull UUID consentId) {
        Consent consent = load(consentId);
        ConsentDocument doc = consents.document(consentId).orElseThrow(() -> new BusinessRuleException("consent.document.missing",
                "The scan of this consent is missing."));
        audit.record("consent.open", consent.patientId(), consent.type().label() + " scan");
        return new ConsentFile(consent.fileName(), consent.contentType(), doc.bytes());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN})
    public ConsentRow revoke(@NotNull UUID consentId, long version, LocalDate on, String reason) {
        Consent consent = load(consentId);
        if (consent.version() != version) {
            throw new BusinessRuleException("consent.stale", "This consent was changed by " + consent.updatedBy()
                    + " after you opened it; reload and try again.");
        }
        consent.revoke(on, reason, LocalDate.now(clock));
        audit.record("consent.revoke", consent.patientId(), consent.type().label() + " revoked " + on + ": " + reason);
        return row(consent);
    }

    private Consent load(UUID id) {
        return consents.find(id).orElseThrow(() -> new BusinessRuleException("consent.notFound", "No such consent; reload the page."));
    }


    private static ConsentRow row(Consent c) {
        return new ConsentRow(c.id(), c.type().name(), c.type().label(), c.signedOn(), c.signer(), c.fileName(), c.sizeBytes(),
                c.isInForce(), c.revokedOn(), c.revocationReason(), c.version());
    }
}
