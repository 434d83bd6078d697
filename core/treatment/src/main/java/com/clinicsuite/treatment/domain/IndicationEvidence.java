package com.clinicsuite.treatment.domain;

import java.util.List;

/**
 * The evidence grade the ASRA/AAPM/ASA consensus guideline (Cohen 2018; DOMAIN.md §2) gives IV ketamine for an
 * indication, looked up by ICD-10-CM code. CRPS (type I, and causalgia as type II) is moderate; spinal cord injury
 * pain is weak; the other pain conditions the guideline reviewed are weak or without evidence.
 */
public final class IndicationEvidence {

    /** A guideline grade and the condition it was given for. */
    public record Grade(String grade, String condition) {
        public String label() {
            return grade + " — " + condition;
        }
    }

    private record Rule(List<String> prefixes, Grade grade) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("G90.5", "G56.4", "G57.7"), new Grade("Moderate", "CRPS; benefit up to 12 weeks")),
            new Rule(List.of("G95.", "G82.", "G83."), new Grade("Weak", "spinal cord injury pain")),
            new Rule(List.of("G54.6", "G54.7"), new Grade("Weak or none", "phantom limb pain")),
            new Rule(List.of("B02.2"), new Grade("Weak or none", "postherpetic neuralgia")),
            new Rule(List.of("M79.7"), new Grade("Weak or none", "fibromyalgia")),
            new Rule(List.of("G89.3"), new Grade("Weak or none", "cancer pain")),
            new Rule(List.of("I70.2", "I73."), new Grade("Weak or none", "ischemic pain")),
            new Rule(List.of("G43."), new Grade("Weak or none", "migraine")),
            new Rule(List.of("M54.5"), new Grade("Weak or none", "low back pain")),
            new Rule(List.of("M79.2", "G62.", "G60.", "G63", "E11.4"), new Grade("Weak or none", "mixed neuropathic pain")),
            new Rule(List.of("F"), new Grade("Not graded", "psychiatric comorbidity; outside the pain guideline")));

    private static final Grade UNGRADED = new Grade("Not graded", "condition not reviewed by the guideline");

    private IndicationEvidence() {
    }

    public static Grade of(String icdCode) {
        if (icdCode == null) {
            return UNGRADED;
        }
        String code = icdCode.strip().toUpperCase();
        return RULES.stream().filter(r -> r.prefixes().stream().anyMatch(code::startsWith)).map(Rule::grade).findFirst()
                .orElse(UNGRADED);
    }
}
