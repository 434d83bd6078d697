/**
 * Clinical notes: written as a draft, signed and then locked. A correction is an amendment, a new signed
 * version that voids the old one with a reason; both stay readable. Psychotherapy notes are kept apart and
 * readable by their author only (45 CFR 164.508(a)(2)).
 */
package com.clinicsuite.patients.domain.note;
