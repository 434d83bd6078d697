package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.ContactMethod;
import com.clinicsuite.patients.domain.Sex;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The choices of the registration form, as code and label. */
public final class PatientOptions {

    /** One choice. */
    public record Option(String code, String label) implements Serializable {
    }

    private PatientOptions() {
    }

    public static List<Option> sexes() {
        return Arrays.stream(Sex.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    public static List<Option> contactMethods() {
        return Arrays.stream(ContactMethod.values()).map(c -> new Option(c.name(), c.label())).toList();
    }
}
