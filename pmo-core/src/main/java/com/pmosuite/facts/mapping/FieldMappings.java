package com.pmosuite.facts.mapping;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The field mapping the Jira reader uses ({@link #current()}, its {@code Supplier<FieldMapping>}): the one a PMO
 * admin saved, else the one proposed from what Jira has.
 * <p>
 * The reader asks on every issue it reads (500 per page of a walk), so the answer is cached. A save on this node
 * replaces the cache at once; a save on another node is seen when this node next checks the stored version, which
 * it does at most once per {@code recheck} (one small query). Facts read in that moment with the old mapping are
 * repaired by the rebuild that every saved mapping asks for. The proposal is cached as well, so a Jira whose custom
 * fields change is re-asked on the next recheck while nothing is saved.
 */
public final class FieldMappings {
    /** How often a node checks the stored version: one query per second at most, however many issues it reads. */
    public static final Duration RECHECK = Duration.ofSeconds(1);
    /** How a stale save names the mapping. */
    public static final String WHAT = "The field mapping";

    private final FieldMappingStore store;
    private final Supplier<FieldMapping> proposed;
    private final Clock clock;
    private final Duration recheck;
    private volatile Cached cached;

    private record Cached(SavedFieldMapping value, Instant checkedAt) {
    }

    /**
     * @param proposed what to use until a PMO admin saves a mapping (the Jira field catalog's proposal); asked again
     *                 at every recheck while nothing is saved
     */
    public FieldMappings(FieldMappingStore store, Supplier<FieldMapping> proposed, Clock clock, Duration recheck) {
        this.store = Objects.requireNonNull(store, "store");
        this.proposed = Objects.requireNonNull(proposed, "proposed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recheck = Objects.requireNonNull(recheck, "recheck");
    }

    public FieldMappings(FieldMappingStore store, Supplier<FieldMapping> proposed, Clock clock) {
        this(store, proposed, clock, RECHECK);
    }

    /** The mapping to read issues with now. */
    public FieldMapping current() {
        return saved().mapping();
    }

    /** The mapping now with its version (0, and the proposal, while nothing is saved). */
    public SavedFieldMapping saved() {
        Cached now = cached;
        Instant at = clock.instant();
        if (now != null && at.isBefore(now.checkedAt.plus(recheck))) {
            return now.value;
        }
        if (now != null && now.value.isSaved() && store.version() == now.value.version()) {
            cached = new Cached(now.value, at);
            return now.value;
        }
        SavedFieldMapping fresh = store.saved().orElseGet(() -> new SavedFieldMapping(proposed.get(), 0));
        cached = new Cached(fresh, at);
        return fresh;
    }

    /**
     * Saves a PMO admin's mapping. Facts already stored were read with the old mapping: the caller asks for a
     * rebuild.
     *
     * @throws com.pmosuite.shared.StaleVersion when someone saved since {@code expectedVersion} was read
     */
    public SavedFieldMapping save(int expectedVersion, FieldMapping mapping, String actorKey) {
        SavedFieldMapping saved;
        try {
            saved = store.save(expectedVersion, mapping, actorKey, clock.instant());
        } catch (StaleVersion stale) {
            if (stale.current() != null) {
                throw stale;
            }
            // Nothing saved yet: what the caller should see now is the proposal, at version 0.
            throw new StaleVersion(WHAT, expectedVersion, new SavedFieldMapping(proposed.get(), 0));
        }
        cached = new Cached(saved, clock.instant());
        return saved;
    }

    /** The mapping's changes, oldest first. */
    public List<AuditEntry> history() {
        return store.history();
    }
}
