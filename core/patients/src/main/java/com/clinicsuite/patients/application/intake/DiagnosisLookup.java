package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.shared.application.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.io.Serializable;
import java.util.List;

/** The clinic's curated billable ICD-10-CM codes, for pickers. */
@Stateless
public class DiagnosisLookup {

    /** One code for a picker. */
    public record IcdOption(String code, String description) implements Serializable {

        public String label() {
            return code + " — " + description;
        }
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public List<IcdOption> search(String text) {
        return IcdCatalog.shipped().searchBillable(text).stream().limit(30)
                .map(c -> new IcdOption(c.code(), c.description())).toList();
    }
}
