package com.clinicsuite.web.schedule;

import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The provider and chair-or-room pickers ({@code p:autoComplete}, see {@code WEB-INF/tags/picker.xhtml}) of the booking
 * form, the calendar, the series and the leave form. Completion matches the name, case-insensitively, anywhere in it,
 * against the shared snapshot of {@link SchedulingSetup#choices()} (no query per keystroke), and is narrowed to the
 * discipline or kind of room the appointment type needs when the form knows the type. Items are the ids, so the views
 * keep their id fields.
 * <p>
 * A picker says what it picks with the component attributes {@code picks} ({@code provider} or {@code room}),
 * {@code discipline} or {@code kind} (optional narrowing; several separated by commas) and {@code wholeClinic} (the leave form's holiday item).
 */
@Named
@ApplicationScoped
public class BookingPickers {

    /** The leave form's item for a clinic holiday (the view records it as "no provider"). */
    public static final String WHOLE_CLINIC = "whole-clinic";
    static final String WHOLE_CLINIC_LABEL = "Whole clinic (holiday)";

    /** At most this many suggestions; typing more of the name narrows them. */
    public static final int MAX_RESULTS = 30;

    /** A provider or room to pick: its id, name, name in lower case (for matching) and discipline or kind. */
    record Entry(String id, String name, String match, String group) {

        static Entry of(String id, String name, String group) {
            return new Entry(id, name, lower(name), group);
        }
    }

    /** One snapshot's entries, in its order (by name), and by id. */
    private record Index(SchedulingRows.Choices of, List<Entry> providers, List<Entry> rooms,
                         Map<String, Entry> providersById, Map<String, Entry> roomsById) {
    }

    @Inject
    private SchedulingSetup setup;

    private final AtomicReference<Index> index = new AtomicReference<>();

    /** The ids whose names contain the query, for the picker being completed (see the class comment). */
    public List<String> complete(String query) {
        Map<String, Object> picker = attributes(UIComponent.getCurrentComponent(FacesContext.getCurrentInstance()));
        boolean rooms = picksRooms(picker);
        Index ix = index();
        List<String> found = new ArrayList<>();
        if (!rooms && wholeClinic(picker) && WHOLE_CLINIC_LABEL.toLowerCase(Locale.ROOT).contains(lower(query))) {
            found.add(WHOLE_CLINIC);
        }
        found.addAll(matching(rooms ? ix.rooms() : ix.providers(), text(picker.get(rooms ? "kind" : "discipline")), query));
        return found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found;
    }

    /**
     * The ids of the entries of {@code group} (any group when null) whose names contain {@code query}, ignoring case:
     * names with a word starting with it first, each part in the entries' order; at most {@link #MAX_RESULTS}.
     */
    static List<String> matching(List<Entry> entries, String group, String query) {
        String q = lower(query);
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        for (Entry e : entries) {
            if (first.size() >= MAX_RESULTS) {
                break;
            }
            int at = e.match().indexOf(q);
            if (at < 0 || group != null && !inGroup(group, e.group())) {
                continue;
            }
            (at == 0 || !Character.isLetterOrDigit(e.match().charAt(at - 1)) ? first : then).add(e.id());
        }
        first.addAll(then);
        return first.size() > MAX_RESULTS ? first.subList(0, MAX_RESULTS) : first;
    }

    /** Whether {@code group} is one of {@code groups}, a comma-separated list ("PHYSICIAN,NURSE"). */
    static boolean inGroup(String groups, String group) {
        for (String g : groups.split(",")) {
            if (g.trim().equals(group)) {
                return true;
            }
        }
        return false;
    }

    /** The name shown for a picked id: a provider's or a room's name ("" for an id no longer offered). */
    public String label(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        if (WHOLE_CLINIC.equals(id)) {
            return WHOLE_CLINIC_LABEL;
        }
        Index ix = index.get();
        Entry e = ix == null ? null : find(ix, id);
        if (e == null) {
            e = find(index(), id); // a new snapshot may know it
        }
        return e == null ? "" : e.name();
    }

    /** Refuses an id that is not one of the offered providers (or rooms): typed text, or one since deactivated. */
    public void validate(FacesContext context, UIComponent component, Object value) {
        String id = value == null ? "" : value.toString();
        if (id.isBlank()) {
            return; // "nothing chosen" is the required check's message
        }
        Map<String, Object> picker = attributes(component);
        boolean rooms = picksRooms(picker);
        if (!rooms && wholeClinic(picker) && WHOLE_CLINIC.equals(id)) {
            return;
        }
        Index ix = index();
        if (!(rooms ? ix.roomsById() : ix.providersById()).containsKey(id)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, rooms
                    ? "Choose a chair or room from the list: type part of its name."
                    : "Choose a provider from the list: type part of their name.", null));
        }
    }

    private static Entry find(Index ix, String id) {
        Entry e = ix.providersById().get(id);
        return e != null ? e : ix.roomsById().get(id);
    }

    /** The entries of the current snapshot, rebuilt when the snapshot changes (it is shared and immutable). */
    private Index index() {
        SchedulingRows.Choices choices = setup.choices();
        Index ix = index.get();
        if (ix == null || ix.of() != choices) {
            List<Entry> providers = choices.providers().stream()
                    .map(p -> Entry.of(p.id().toString(), p.displayName(), p.discipline())).toList();
            List<Entry> rooms = choices.resources().stream()
                    .map(r -> Entry.of(r.id().toString(), r.name(), r.kind())).toList();
            ix = new Index(choices, providers, rooms, byId(providers), byId(rooms));
            index.set(ix);
        }
        return ix;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Entry> byId(List<Entry> entries) {
        return entries.stream().collect(Collectors.toUnmodifiableMap(Entry::id, e -> e));
    }

    private static Map<String, Object> attributes(UIComponent component) {
        return component == null ? Map.of() : component.getAttributes();
    }

    private static boolean picksRooms(Map<String, Object> picker) {
        return "room".equals(text(picker.get("picks")));
    }

    private static boolean wholeClinic(Map<String, Object> picker) {
        return Boolean.parseBoolean(text(picker.get("wholeClinic")));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
