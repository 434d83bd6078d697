package com.clinicsuite.billing.domain;

/** What a charge is for, for revenue reports: ketamine (infusion and drug), physical therapy, counseling, other. */
public enum ServiceLine {
    KETAMINE, PT, COUNSELING, OTHER
}
