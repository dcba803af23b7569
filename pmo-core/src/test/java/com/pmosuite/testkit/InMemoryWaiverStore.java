package com.pmosuite.testkit;

import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.waiver.WaiverChanges;
import com.pmosuite.compliance.waiver.WaiverRequest;
import com.pmosuite.compliance.waiver.WaiverStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link WaiverStore} in memory that keeps every promise of the port (it passes {@code WaiverStoreContract}). */
public final class InMemoryWaiverStore implements WaiverStore {
    private final Map<Long, Waiver> waivers = new TreeMap<>();
    private final Map<Long, List<AuditEntry>> histories = new HashMap<>();
    private long lastId;

    @Override
    public synchronized Waiver create(WaiverRequest request, String projectKey, String actorKey, Instant at) {
        Waiver created = new Waiver(++lastId, request.standardId(), request.projectId(), new HashSet<>(request.issueKeys()),
                request.justification(), request.expires(), WaiverStatus.REQUESTED, actorKey,
                at.truncatedTo(ChronoUnit.MILLIS), null, null, null, 1);
        waivers.put(created.id(), created);
        histories.computeIfAbsent(created.id(), k -> new ArrayList<>()).addAll(WaiverChanges.created(created));
        return created;
    }

    @Override
    public synchronized Optional<Waiver> find(long id) {
        return Optional.ofNullable(waivers.get(id));
    }

    @Override
    public synchronized Waiver decide(long id, int expectedVersion, WaiverStatus status, String note, String actorKey,
                                      Instant at) {
        Waiver current = waivers.get(id);
        if (current == null) {
            throw new NotFound("Waiver " + id);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Waiver " + id, expectedVersion, current);
        }
        Waiver decided = new Waiver(id, current.standardId(), current.projectId(), current.issueKeys(),
                current.justification(), current.expires(), status, current.requestedBy(), current.requestedAt(),
                actorKey, at.truncatedTo(ChronoUnit.MILLIS), note, expectedVersion + 1);
        waivers.put(id, decided);
        histories.get(id).addAll(WaiverChanges.decided(current.status(), decided));
        return decided;
    }

    @Override
    public synchronized List<Waiver> forProject(long projectId) {
        return newestFirst(waivers.values().stream().filter(w -> w.projectId() == projectId).toList());
    }

    @Override
    public synchronized List<Waiver> withStatus(Set<WaiverStatus> statuses) {
        return newestFirst(waivers.values().stream()
                .filter(w -> statuses.isEmpty() || statuses.contains(w.status())).toList());
    }

    @Override
    public synchronized List<Waiver> approvedNotExpiredOn(LocalDate day) {
        return waivers.values().stream()
                .filter(w -> w.status() == WaiverStatus.APPROVED && !w.expires().isBefore(day)).toList();
    }

    @Override
    public synchronized List<AuditEntry> history(long id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    private static List<Waiver> newestFirst(List<Waiver> list) {
        return list.stream().sorted(Comparator.comparingLong(Waiver::id).reversed()).toList();
    }
}
