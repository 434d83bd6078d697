package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.consent.ConsentRow;
import com.clinicsuite.patients.application.consent.ConsentStatus;
import com.clinicsuite.patients.application.consent.Consents;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The consents card of the registration record: what is on file, what is missing, upload and revoke. */
@Named
@ViewScoped
public class ConsentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Consents consents;

    @Inject
    private PatientRecordView record;

    private ConsentStatus status;
    private String type;
    private LocalDate signedOn = LocalDate.now();
    private String signer;
    private transient UploadedFile file;
    private UUID revoking;
    private LocalDate revokedOn = LocalDate.now();
    private String revocationReason;

    public ConsentStatus getStatus() {
        if (status == null && record.getRecord() != null) {
            status = consents.status(record.getRecord().id());
        }
        return status;
    }

    public void upload() {
        byte[] bytes = file == null ? null : file.getContent();
        String name = file == null ? null : file.getFileName();
        ConsentRow saved = consents.record(record.getRecord().id(), type, signedOn, signer, name, bytes);
        Messages.flashInfo(saved.typeLabel() + " recorded.");
        status = null;
        type = null;
        signer = null;
        file = null;
    }

    public void startRevoke(UUID consentId) {
        revoking = consentId;
        revokedOn = LocalDate.now();
        revocationReason = null;
    }

    public void revoke() {
        ConsentRow row = getStatus().consents().stream().filter(c -> c.id().equals(revoking)).findFirst().orElseThrow();
        consents.revoke(revoking, row.version(), revokedOn, revocationReason);
        Messages.info(row.typeLabel() + " revoked.");
        revoking = null;
        status = null;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public UUID getRevoking() { return revoking; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public void setRevokedOn(LocalDate revokedOn) { this.revokedOn = revokedOn; }
    public String getRevocationReason() { return revocationReason; }
    public void setRevocationReason(String revocationReason) { this.revocationReason = revocationReason; }
    public LocalDate getToday() { return LocalDate.now(); }
}
