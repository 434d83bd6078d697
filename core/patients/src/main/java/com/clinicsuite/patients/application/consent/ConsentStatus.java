package com.clinicsuite.patients.application.consent;

import java.io.Serializable;
import java.util.List;

/** A patient's consents and the labels of the ones missing (none on file, or all revoked). */
public record ConsentStatus(List<ConsentRow> consents, List<String> missing) implements Serializable {
}
