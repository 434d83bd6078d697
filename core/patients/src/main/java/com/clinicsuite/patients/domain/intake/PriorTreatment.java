package com.clinicsuite.patients.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A treatment already tried for the pain: what, when, and how it worked. */
@Embeddable
public class PriorTreatment {

    /** Kinds of treatment. */
    public enum Category { MEDICATIONS, INJECTIONS, SURGERY, PHYSICAL_THERAPY, PSYCHOLOGICAL, DEVICES }

    /** How the patient responded. */
    public enum Response { NO_RELIEF, PARTIAL_RELIEF, GOOD_RELIEF, INTOLERABLE_SIDE_EFFECTS, UNKNOWN }

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "response", nullable = false)
    private Response response;

    protected PriorTreatment() {
        // for JPA
    }

    public PriorTreatment(Category category, String description, LocalDate startedOn, LocalDate endedOn, Response response) {
        this.category = category;
        this.description = description;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.response = response;
    }

    public Category category() { return category; }
    public String description() { return description; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public Response response() { return response; }
}
