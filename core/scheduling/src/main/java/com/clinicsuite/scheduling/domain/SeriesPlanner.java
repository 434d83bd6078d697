package com.clinicsuite.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Proposes dates and times for a series of appointments. Each step is placed in a window relative to an earlier
 * step (or to the series start), at the earliest time that a provider works (not on leave or a holiday), the
 * provider, the patient and a chair or room of the right kind (through its recovery buffer) are free, and the
 * time is in the future. Times of day follow the anchor's, so a series keeps its rhythm. A step that cannot be
 * placed says why; the front desk then picks its time by hand.
 */
public final class SeriesPlanner {

    /** Candidate start times are on this grid within working hours. */
    static final int GRID_MINUTES = 15;

    /**
     * One appointment to place.
     *
     * @param anchor    index of an earlier step the window is measured from, or -1 for the series start
     * @param fromEnd   measure the window from the anchor's end rather than its start (e.g. "24–72 h after an infusion")
     * @param providers the providers who may see it, in order of preference
     */
    public record Step(String label, AppointmentType type, List<Provider> providers, int anchor, boolean fromEnd,
                       Duration minAfter, Duration maxAfter) {
    }

    /** Where a step landed; {@code start} is null and {@code problem} says why when nothing fitted. */
    public record Placement(int index, String label, AppointmentType type, ZonedDateTime start, Provider provider,
                            Resource resource, String problem) {
        public boolean placed() {
            return start != null;
        }
    }

    private final ZoneId zone;
    private final Instant now;
    private final List<Resource> resources;
    private final List<Absence> absences;
    private final Map<UUID, List<Instant[]>> busy = new HashMap<>();
    private final UUID patientId;

    /**
     * @param existing every appointment that holds a slot in the period (any patient), so that providers, rooms and
     *                 the patient are not double-booked
     */
    public SeriesPlanner(ZoneId zone, Instant now, UUID patientId, List<Resource> resources, List<Absence> absences,
                         List<Appointment> existing) {
        this.zone = zone;
        this.now = now;
        this.patientId = patientId;
        this.resources = resources.stream().filter(Resource::isActive).toList();
        this.absences = List.copyOf(absences);
        for (Appointment a : existing) {
            if (a.holdsSlot()) {
                take(a.providerId(), a.startsAt(), a.endsAt());
                take(a.resourceId(), a.startsAt(), a.resourceFreeAt());
                if (a.patientId().equals(patientId)) {
                    take(patientId, a.startsAt(), a.endsAt());
                }
            }
        }
    }

    /** Places every step in order, starting no earlier than {@code seriesStart}. */
    public List<Placement> propose(ZonedDateTime seriesStart, List<Step> steps) {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.anchor() >= i) {
                throw new IllegalArgumentException("A step can only follow an earlier step");
            }
            ZonedDateTime reference;
            if (step.anchor() < 0) {
                reference = seriesStart;
            } else {
                Placement anchor = placements.get(step.anchor());
                if (!anchor.placed()) {
                    placements.add(new Placement(i, step.label(), step.type(), null, null, null,
                            "Follows \"" + anchor.label() + "\", which has no time yet; choose both by hand."));
                    continue;
                }
                reference = step.fromEnd() ? anchor.start().plusMinutes(anchor.type().durationMinutes()) : anchor.start();
            }
            ZonedDateTime from = step.anchor() < 0 ? seriesStart : reference.plus(step.minAfter());
            ZonedDateTime to = reference.plus(step.maxAfter());
            LocalTime preferred = step.anchor() < 0 ? seriesStart.toLocalTime() : placements.get(step.anchor()).start().toLocalTime();
            placements.add(place(i, step, from, to, preferred));
        }
        return placements;
    }

    private Placement place(int index, Step step, ZonedDateTime from, ZonedDateTime to, LocalTime preferred) {
        AppointmentType type = step.type();
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            for (Provider provider : step.providers()) {
                if (!provider.isActive() || provider.discipline() != type.discipline() || away(provider.id(), day)) {
                    continue;
                }
                Optional<WorkingHours> hours = provider.hoursOn(day.getDayOfWeek());
                if (hours.isEmpty()) {
                    continue;
                }
                for (LocalTime time : candidateTimes(hours.get(), preferred)) {
                    ZonedDateTime start = day.atTime(time).atZone(zone);
                    if (start.isBefore(from) || start.isAfter(to) || !start.toInstant().isAfter(now)) {
                        continue;
                    }
                    Instant s = start.toInstant();
                    Instant end = start.plusMinutes(type.durationMinutes()).toInstant();
                    Instant resourceFree = start.plusMinutes((long) type.durationMinutes() + type.recoveryMinutes()).toInstant();
                    if (!provider.works(start, start.plusMinutes(type.durationMinutes())) || !free(provider.id(), s, end)
                            || !free(patientId, s, end)) {
                        continue;
                    }
                    Optional<Resource> room = resources.stream()
                            .filter(r -> r.kind() == type.resourceKind() && free(r.id(), s, resourceFree)).findFirst();
                    if (room.isPresent()) {
                        take(provider.id(), s, end);
                        take(patientId, s, end);
                        take(room.get().id(), s, resourceFree);
                        return new Placement(index, step.label(), type, start, provider, room.get(), null);
                    }
                }
            }
        }
        return new Placement(index, step.label(), type, null, null, null, "No " + type.label().toLowerCase()
                + " slot between " + from.toLocalDate() + " and " + to.toLocalDate() + " (provider hours, leave, rooms"
                + " and the patient's other appointments); choose a time by hand.");
    }

    /** The preferred time first, then the working day on the grid. */
    private static Set<LocalTime> candidateTimes(WorkingHours hours, LocalTime preferred) {
        Set<LocalTime> times = new LinkedHashSet<>();
        if (!preferred.isBefore(hours.starts()) && preferred.isBefore(hours.ends())) {
            times.add(preferred);
        }
        for (LocalTime t = hours.starts(); t.isBefore(hours.ends()); t = t.plusMinutes(GRID_MINUTES)) {
            times.add(t);
            if (t.plusMinutes(GRID_MINUTES).isBefore(t)) {
                break; // wrapped past midnight
            }
        }
        return times;
    }

    private boolean away(UUID providerId, LocalDate day) {
        return absences.stream().anyMatch(a -> a.covers(providerId, day));
    }

    private boolean free(UUID key, Instant from, Instant to) {
        return busy.getOrDefault(key, List.of()).stream().noneMatch(b -> b[0].isBefore(to) && b[1].isAfter(from));
    }

    private void take(UUID key, Instant from, Instant to) {
        busy.computeIfAbsent(key, k -> new ArrayList<>()).add(new Instant[] {from, to});
    }
}
