package com.clinicsuite.scheduling.application;

import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.scheduling.domain.WorkingHours;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The provider and room drop-downs' choices (id and name) and the hours the calendar spans: one immutable snapshot shared by every screen and session
 * instead of a copy of 800 providers and rooms in each booking view. {@link SchedulingSetup} drops it when it changes a
 * provider or a room; a snapshot also expires after {@link #FRESH}, so changes made on another server or straight in
 * the database show within a minute. Callers are {@link SchedulingSetup}'s secured methods only.
 */
@ApplicationScoped
class BookingChoices {

    static final Duration FRESH = Duration.ofSeconds(60);

    /** What was loaded, when, and in which generation (see {@link #generation}). */
    private record Snapshot(SchedulingRows.Choices choices, Instant loaded, long generation) {
    }

    @Inject
    private SchedulingRepository repository;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    /** Counts the drops: a snapshot from an earlier generation (loaded while a change was made or committed) is not used again. */
    private final AtomicLong generation = new AtomicLong();

    SchedulingRows.Choices get() {
        Snapshot s = current.get();
        if (s == null || s.generation() != generation.get() || s.loaded().plus(FRESH).isBefore(Instant.now())) {
            long loading = generation.get();
            List<Provider> providers = repository.providers();
            // every provider's hours, former ones too: their booked appointments still have to fit in the calendar
            List<WorkingHours> hours = providers.stream().flatMap(p -> p.hours().stream()).toList();
            s = new Snapshot(new SchedulingRows.Choices(
                    // only what can be booked: the domain refuses an inactive provider or room
                    providers.stream().filter(Provider::isActive)
                            .map(p -> new SchedulingRows.ProviderChoice(p.id(), p.displayName(), p.discipline().name())).toList(),
                    repository.resources().stream().filter(r -> r.isActive())
                            .map(r -> new SchedulingRows.ResourceChoice(r.id(), r.name(), r.kind().name())).toList(),
                    hours.stream().map(WorkingHours::starts).min(Comparator.naturalOrder()).orElse(null),
                    hours.stream().map(WorkingHours::ends).max(Comparator.naturalOrder()).orElse(null)), Instant.now(), loading);
            current.set(s);
        }
        return s.choices();
    }

    /**
     * Drops the snapshot now and again when the transaction ends (registered once per transaction), so no reader keeps
     * what it loaded before the commit.
     */
    void invalidate() {
        drop();
        if (transactions.getResource(BookingChoices.class) == null) {
            transactions.putResource(BookingChoices.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        generation.incrementAndGet();
        current.set(null);
    }
}
