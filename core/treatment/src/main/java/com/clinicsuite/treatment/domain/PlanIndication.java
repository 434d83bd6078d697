package com.clinicsuite.treatment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A diagnosis from the intake that the plan treats, with the guideline's evidence grade for IV ketamine. */
@Embeddable
public class PlanIndication {

    @Column(name = "code", nullable = false)
    private String code;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "evidence", nullable = false)
    private String evidence;

    protected PlanIndication() {
        // for JPA
    }

    public PlanIndication(String code, String description) {
        this.code = code;
        this.description = description;
        this.evidence = IndicationEvidence.of(code).label();
    }

    public String code() { return code; }
    public String description() { return description; }
    public String evidence() { return evidence; }
}
