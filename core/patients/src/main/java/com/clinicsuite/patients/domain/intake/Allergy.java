package com.clinicsuite.patients.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An allergy or intolerance: what, and the reaction. */
@Embeddable
public class Allergy {

    @Column(name = "substance", nullable = false, length = 100)
    private String substance;

    @Column(name = "reaction", length = 200)
    private String reaction;

    protected Allergy() {
        // for JPA
    }

    public Allergy(String substance, String reaction) {
        this.substance = substance;
        this.reaction = reaction;
    }

    public String substance() { return substance; }
    public String reaction() { return reaction; }
}
