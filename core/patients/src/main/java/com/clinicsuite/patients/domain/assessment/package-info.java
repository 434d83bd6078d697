/**
 * The clinical rules of the intake assessment (DOMAIN.md §2–3): questionnaire scoring and bands, opioid
 * morphine milligram equivalents, the ketamine contraindication gate, and the curated ICD-10-CM list.
 * Pure logic, tested against the worked examples.
 */
package com.clinicsuite.patients.domain.assessment;
