package com.clinicsuite.patients.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A pain diagnosis of the intake: a billable ICD-10-CM code with onset, site, laterality and character. */
@Embeddable
public class Diagnosis {

    @Column(name = "code", nullable = false, length = 10)
    private String code;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "onset")
    private LocalDate onset;

    @Column(name = "body_site", length = 100)
    private String bodySite;

    @Column(name = "laterality", length = 20)
    private String laterality;

    @Column(name = "pain_character", length = 100)
    private String character;

    protected Diagnosis() {
        // for JPA
    }

    public Diagnosis(String code, String description, LocalDate onset, String bodySite, String laterality, String character) {
        this.code = code;
        this.description = description;
        this.onset = onset;
        this.bodySite = bodySite;
        this.laterality = laterality;
        this.character = character;
    }

    public String code() { return code; }
    public String description() { return description; }
    public LocalDate onset() { return onset; }
    public String bodySite() { return bodySite; }
    public String laterality() { return laterality; }
    public String character() { return character; }
}
