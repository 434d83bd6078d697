package com.clinicsuite.treatment.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Published (synchronous CDI event, same transaction) when a visit is fully signed; billing captures its charges
 * from it. {@code infusionMinutes} and {@code administeredMg} are part of the signed record.
 */
public record VisitSigned(UUID visitId, String kind, UUID patientId, UUID planId, UUID appointmentId, Integer infusionMinutes,
                          BigDecimal administeredMg) {
}
