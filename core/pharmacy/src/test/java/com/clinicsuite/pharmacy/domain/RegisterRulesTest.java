package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");

    private static List<Vial> receive(int vials, int already) {
        List<Vial> made = new ArrayList<>();
        Receipt.receive("Henry Schein", "INV-1001", TODAY.minusDays(1), Ndc.parse("00409205305"), "Ketamine HCl injection",
                new BigDecimal("50"), new BigDecimal("10"), true, "ab123", TODAY.plusYears(1), vials, already, TODAY, made);
        return made;
    }

    @Test
    void ndc_isElevenDigitsIn5_4_2() {
        assertThat(Ndc.parse("00409-2053-05").value()).isEqualTo("00409-2053-05");
        assertThat(Ndc.parse("00409205305").digits()).isEqualTo("00409205305");
        assertThatThrownBy(() -> Ndc.parse("0409-2053-05")).hasMessageContaining("11 digits in the 5-4-2 form");
        assertThatThrownBy(() -> new Ndc("004092053-05")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aReceipt_makesLabelledVials_withFullBalances_numberingOnForALotSeenBefore() {
        List<Vial> vials = receive(3, 0);
        assertThat(vials).extracting(Vial::label).containsExactly("AB123-01", "AB123-02", "AB123-03");
        assertThat(vials.get(0).balanceMg()).isEqualByComparingTo("500");
        assertThat(vials.get(0).balanceMl()).isEqualByComparingTo("10");
        assertThat(receive(2, 3)).extracting(Vial::label).containsExactly("AB123-04", "AB123-05");
        assertThatThrownBy(() -> Receipt.receive("S", "I", TODAY, Ndc.parse("00409205305"), "K", new BigDecimal("50"), new BigDecimal("10"), true,
                "L", TODAY, 1, 0, TODAY, new ArrayList<>())).hasMessageContaining("expiry date must be in the future");
    }

    @Test
    void aVial_neverGivesMoreThanItHolds_andExpiredVialsCannotBeDrawn() {
        Vial v = receive(1, 0).get(0);
        v.take(new BigDecimal("70"), TODAY, false);
        assertThat(v.balanceMg()).isEqualByComparingTo("430");
        assertThat(v.balanceMl()).isEqualByComparingTo("8.60");
        assertThatThrownBy(() -> v.take(new BigDecimal("430.01"), TODAY, false)).hasMessageContaining("holds 430 mg");
        assertThat(v.balanceMg()).isEqualByComparingTo("430");
        assertThatThrownBy(() -> v.take(BigDecimal.ONE, TODAY.plusYears(1).plusDays(1), false)).hasMessageContaining("expired on");
        v.take(new BigDecimal("430"), TODAY, false);
        assertThat(v.balanceMl()).isEqualByComparingTo("0");
        v.restore(new BigDecimal("10"));
        assertThat(v.balanceMg()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> v.restore(new BigDecimal("495"))).hasMessageContaining("cannot hold more");
    }

    @Test
    void aDraw_mustAddUp_andWasteNeedsAWitnessWhoIsNotTheDrawer() {
        assertThatThrownBy(() -> RegisterEntry.requireDrawAddsUp(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("5"), "nurse", "physician"))
                .hasMessageContaining("must equal the 80 mg drawn");
        assertThatThrownBy(() -> RegisterEntry.requireDrawAddsUp(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("10"), "nurse", null))
                .hasMessageContaining("witnessed by a second licensed user");
        assertThatThrownBy(() -> RegisterEntry.requireDrawAddsUp(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("10"), "nurse", "NURSE"))
                .hasMessageContaining("someone other than the person who drew");
        RegisterEntry.requireDrawAddsUp(new BigDecimal("70"), new BigDecimal("70"), BigDecimal.ZERO, "nurse", null);
        Vial v = receive(1, 0).get(0);
        v.take(new BigDecimal("80"), TODAY, false);
        RegisterEntry e = RegisterEntry.draw(v, UUID.randomUUID(), null, new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("10"),
                "nurse", "physician", NOW);
        assertThat(e.changeMg()).isEqualByComparingTo("-80");
        assertThat(e.balanceAfterMg()).isEqualByComparingTo("420");
        assertThatThrownBy(() -> RegisterEntry.correction(v, e, BigDecimal.TEN, "typo", "nurse", NOW)).hasMessageContaining("Explain the correction");
    }

    @Test
    void aCountWithADifference_isADiscrepancy_untilResolvedWithAReason() {
        List<Vial> vials = receive(2, 0);
        assertThatThrownBy(() -> StockCount.take(StockCount.Kind.SHIFT, List.of(new StockCount.Line(vials.get(0), new BigDecimal("500"))), "nurse", "nurse", NOW))
                .hasMessageContaining("two people");
        StockCount ok = StockCount.take(StockCount.Kind.SHIFT, List.of(new StockCount.Line(vials.get(0), new BigDecimal("500")),
                new StockCount.Line(vials.get(1), new BigDecimal("500.00"))), "nurse", "physician", NOW);
        assertThat(ok.discrepancy()).isFalse();
        assertThatThrownBy(() -> ok.resolve("nothing to see here", "physician", NOW)).hasMessageContaining("nothing to resolve");
        StockCount short_ = StockCount.take(StockCount.Kind.SHIFT, List.of(new StockCount.Line(vials.get(0), new BigDecimal("450")),
                new StockCount.Line(vials.get(1), new BigDecimal("500"))), "nurse", "physician", NOW);
        assertThat(short_.open()).isTrue();
        assertThatThrownBy(() -> short_.resolve("oops", "physician", NOW)).hasMessageContaining("at least 10 characters");
        short_.resolve("Draw for patient recorded on paper at 14:00; entered now", "physician", NOW);
        assertThat(short_.open()).isFalse();
    }
}
