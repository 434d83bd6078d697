package com.clinicsuite.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class ClockProducerTest {

    @Test
    void theClock_followsTheDefaultZone_afterItWasMade() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Chicago"));
            Clock clock = new ClockProducer().clock();
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(clock.getZone()).as("a pooled bean's clock sees the clinic's new zone").isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
