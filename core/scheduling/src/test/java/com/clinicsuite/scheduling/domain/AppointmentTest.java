package com.clinicsuite.scheduling.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final ZonedDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 23, 9, 0).atZone(ZONE);
    private static final Instant NOW = LocalDateTime.of(2026, 11, 21, 12, 0).atZone(ZONE).toInstant();

    private final Provider nurse = new Provider("nurse", "Nora Kim", Discipline.NURSE, null,
            List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));
    private final Resource chair = new Resource("Chair 1", ResourceKind.INFUSION_CHAIR);
    private final AppointmentType infusion = new AppointmentType("INFUSION_60", "Ketamine infusion, 60 min", Discipline.NURSE, 60,
            ResourceKind.INFUSION_CHAIR, 30);

    @Test
    void booking_keepsTheChairThroughRecovery() {
        Appointment a = Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9, NOW, null);
        assertThat(Duration.between(a.startsAt(), a.endsAt())).isEqualTo(Duration.ofMinutes(60));
        assertThat(Duration.between(a.startsAt(), a.resourceFreeAt())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void booking_isRefusedOutsideHoursInThePastOrInTheWrongRoom() {
        assertThatThrownBy(() -> Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9.withHour(16).withMinute(30), NOW, null))
                .hasMessageContaining("does not work");
        assertThatThrownBy(() -> Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9.minusWeeks(1), NOW, null))
                .hasMessageContaining("already passed");
        assertThatThrownBy(() -> Appointment.book(UUID.randomUUID(), nurse, new Resource("Gym", ResourceKind.PT_ROOM), infusion, MONDAY_9, NOW, null))
                .hasMessageContaining("needs a infusion chair; Gym is not one");
    }

    @Test
    void cancellingUnder24Hours_isALateCancellation() {
        Appointment a = Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9, NOW, null);
        a.cancel("Sick", MONDAY_9.minusHours(23).toInstant());
        assertThat(a.isLateCancel()).isTrue();
        Appointment b = Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9, NOW, null);
        b.cancel("Sick", MONDAY_9.minusHours(25).toInstant());
        assertThat(b.isLateCancel()).isFalse();
        assertThatThrownBy(() -> b.cancel("again", NOW)).hasMessageContaining("cancelled");
    }

    @Test
    void checkIn_thenCheckOut_andNoShowOnlyAfterTheStart() {
        Appointment a = Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9, NOW, null);
        assertThatThrownBy(() -> a.noShow(MONDAY_9.minusMinutes(1).toInstant())).hasMessageContaining("after the start time");
        a.checkIn(MONDAY_9.minusMinutes(10).toInstant());
        a.complete();
        assertThat(a.status()).isEqualTo(Appointment.Status.COMPLETED);
    }
}
