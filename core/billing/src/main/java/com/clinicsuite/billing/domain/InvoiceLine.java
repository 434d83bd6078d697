package com.clinicsuite.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an invoice; never changes once the invoice is issued. */
@Embeddable
public class InvoiceLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "charge_id")
    private UUID chargeId;
    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;
    @Column(name = "code")
    private String code;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "units", nullable = false)
    private int units;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    protected InvoiceLine() {
        // for JPA
    }

    InvoiceLine(int lineNo, UUID chargeId, LocalDate serviceDate, String code, String description, int units, BigDecimal amount) {
        this.lineNo = lineNo;
        this.chargeId = chargeId;
        this.serviceDate = serviceDate;
        this.code = code;
        this.description = description.length() > 200 ? description.substring(0, 200) : description;
        this.units = units;
        this.amount = amount;
    }

    public int lineNo() { return lineNo; }
    public UUID chargeId() { return chargeId; }
    public LocalDate serviceDate() { return serviceDate; }
    public String code() { return code; }
    public String description() { return description; }
    public int units() { return units; }
    public BigDecimal amount() { return amount; }
}
