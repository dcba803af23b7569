package com.pmosuite.testkit;

import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The issue-facts table in memory: one row per issue, live or a tombstone, each with the stamp of its latest
 * change. Every call is atomic, as one transaction of the AO store is.
 */
public final class InMemoryIssueFactStore implements IssueFactStore {
    /** A row: the fact, or {@code null} for a tombstone. */
    private record Row(IssueFact fact, long stamp) {
    }

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private long stamp;

    @Override
    public synchronized void upsert(Collection<IssueFact> facts) {
        Map<Long, IssueFact> latest = new LinkedHashMap<>();
        facts.forEach(fact -> latest.put(fact.issueId(), fact));
        latest.values().forEach(fact -> rows.put(fact.issueId(), new Row(fact, ++stamp)));
    }

    @Override
    public synchronized void delete(Collection<Long> issueIds) {
        for (Long id : new HashSet<>(issueIds)) {
            Row row = rows.get(id);
            if (row != null && row.fact() != null) {
                rows.put(id, new Row(null, ++stamp));
            }
        }
    }

    @Override
    public synchronized Optional<IssueFact> find(long issueId) {
        return Optional.ofNullable(rows.get(issueId)).map(Row::fact);
    }

    @Override
    public synchronized List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit) {
        Set<Long> projects = Set.copyOf(projectIds);
        List<IssueFact> page = new ArrayList<>();
        for (Row row : rows.tailMap(afterIssueId, false).values()) {
            if (page.size() >= limit) {
                break;
            }
            if (row.fact() != null && projects.contains(row.fact().projectId())) {
                page.add(row.fact());
            }
        }
        return page;
    }

    @Override
    public synchronized long stamp() {
        return stamp;
    }

    @Override
    public synchronized FactChanges changesSince(long since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Map.Entry<Long, Row>> changed = rows.entrySet().stream()
                .filter(entry -> entry.getValue().stamp() > since)
                .filter(entry -> since > 0 || entry.getValue().fact() != null)
                .sorted(Comparator.comparingLong(entry -> entry.getValue().stamp()))
                .toList();
        List<IssueFact> upserted = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        long reached = since;
        for (Map.Entry<Long, Row> entry : changed.subList(0, Math.min(limit, changed.size()))) {
            if (entry.getValue().fact() == null) {
                deleted.add(entry.getKey());
            } else {
                upserted.add(entry.getValue().fact());
            }
            reached = entry.getValue().stamp();
        }
        return new FactChanges(upserted, deleted, reached, changed.size() > limit);
    }

    @Override
    public synchronized Set<Long> projectsWithFacts() {
        Set<Long> projects = new HashSet<>();
        rows.values().stream().filter(row -> row.fact() != null).forEach(row -> projects.add(row.fact().projectId()));
        return projects;
    }
}
