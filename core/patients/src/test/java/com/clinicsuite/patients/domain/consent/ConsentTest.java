package com.clinicsuite.patients.domain.consent;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};

    @Test
    void scans_areRecognisedByTheirBytes_notTheirName() {
        assertThat(ScannedDocument.of("scan.png", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(ScannedDocument.of("scan", PNG).contentType()).isEqualTo("image/png");
        assertThat(ScannedDocument.of("scan.pdf", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> ScannedDocument.of("scan.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("Only PDF, PNG or JPEG");
    }

    @Test
    void scans_areRefusedWhenEmptyOrTooLarge() {
        assertThatThrownBy(() -> ScannedDocument.of("x.pdf", new byte[0])).hasMessageContaining("Attach the signed consent");
        byte[] big = new byte[ScannedDocument.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> ScannedDocument.of("x.pdf", big)).hasMessageContaining("the limit is 5 MB");
        assertThat(ScannedDocument.of("ok.pdf", java.util.Arrays.copyOf(PDF, ScannedDocument.MAX_BYTES)).bytes()).hasSize(ScannedDocument.MAX_BYTES);
    }

    @Test
    void fileNames_areCleaned() {
        assertThat(ScannedDocument.of("../../etc/pass\"wd.pdf", PDF).fileName()).isEqualTo(".._.._etc_pass_wd.pdf");
    }

    @Test
    void aConsent_needsAPastSigningDateAndASigner() {
        ScannedDocument scan = ScannedDocument.of("c.pdf", PDF);
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), ConsentType.TREATMENT, TODAY.plusDays(1), "Ann", scan, TODAY))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), ConsentType.TREATMENT, TODAY, " ", scan, TODAY))
                .hasMessageContaining("Name who signed");
    }

    @Test
    void revocation_keepsTheConsent_needsAReason_andHappensOnce() {
        Consent c = Consent.record(UUID.randomUUID(), ConsentType.KETAMINE_INFORMED, TODAY.minusDays(10), "Ann", ScannedDocument.of("c.pdf", PDF), TODAY);
        assertThat(c.isInForce()).isTrue();
        assertThatThrownBy(() -> c.revoke(TODAY, " ", TODAY)).hasMessageContaining("reason");
        assertThatThrownBy(() -> c.revoke(TODAY.minusDays(11), "changed mind", TODAY)).hasMessageContaining("between the signing date and today");
        c.revoke(TODAY, "Patient withdrew consent by phone", TODAY);
        assertThat(c.isInForce()).isFalse();
        assertThat(c.revocationReason()).isEqualTo("Patient withdrew consent by phone");
        assertThatThrownBy(() -> c.revoke(TODAY, "again", TODAY)).hasMessageContaining("already revoked");
    }
}
