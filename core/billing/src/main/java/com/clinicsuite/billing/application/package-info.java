/** Billing use cases (setup, charge capture and review, accounts, claims, estimates, reports) and their DTOs. */
package com.clinicsuite.billing.application;
