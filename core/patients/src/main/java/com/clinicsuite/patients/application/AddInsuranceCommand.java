package com.clinicsuite.patients.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A policy to add.
 *
 * @param priority     PRIMARY or SECONDARY
 * @param relationship SELF, SPOUSE, CHILD or OTHER
 */
public record AddInsuranceCommand(String priority, String payerName, String payerId, String memberId, String groupNumber,
                                  String subscriberName, String relationship, LocalDate effectiveFrom, LocalDate effectiveTo)
        implements Serializable {
}
