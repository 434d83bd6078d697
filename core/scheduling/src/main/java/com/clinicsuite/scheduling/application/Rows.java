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

    static SchedulingRows.AppointmentRow of(com.clinicsuite.scheduling.domain.SchedulingRepository.NamedAppointment n) {
        Appointment a = n.appointment();
        return new SchedulingRows.AppointmentRow(a.id(), a.patientId(), a.providerId(), n.providerName() == null ? "" : n.providerName(),
                a.resourceId(), n.resourceName() == null ? "" : n.resourceName(), a.typeCode(), n.typeLabel() == null ? a.typeCode() : n.typeLabel(),
                a.startsAt(), a.endsAt(), a.status().name(), a.isLateCancel(), a.version(), a.planId());
    }

    static SchedulingRows.AppointmentRow of(Appointment a, Provider p, Resource r, AppointmentType t) {
        return of(new com.clinicsuite.scheduling.domain.SchedulingRepository.NamedAppointment(a, p == null ? null : p.displayName(),
                r == null ? null : r.name(), t == null ? null : t.label()));
    }
}
