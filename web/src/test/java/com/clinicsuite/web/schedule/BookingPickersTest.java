package com.clinicsuite.web.schedule;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BookingPickersTest {

    private static final List<BookingPickers.Entry> PROVIDERS = List.of(
            BookingPickers.Entry.of("1", "Ann Carter", "NURSE"),
            BookingPickers.Entry.of("2", "Dr Lee Mcarthur", "PHYSICIAN"),
            BookingPickers.Entry.of("3", "Carla Stone", "NURSE"),
            BookingPickers.Entry.of("4", "Oscar Tan", "NURSE"));

    @Test
    void matching_findsThePartTypedAnywhereInTheName_ignoringCase_wordStartsFirst() {
        // "car" starts a word in Carter and Carla; it is inside Mcarthur and Oscar
        assertThat(BookingPickers.matching(PROVIDERS, null, "CAR")).containsExactly("1", "3", "2", "4");
        assertThat(BookingPickers.matching(PROVIDERS, null, "  stone ")).containsExactly("3");
        assertThat(BookingPickers.matching(PROVIDERS, null, "nobody")).isEmpty();
    }

    @Test
    void matching_offersOnlyTheDisciplineOrKindAsked_andEveryoneForAnEmptyQuery() {
        assertThat(BookingPickers.matching(PROVIDERS, "NURSE", "car")).containsExactly("1", "3", "4");
        assertThat(BookingPickers.matching(PROVIDERS, "PHYSICIAN", "")).containsExactly("2");
        assertThat(BookingPickers.matching(PROVIDERS, null, null)).containsExactly("1", "2", "3", "4");
    }

    @Test
    void matching_stopsAtMaxResults_keepingWordStartsFirst() {
        List<BookingPickers.Entry> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(BookingPickers.Entry.of("in" + i, "Provider Mann " + i, "NURSE"));
            many.add(BookingPickers.Entry.of("start" + i, "Ann Provider " + i, "NURSE"));
        }
        List<String> found = BookingPickers.matching(many, null, "ann");
        assertThat(found).hasSize(BookingPickers.MAX_RESULTS).allMatch(id -> id.startsWith("start"));
    }
}
