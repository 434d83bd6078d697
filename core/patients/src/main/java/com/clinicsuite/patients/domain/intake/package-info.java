/**
 * The physician's intake assessment of a patient (contraindication screen and eligibility, diagnoses,
 * medications with MME, allergies, history, vitals) and the clinical record kept over time: questionnaire
 * responses, MME snapshots and alerts. Questionnaire responses, MME snapshots and alerts are append-only.
 */
package com.clinicsuite.patients.domain.intake;
