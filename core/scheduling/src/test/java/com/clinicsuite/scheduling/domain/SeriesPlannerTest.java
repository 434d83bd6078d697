package com.clinicsuite.scheduling.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesPlannerTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** Monday 23 November 2026, 9:00. */
    private static final ZonedDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 23, 9, 0).atZone(ZONE);
    private static final Instant NOW = MONDAY_9.minusDays(2).toInstant();
    private static final UUID PATIENT = UUID.randomUUID();

    private final AppointmentType infusion = new AppointmentType("INFUSION_60", "Ketamine infusion, 60 min", Discipline.NURSE, 60,
            ResourceKind.INFUSION_CHAIR, 30);
    private final AppointmentType counseling = new AppointmentType("COUNSELING", "Counseling session", Discipline.COUNSELING, 50,
            ResourceKind.COUNSELING_ROOM, 0);
    private final Provider nurse = provider("nurse", Discipline.NURSE, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private final Provider counselor = provider("counselor", Discipline.COUNSELING, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private final Resource chair = new Resource("Chair 1", ResourceKind.INFUSION_CHAIR);
    private final Resource room = new Resource("Room 1", ResourceKind.COUNSELING_ROOM);

    private static Provider provider(String name, Discipline discipline, DayOfWeek... days) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek d : days) {
            hours.add(new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        return new Provider(name, name, discipline, null, hours);
    }

    private SeriesPlanner planner(List<Absence> absences, List<Appointment> existing) {
        return new SeriesPlanner(ZONE, NOW, PATIENT, List.of(chair, room), absences, existing);
    }

    private List<SeriesPlanner.Step> inductionOf(int sessions, int minGap, int maxGap, boolean integration) {
        List<SeriesPlanner.Step> steps = new ArrayList<>();
        int previous = -1;
        for (int i = 1; i <= sessions; i++) {
            steps.add(previous < 0
                    ? new SeriesPlanner.Step("Infusion " + i, infusion, List.of(nurse), -1, false, Duration.ZERO, Duration.ofDays(14))
                    : new SeriesPlanner.Step("Infusion " + i, infusion, List.of(nurse), previous, false, Duration.ofDays(minGap), Duration.ofDays(maxGap)));
            previous = steps.size() - 1;
            if (integration) {
                steps.add(new SeriesPlanner.Step("Integration " + i, counseling, List.of(counselor), previous, true,
                        Duration.ofHours(24), Duration.ofHours(72)));
            }
        }
        return steps;
    }

    @Test
    void sixInfusions_areSpacedByTheMinimumGap_atTheSameTimeOfDay_onWorkingDaysOnly() {
        List<SeriesPlanner.Placement> placed = planner(List.of(), List.of()).propose(MONDAY_9, inductionOf(6, 2, 4, false));
        assertThat(placed).allMatch(SeriesPlanner.Placement::placed);
        assertThat(placed).extracting(p -> p.start().toLocalDate()).containsExactly(
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27),
                // Sunday the 29th is not a working day: the next session moves to Monday, within the 4-day maximum
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4));
        assertThat(placed).extracting(p -> p.start().toLocalTime()).containsOnly(LocalTime.of(9, 0));
        assertThat(placed).extracting(SeriesPlanner.Placement::resource).containsOnly(chair);
    }

    @Test
    void theIntegrationSession_fallsBetween24And72HoursAfterEachInfusionEnds() {
        List<SeriesPlanner.Placement> placed = planner(List.of(), List.of()).propose(MONDAY_9, inductionOf(3, 2, 4, true));
        assertThat(placed).hasSize(6).allMatch(SeriesPlanner.Placement::placed);
        for (int i = 0; i < placed.size(); i += 2) {
            ZonedDateTime infusionEnd = placed.get(i).start().plusMinutes(60);
            ZonedDateTime integration = placed.get(i + 1).start();
            assertThat(Duration.between(infusionEnd, integration)).isBetween(Duration.ofHours(24), Duration.ofHours(72));
            assertThat(placed.get(i + 1).provider()).isEqualTo(counselor);
        }
        // the integration session does not collide with the next infusion for the same patient
        assertThat(placed.get(1).start()).isNotEqualTo(placed.get(2).start());
    }

    @Test
    void busyChairsRecoveryBuffers_andLeave_pushTheProposalOn() {
        // another patient holds the only chair Monday 8:00–9:00 (+30 min recovery until 9:30)
        Appointment other = Appointment.book(UUID.randomUUID(), nurse, chair, infusion, MONDAY_9.withHour(8), NOW, null);
        // and the nurse is on leave Wednesday
        Absence leave = new Absence(nurse.id(), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), "Leave");
        List<SeriesPlanner.Placement> placed = planner(List.of(leave), List.of(other)).propose(MONDAY_9, inductionOf(2, 2, 4, false));
        assertThat(placed.get(0).start().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(placed.get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aClinicHoliday_outsideTheWindow_leavesAStepUnplaced_andSaysWhy() {
        Absence closed = new Absence(null, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27), "Thanksgiving");
        List<SeriesPlanner.Step> steps = List.of(
                new SeriesPlanner.Step("Infusion 1", infusion, List.of(nurse), -1, false, Duration.ZERO, Duration.ofDays(1)),
                new SeriesPlanner.Step("Infusion 2", infusion, List.of(nurse), 0, false, Duration.ofDays(2), Duration.ofDays(3)),
                new SeriesPlanner.Step("Integration 2", counseling, List.of(counselor), 1, true, Duration.ofHours(24), Duration.ofHours(72)));
        List<SeriesPlanner.Placement> placed = planner(List.of(closed), List.of()).propose(MONDAY_9, steps);
        assertThat(placed.get(0).placed()).isTrue();
        assertThat(placed.get(1).placed()).isFalse();
        assertThat(placed.get(1).problem()).contains("No ketamine infusion, 60 min slot between 2026-11-25 and 2026-11-26");
        assertThat(placed.get(2).problem()).contains("Follows \"Infusion 2\"");
    }

    @Test
    void nothingIsProposedInThePast_orOutsideWorkingHours() {
        Instant lateMonday = MONDAY_9.withHour(16).toInstant();
        List<SeriesPlanner.Placement> placed = new SeriesPlanner(ZONE, lateMonday, PATIENT, List.of(chair), List.of(), List.of())
                .propose(MONDAY_9, List.of(new SeriesPlanner.Step("Infusion 1", infusion, List.of(nurse), -1, false, Duration.ZERO, Duration.ofDays(3))));
        // 16:15 would end at 17:15, after hours; so Tuesday at the preferred 9:00
        assertThat(placed.get(0).start()).isEqualTo(MONDAY_9.plusDays(1));
    }
}
