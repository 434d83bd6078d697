/**
 * Billing rules (DOMAIN.md §5): money, infusion and drug coding (96365/96366/96374, J3490 with NDC and JW/JZ), fees
 * with history, charges, packages, gap-free immutable invoices, payments with allocation and credit, the append-only
 * ledger, claims and Good Faith Estimates.
 */
package com.clinicsuite.billing.domain;
