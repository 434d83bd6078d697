package com.clinicsuite.patients.domain.access;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;

/** How long an emergency access lasts (one row; clinic default 60 minutes, between 5 minutes and 8 hours). */
@Entity
@Table(name = "emergency_access_policy")
public class EmergencyAccessPolicy extends AuditedEntity {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    @Id
    private Integer id;
    @Column(name = "minutes", nullable = false)
    private int minutes;

    protected EmergencyAccessPolicy() {
        // for JPA
    }

    public Duration lasting() {
        return Duration.ofMinutes(minutes);
    }

    public int minutes() {
        return minutes;
    }

    public void revise(int newMinutes) {
        if (newMinutes < MIN_MINUTES || newMinutes > MAX_MINUTES) {
            throw new BusinessRuleException("emergency.minutes", "minutes",
                    "Emergency access must last between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.");
        }
        minutes = newMinutes;
    }
}
