package com.clinicsuite.patients.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One insurance policy as the record and claims need it. */
public record InsuranceRow(UUID id, String priority, String payerName, String payerId, String memberId, String groupNumber,
                           String subscriberName, String relationship, LocalDate effectiveFrom, LocalDate effectiveTo,
                           boolean inEffect, long version) implements Serializable {
}
