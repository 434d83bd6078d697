package com.clinicsuite.treatment.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published (synchronous CDI event, same transaction) when a visit is fully signed; billing captures its charges
 * from it, so a signed visit and its charges commit or roll back together. Everything here is part of the signed
 * record: the kind (INFUSION, PT, COUNSELING), the service date, the rendering clinician (the co-signing physician for
 * an infusion), infusion minutes, the procedure codes with units computed at the visit, the ketamine drawn from the
 * register for this visit, and the plan's diagnoses (ICD-10-CM, principal first).
 */
public record VisitSigned(UUID visitId, String kind, UUID patientId, UUID planId, UUID appointmentId, LocalDate serviceDate, String clinician,
                          Integer infusionMinutes, BigDecimal administeredMg, List<Code> codes, List<Drug> drugs, List<String> diagnoses)
        implements Serializable {

    public VisitSigned {
        codes = codes == null ? List.of() : List.copyOf(codes);
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
    }

    /** A procedure code with its units as documented (PT timed codes after the payer's unit rule, psychotherapy code, add-on). */
    public record Code(String code, int units) implements Serializable {
    }

    /** Ketamine drawn from one vial for the visit: the vial's NDC, whether it is single-dose, and what was given and wasted. */
    public record Drug(String ndc, boolean singleDose, BigDecimal concentrationMgPerMl, BigDecimal administeredMg, BigDecimal wastedMg)
            implements Serializable {
    }
}
