package com.pmosuite.testkit;

import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.MultiProjectRiskQuery;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskCellCount;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskGroupTotal;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskQuery;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.RiskUpdate;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.StaleVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link RiskStore} in memory that keeps every promise of the port, for tests of the use cases; it passes
 * {@code RiskStoreContract}. Each method is one "transaction" under the store's lock, and instants are cut to
 * milliseconds as a database would.
 */
public final class InMemoryRiskStore implements RiskStore {
    private final Map<Long, Risk> risks = new TreeMap<>();
    private final Map<Long, List<RiskHistoryEntry>> histories = new HashMap<>();
    private final Map<Long, String> projects = new HashMap<>();
    private long lastId;

    @Override
    public synchronized Risk create(String projectKey, RiskFields fields, String actorKey, Instant at) {
        return createAll(projectKey, List.of(fields), actorKey, at).get(0);
    }

    @Override
    public synchronized List<Risk> createAll(String projectKey, List<RiskFields> rows, String actorKey,
                                             Instant at) {
        Objects.requireNonNull(projectKey, "projectKey");
        // Copying first rejects a null row before anything is written: all or nothing.
        List<RiskFields> all = List.copyOf(rows);
        Instant stamp = millis(at);
        List<Risk> created = new ArrayList<>(all.size());
        for (RiskFields fields : all) {
            long id = ++lastId;
            Risk risk = new Risk(id, projectKey, fields, actorKey, stamp, actorKey, stamp, 1);
            risks.put(id, risk);
            projects.put(id, projectKey);
            histories.computeIfAbsent(id, k -> new ArrayList<>()).add(
                    new RiskHistoryEntry(id, 1, actorKey, stamp, RiskHistoryEntry.CREATED, null, fields.title()));
            created.add(risk);
        }
        return List.copyOf(created);
    }

    @Override
    public synchronized List<Risk> writeAll(String projectKey, List<RiskFields> creates, List<RiskUpdate> updates,
                                            String actorKey, Instant at) {
        // Every version is checked before anything is written: all or nothing.
        for (RiskUpdate update : updates) {
            current(update.id(), OptionalInt.of(update.expectedVersion()));
        }
        List<Risk> written = new ArrayList<>(createAll(projectKey, creates, actorKey, at));
        for (RiskUpdate update : updates) {
            written.add(update(update.id(), update.expectedVersion(), update.fields(), update.changes(), actorKey,
                    at));
        }
        return written;
    }

    @Override
    public synchronized Optional<Risk> find(long id) {
        return Optional.ofNullable(risks.get(id));
    }

    @Override
    public synchronized Risk update(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes,
                                    String actorKey, Instant at) {
        Objects.requireNonNull(fields, "fields");
        Risk current = current(id, OptionalInt.of(expectedVersion));
        Instant stamp = millis(at);
        int version = current.version() + 1;
        Risk updated = new Risk(id, current.projectKey(), fields, current.createdBy(), current.createdAt(),
                actorKey, stamp, version);
        risks.put(id, updated);
        List<RiskHistoryEntry> history = histories.get(id);
        for (FieldChange change : changes) {
            history.add(new RiskHistoryEntry(id, version, actorKey, stamp, change.field(), change.oldValue(),
                    change.newValue()));
        }
        return updated;
    }

    @Override
    public synchronized void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        Risk current = current(id, expectedVersion);
        risks.remove(id);
        // Deleting produces a version of its own, as in the database stores, where it is claimed like any other.
        histories.get(id).add(new RiskHistoryEntry(id, current.version() + 1, actorKey, millis(at),
                RiskHistoryEntry.DELETED, current.fields().title(), null));
    }

    @Override
    public synchronized Page<Risk> search(RiskQuery query) {
        List<Risk> matching = risks.values().stream()
                .filter(r -> r.projectKey().equals(query.projectKey()))
                .filter(r -> query.statuses().isEmpty() || query.statuses().contains(r.fields().status()))
                .filter(r -> query.scoreRanges().isEmpty()
                        || query.scoreRanges().stream().anyMatch(range -> range.contains(r.fields().score())))
                .filter(r -> query.ownerKey() == null || query.ownerKey().equals(r.fields().ownerKey()))
                .filter(r -> query.cell() == null || query.cell().holds(r.fields()))
                .filter(r -> query.issueKey() == null || r.fields().linkedIssueKeys().contains(query.issueKey()))
                .sorted(RiskOrdering.of(query.sort(), query.descending()))
                .toList();
        int from = Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().limit(), matching.size());
        return new Page<>(matching.subList(from, to), query.page().offset(), query.page().limit(), matching.size());
    }

    @Override
    public synchronized Page<Risk> searchProjects(MultiProjectRiskQuery query) {
        List<Risk> matching = risks.values().stream()
                .filter(r -> query.projects().containsKey(r.projectKey()))
                .filter(r -> {
                    var ranges = query.projects().get(r.projectKey());
                    return ranges.isEmpty() || ranges.stream().anyMatch(range -> range.contains(r.fields().score()));
                })
                .filter(r -> query.statuses().isEmpty() || query.statuses().contains(r.fields().status()))
                .filter(r -> query.ownerKey() == null || query.ownerKey().equals(r.fields().ownerKey()))
                .filter(r -> query.reviewBefore() == null || r.fields().nextReviewDate() != null
                        && r.fields().nextReviewDate().isBefore(query.reviewBefore()))
                .sorted(RiskOrdering.of(query.sort(), query.descending()))
                .toList();
        int from = Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().limit(), matching.size());
        return new Page<>(matching.subList(from, to), query.page().offset(), query.page().limit(), matching.size());
    }

    @Override
    public synchronized List<Risk> findByProject(String projectKey, Set<RiskStatus> statuses) {
        return risks.values().stream()
                .filter(r -> r.projectKey().equals(projectKey))
                .filter(r -> statuses.isEmpty() || statuses.contains(r.fields().status()))
                .toList();
    }

    @Override
    public synchronized List<RiskCellCount> countByCell(String projectKey, Set<RiskStatus> statuses) {
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (Risk risk : findByProject(projectKey, statuses)) {
            RiskFields f = risk.fields();
            counts.merge(Arrays.asList(f.probability(), f.impact(), f.residualProbability(), f.residualImpact()), 1,
                    Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new RiskCellCount(e.getKey().get(0), e.getKey().get(1),
                e.getKey().get(2), e.getKey().get(3), e.getValue())).toList();
    }

    @Override
    public synchronized int countUsingLevelsAbove(String projectKey, int level) {
        return (int) findByProject(projectKey, Set.of()).stream().map(Risk::fields)
                .filter(f -> f.probability() > level || f.impact() > level || (f.hasResidualAssessment()
                        && (f.residualProbability() > level || f.residualImpact() > level)))
                .count();
    }

    @Override
    public synchronized List<Long> idsOf(String projectKey) {
        return findByProject(projectKey, Set.of()).stream().map(Risk::id).sorted().toList();
    }

    @Override
    public synchronized List<Risk> findAll(java.util.Collection<Long> ids) {
        return ids.stream().distinct().sorted().map(risks::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized List<RiskGroupTotal> totalsByProject(Set<String> projectKeys, Set<RiskStatus> statuses) {
        Map<List<Object>, List<RiskFields>> groups = new HashMap<>();
        for (String projectKey : projectKeys) {
            for (Risk risk : findByProject(projectKey, statuses)) {
                RiskFields f = risk.fields();
                groups.computeIfAbsent(List.of(projectKey, f.kind(), f.probability(), f.impact()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        return groups.entrySet().stream().map(e -> new RiskGroupTotal((String) e.getKey().get(0),
                (RiskKind) e.getKey().get(1), (Integer) e.getKey().get(2), (Integer) e.getKey().get(3),
                e.getValue().size(), e.getValue().stream().map(RiskFields::costImpact)
                        .filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null))).toList();
    }

    @Override
    public synchronized List<Risk> findLinkedTo(String issueKey) {
        return risks.values().stream().filter(r -> r.fields().linkedIssueKeys().contains(issueKey)).toList();
    }

    @Override
    public synchronized Page<Risk> findByTitle(String projectKey, String text, PageRequest page) {
        String key = RiskOrdering.titleKey(text);
        List<Risk> matching = risks.values().stream()
                .filter(r -> r.projectKey().equals(projectKey))
                .filter(r -> RiskOrdering.titleKey(r.fields().title()).contains(key))
                .sorted(RiskOrdering.of(RiskSort.TITLE, false))
                .toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return new Page<>(matching.subList(from, to), page.offset(), page.limit(), matching.size());
    }

    @Override
    public synchronized List<RiskHistoryEntry> history(long riskId) {
        return List.copyOf(histories.getOrDefault(riskId, List.of()));
    }

    @Override
    public synchronized Optional<String> projectOf(long riskId) {
        return Optional.ofNullable(projects.get(riskId));
    }

    private Risk current(long id, OptionalInt expectedVersion) {
        Risk current = risks.get(id);
        if (current == null) {
            throw new NotFound("Risk " + id);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != current.version()) {
            throw new StaleVersion("Risk " + id, expectedVersion.getAsInt(), current);
        }
        return current;
    }

    private static Instant millis(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    }
}
