package com.pmosuite.rollup;

import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny issue-facts store for the engine's tests: the latest stamp per id, facts and tombstones in memory. */
final class ListFactStore implements IssueFactStore {
    private record Entry(long id, IssueFact fact, long stamp) {
    }

    private final Map<Long, Entry> entries = new HashMap<>();
    private long stamp;

    @Override
    public synchronized void upsert(Collection<IssueFact> facts) {
        for (IssueFact fact : facts) {
            entries.put(fact.issueId(), new Entry(fact.issueId(), fact, ++stamp));
        }
    }

    ListFactStore with(IssueFact... facts) {
        upsert(List.of(facts));
        return this;
    }

    @Override
    public synchronized void delete(Collection<Long> issueIds) {
        for (long id : issueIds) {
            if (entries.containsKey(id) && entries.get(id).fact != null) {
                entries.put(id, new Entry(id, null, ++stamp));
            }
        }
    }

    @Override
    public synchronized Optional<IssueFact> find(long issueId) {
        Entry entry = entries.get(issueId);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.fact);
    }

    @Override
    public synchronized List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit) {
        return entries.values().stream().filter(e -> e.fact != null && e.id > afterIssueId)
                .filter(e -> projectIds.contains(e.fact.projectId())).sorted(Comparator.comparingLong(Entry::id))
                .limit(limit).map(Entry::fact).toList();
    }

    @Override
    public synchronized long stamp() {
        return stamp;
    }

    @Override
    public synchronized FactChanges changesSince(long since, int limit) {
        List<Entry> changed = entries.values().stream().filter(e -> e.stamp > since)
                .filter(e -> since > 0 || e.fact != null).sorted(Comparator.comparingLong(Entry::stamp)).toList();
        List<Entry> slice = changed.subList(0, Math.min(limit, changed.size()));
        List<IssueFact> upserted = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        for (Entry e : slice) {
            if (e.fact == null) {
                deleted.add(e.id);
            } else {
                upserted.add(e.fact);
            }
        }
        long reached = slice.isEmpty() ? Math.max(since, stamp) : slice.get(slice.size() - 1).stamp;
        return new FactChanges(upserted, deleted, reached, changed.size() > slice.size());
    }
}
