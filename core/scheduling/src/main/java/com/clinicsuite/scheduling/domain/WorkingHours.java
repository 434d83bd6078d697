package com.clinicsuite.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours a provider works on one day of the week. */
@Embeddable
public class WorkingHours {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "starts", nullable = false)
    private LocalTime starts;

    @Column(name = "ends", nullable = false)
    private LocalTime ends;

    protected WorkingHours() {
        // for JPA
    }

    public WorkingHours(DayOfWeek day, LocalTime starts, LocalTime ends) {
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
        this.dayOfWeek = day.getValue();
        this.starts = starts;
        this.ends = ends;
    }

    public DayOfWeek day() { return DayOfWeek.of(dayOfWeek); }
    public LocalTime starts() { return starts; }
    public LocalTime ends() { return ends; }
}
