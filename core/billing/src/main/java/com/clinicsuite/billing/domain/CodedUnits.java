package com.clinicsuite.billing.domain;

/** A procedure code with its units. */
public record CodedUnits(String code, int units) {
}
