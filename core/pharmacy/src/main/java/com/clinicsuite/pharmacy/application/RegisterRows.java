package com.clinicsuite.pharmacy.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The register's commands and DTO records. */
public final class RegisterRows {

    private RegisterRows() {
    }

    /** Vials received against one supplier invoice. */
    public record Receive(String supplier, String invoiceNumber, LocalDate invoiceDate, String ndc, String product,
                          BigDecimal concentrationMgPerMl, BigDecimal vialVolumeMl, boolean singleDose, String lot, LocalDate expiresOn,
                          Integer vials) implements Serializable {
    }

    /** A draw for a patient; waste is confirmed by the witness with their own password. */
    public record Draw(UUID vialId, UUID patientId, UUID visitRef, BigDecimal drawnMg, BigDecimal administeredMg, BigDecimal wastedMg,
                       String witness, String witnessPassword) implements Serializable {
    }

    /** A count: mg counted per vial, confirmed by the second counter's password. */
    public record Count(String kind, java.util.Map<UUID, BigDecimal> countedMg, String witness, String witnessPassword) implements Serializable {
    }

    /** A vial in stock. */
    public record VialRow(UUID id, String label, String ndc, String product, BigDecimal concentrationMgPerMl, BigDecimal volumeMl,
                          boolean singleDose, String lot, LocalDate expiresOn, BigDecimal balanceMl, BigDecimal balanceMg, boolean expired,
                          long version) implements Serializable {
    }

    /** One register line. */
    public record EntryRow(long id, String kind, UUID vialId, String vialLabel, String ndc, String product, String lot, Instant at, String byUser, String witness, UUID patientId,
                           UUID visitRef, BigDecimal drawnMg, BigDecimal administeredMg, BigDecimal wastedMg, BigDecimal changeMg,
                           BigDecimal balanceAfterMg, String reason, Long corrects) implements Serializable {
    }

    /** Ketamine drawn for one visit, with what billing needs of the vial (NDC, single-dose, concentration). */
    public record VisitDraw(String ndc, boolean singleDose, BigDecimal concentrationMgPerMl, BigDecimal drawnMg, BigDecimal administeredMg,
                            BigDecimal wastedMg) implements Serializable {
    }

    /** A receipt. */
    public record ReceiptRow(UUID id, String supplier, String invoiceNumber, LocalDate invoiceDate, String ndc, String product,
                             BigDecimal concentrationMgPerMl, BigDecimal vialVolumeMl, boolean singleDose, String lot, LocalDate expiresOn,
                             int vials, String receivedBy, Instant receivedAt) implements Serializable {
    }

    /** A count with its lines. */
    public record CountRow(UUID id, String kind, Instant countedAt, String countedBy, String witness, boolean discrepancy, boolean open,
                           String resolution, String resolvedBy, List<CountLine> lines) implements Serializable {

        public BigDecimal totalExpectedMg() {
            return lines.stream().map(CountLine::expectedMg).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal totalCountedMg() {
            return lines.stream().map(CountLine::countedMg).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One counted vial. */
    public record CountLine(UUID vialId, String vialLabel, String ndc, String lot, BigDecimal expectedMg, BigDecimal countedMg) implements Serializable {

        public boolean matches() {
            return expectedMg.compareTo(countedMg) == 0;
        }
    }
}
