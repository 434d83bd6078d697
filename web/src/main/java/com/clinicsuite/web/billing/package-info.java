/** Billing screens: the charge review queue, patient accounts, claims, reports, and the claim and statement documents. */
package com.clinicsuite.web.billing;
