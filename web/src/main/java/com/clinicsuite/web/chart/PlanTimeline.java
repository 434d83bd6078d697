package com.clinicsuite.web.chart;

import com.clinicsuite.treatment.application.PlanView;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A plan as one timeline: a row per discipline with booked, done, missed and cancelled sessions, and a hatched span
 * for sessions planned but not booked yet.
 */
record PlanTimeline(TimelineModel<String, String> model, LocalDateTime start, LocalDateTime end) implements Serializable {

    /** Builds the timeline of a plan's sessions, with the window to show. */
    static PlanTimeline of(PlanView view) {
        TimelineModel<String, String> model = new TimelineModel<>();
        model.addGroup(new TimelineGroup<>("KETAMINE", "Ketamine"));
        model.addGroup(new TimelineGroup<>("PHYSICAL_THERAPY", "Physical therapy"));
        model.addGroup(new TimelineGroup<>("COUNSELING", "Counseling"));
        LocalDateTime last = LocalDateTime.now();
        for (PlanView.SessionRow s : view.sessions()) {
            String state = switch (s.status()) {
                case "CHECKED_IN", "COMPLETED" -> "done";
                case "NO_SHOW" -> "missed";
                case "CANCELLED" -> "cancelled";
                default -> "booked";
            };
            model.add(TimelineEvent.<String>builder().data(s.typeLabel() + " · " + state).startDate(s.startsAt())
                    .group(s.discipline()).styleClass("tl-" + state).title(s.typeLabel() + ", " + s.providerName() + ": " + state)
                    .editable(false).build());
            if (s.startsAt().isAfter(last)) {
                last = s.startsAt();
            }
        }
        PlanView.Progress p = view.progress();
        LocalDateTime timelineStart = view.sessions().stream().map(PlanView.SessionRow::startsAt).min(LocalDateTime::compareTo)
                .orElse(LocalDateTime.now()).minusDays(2);
        LocalDateTime timelineEnd = last.plusDays(Math.max(7, 3L * Math.max(0, p.infusionsPlanned() - p.infusionsBooked()) + 2));
        planned(model, "KETAMINE", p.infusionsPlanned() - p.infusionsBooked(), "infusions", last);
        planned(model, "PHYSICAL_THERAPY", p.ptPlanned() - (int) view.sessions().stream().filter(s -> "PHYSICAL_THERAPY".equals(s.discipline())
                && !"CANCELLED".equals(s.status())).count(), "PT visits", last);
        planned(model, "COUNSELING", p.counselingPlanned() - (int) view.sessions().stream().filter(s -> "COUNSELING".equals(s.discipline())
                && !"CANCELLED".equals(s.status())).count(), "counseling sessions", last);
        return new PlanTimeline(model, timelineStart, timelineEnd);
    }

    private static void planned(TimelineModel<String, String> model, String group, int remaining, String what, LocalDateTime after) {
        if (remaining > 0) {
            model.add(TimelineEvent.<String>builder().data(remaining + " " + what + " planned, not booked").startDate(after.plusDays(1))
                    .endDate(after.plusDays(1 + remaining * 3L)).group(group).styleClass("tl-planned").editable(false).build());
        }
    }

}
