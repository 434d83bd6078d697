package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;

/**
 * The front desk through the real pages with Faces postbacks: the day list with the booking form for the patient
 * ({@code day.xhtml?patient=}, as the record's "Book appointment" opens it), book a physician consultation with the
 * form, check the patient in from the day list (paging to the appointment's page first when it is not on the first),
 * then take a card payment on the patient's account.
 * <p>
 * Each booking goes to a lane of its own ({@link DeskLanes}): a bench physician, exam room and patient that nobody else
 * books at that time, so concurrent users and reruns never double-book. A booking that starts within 12 hours is
 * checked in; when the booking form's hours leave no such slot (evenings), the booking goes far ahead and the round
 * has no check-in. Where the appointment is in the day list (its row, for the page to open) is read from the database:
 * what the clerk's eye does, not a request.
 */
final class FrontDeskPersona {

    private static final String DAY = "/schedule/day.xhtml";
    private static final String ACCOUNT = "/billing/account.xhtml";
    private static final int ROWS = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private FrontDeskPersona() {
    }

    /** The round's booking, with the pattern that finds its row's "Check in" button in the day list. */
    private static Session claim(Session s) {
        s = s.remove(Stats.FAILED).remove("deskPatient").remove("checkInButton");
        DeskLanes.Slot slot = DeskLanes.claim();
        if (slot == null) {
            return s;
        }
        String row = "class=\"col-date\">" + Pattern.quote(slot.startsAt().toLocalTime().format(CLOCK)) + "[^<]*</td><td role=\"gridcell\">"
                + Pattern.quote(slot.family() + ", Bench") + " <span(?:(?!</tr>).)*?<button id=\"([^\"]+)\"[^>]*><span class=\"ui-button-text ui-c\">Check in<";
        return s.set("deskPatient", slot.patientId()).set("deskProvider", slot.providerId()).set("deskRoom", slot.roomId())
                .set("bookDay", slot.startsAt().format(DATE)).set("bookTime", slot.startsAt().toLocalTime().toString())
                .set("deskStartsAt", slot.startsAt()).set("deskCheckIn", slot.checkIn()).set("checkInRow", "(?s)" + row);
    }

    /** The check-in button of the booked appointment's row, when the day list's answer shows it. */
    private static io.gatling.javaapi.core.CheckBuilder checkInButton() {
        return regex(s -> s.getString("checkInRow")).find().optional().saveAs("checkInButton");
    }

    private static ChainBuilder book() {
        String name = "front desk: book (postback)";
        return Stats.timed("write", name, Faces.ajax(name, DAY, "bookForm", "bookForm:book", "@all", "bookForm dayForm",
                        Faces.fields("bookForm:typeCode", DeskLanes.TYPE, "bookForm:providerId_input", "#{deskProvider}",
                                "bookForm:providerId_hinput", "#{deskProvider}", "bookForm:resourceId_input", "#{deskRoom}", "bookForm:resourceId_hinput", "#{deskRoom}",
                                "bookForm:bookDay_input", "#{bookDay}", "bookForm:bookTime", "#{bookTime}"))
                .check(substring("Booked Physician consultation on #{bookDay} at #{bookTime}"), checkInButton()));
    }

    /** The day list's paginator: the page starting at {@code #{deskFirst}}. */
    private static ChainBuilder page() {
        String name = "front desk: day list, the appointment's page (postback)";
        return Stats.timed("read", name, Faces.ajax(name, DAY, "dayForm", "dayForm:appointments", "dayForm:appointments", "dayForm:appointments",
                Faces.fields("dayForm:appointments_pagination", "true", "dayForm:appointments_first", "#{deskFirst}", "dayForm:appointments_rows",
                        Integer.toString(ROWS), "dayForm:appointments_skipChildren", "true", "dayForm:appointments_encodeFeature", "true",
                        "dayForm:day_input", "#{bookDay}")).check(checkInButton()));
    }

    /**
     * Pages to the appointment when the list the booking showed does not hold it (the next page too, should bookings
     * made meanwhile have pushed it there), then checks the patient in.
     */
    private static ChainBuilder checkIn() {
        return exec(s -> {
            if (s.contains("checkInButton")) {
                return s;
            }
            try {
                long row = DeskLanes.rowOf(s.getString("deskPatient"), s.get("deskStartsAt"));
                return s.set("deskFirst", Math.max(0, row) / ROWS * ROWS);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return s.set(Stats.FAILED, "front desk: find the appointment");
            }
        }).doIf(s -> !s.contains("checkInButton") && !s.contains(Stats.FAILED)).then(page())
                .doIf(s -> !s.contains("checkInButton") && !s.contains(Stats.FAILED))
                .then(exec(s -> s.set("deskFirst", s.getLong("deskFirst") + ROWS)).exec(page()))
                .doIf(s -> !s.contains(Stats.FAILED)).then(Faces.update("write", "front desk: check in (postback)", DAY, "dayForm", "#{checkInButton}",
                        "@all", "dayForm", Faces.fields("dayForm:day_input", "#{bookDay}"), "Checked in."));
    }

    /** One round at the desk: book, check in (when the appointment is soon enough), take a payment. */
    static ChainBuilder work() {
        return exec(FrontDeskPersona::claim).doIf(s -> s.contains("deskPatient")).then(
                NursePersona.steps(
                        Faces.page("read", "front desk: day list with the booking form (page)", DAY + "?patient=#{deskPatient}", "bookForm:book"),
                        book())
                        .doIf(s -> s.getBoolean("deskCheckIn")).then(NursePersona.steps(checkIn()))
                        .exec(NursePersona.steps(
                                Faces.page("read", "front desk: patient account (page)", ACCOUNT + "?patient=#{deskPatient}", "accountForm:pay"),
                                Faces.navigate("front desk: take a payment (postback)", ACCOUNT, "accountForm", "accountForm:pay", "accountForm", "accountForm",
                                        Faces.fields("accountForm:method", "CARD", "accountForm:amount", "25.00", "accountForm:reference", "terminal #{bookTime}"),
                                        "Payment of $"))));
    }
}
