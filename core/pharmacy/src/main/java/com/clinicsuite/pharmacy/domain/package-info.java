/** The Schedule III register: receipts against supplier invoices, vials with running balances, append-only entries, counts. */
package com.clinicsuite.pharmacy.domain;
