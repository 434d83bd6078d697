/**
 * Clinical use cases of the patient record: the intake assessment with its contraindication gate,
 * questionnaires with scores and trends, MME, alerts and the chart header. Front desk has no access here;
 * billing sees diagnosis codes only.
 */
package com.clinicsuite.patients.application.intake;
