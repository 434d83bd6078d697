package com.clinicsuite.scheduling.application;

import com.clinicsuite.scheduling.domain.Appointment;
import com.clinicsuite.scheduling.domain.AppointmentType;
import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.Resource;

/** Builds the DTO records inside the transaction. */
final class Rows {

    private Rows() {
    }

    static SchedulingRows.ProviderRow of(Provider p) {
        return new SchedulingRows.ProviderRow(p.id(), p.username(), p.displayName(), p.discipline().name(), p.npi(), p.isActive(),
                p.hours().stream().map(h -> new SchedulingRows.HoursRow(h.day().getValue(), h.starts(), h.ends())).toList(), p.version());
    }

    static SchedulingRows.AbsenceRow of(com.clinicsuite.scheduling.domain.Absence a, Provider p) {
        return new SchedulingRows.AbsenceRow(a.id(), a.providerId(), p == null ? "Whole clinic (holiday)" : p.displayName(),
                a.firstDay(), a.lastDay(), a.reason());
    }

    static SchedulingRows.ResourceRow of(Resource r) {
        return new SchedulingRows.ResourceRow(r.id(), r.name(), r.kind().name(), r.isActive());
    }

    static SchedulingRows.TypeRow of(AppointmentType t) {
        return new SchedulingRows.TypeRow(t.code(), t.label(), t.discipline().name(), t.durationMinutes(), t.resourceKind().name(),
                t.recoveryMinutes(), t.version());
    }

    static SchedulingRows.AppointmentRow of(Appointment a, Provider p, Resource r, AppointmentType t) {
        return new SchedulingRows.AppointmentRow(a.id(), a.patientId(), a.providerId(), p == null ? "" : p.displayName(),
                a.resourceId(), r == null ? "" : r.name(), a.typeCode(), t == null ? a.typeCode() : t.label(), a.startsAt(),
                a.endsAt(), a.status().name(), a.isLateCancel(), a.version(), a.planId());
    }
}
