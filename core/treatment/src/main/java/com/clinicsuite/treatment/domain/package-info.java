/**
 * Treatment rules from DOMAIN.md §2–3: weight-based ketamine dosing checked against the protocol template's
 * limits, and the pain response after the induction series (IMMPACT thresholds; responder at ≥ 30 %).
 */
package com.clinicsuite.treatment.domain;
