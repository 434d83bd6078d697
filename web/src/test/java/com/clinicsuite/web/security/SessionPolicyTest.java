package com.clinicsuite.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyTest {

    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(12));

    @Test
    void aSessionEndsAtTwelveHoursWhateverTheActivity() {
        long created = 1_000_000L;
        assertThat(policy.expired(created, created + Duration.ofHours(12).toMillis() - 1)).isFalse();
        assertThat(policy.expired(created, created + Duration.ofHours(12).toMillis())).isTrue();
    }

    @Test
    void theWarningComesOneMinuteBeforeTheIdleTimeout() {
        assertThat(policy.warnAfterSeconds()).isEqualTo(14 * 60);
        assertThat(SessionPolicy.fromEnvironment().idle()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(240));
    }
}
