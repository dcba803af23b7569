package com.pmosuite.bench;

import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A read-only issue-facts store over a list, for loading the engine: the n-th fact has change stamp n. */
final class FactListStore implements IssueFactStore {
    private final List<IssueFact> facts;

    FactListStore(List<IssueFact> facts) {
        this.facts = facts;
    }

    @Override
    public void upsert(Collection<IssueFact> changed) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void delete(Collection<Long> issueIds) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Optional<IssueFact> find(long issueId) {
        return facts.stream().filter(f -> f.issueId() == issueId).findFirst();
    }

    @Override
    public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit) {
        return facts.stream().filter(f -> f.issueId() > afterIssueId && projectIds.contains(f.projectId()))
                .limit(limit).toList();
    }

    @Override
    public long stamp() {
        return facts.size();
    }

    @Override
    public FactChanges changesSince(long since, int limit) {
        int from = (int) Math.min(since, facts.size());
        int to = (int) Math.min((long) from + limit, facts.size());
        return new FactChanges(facts.subList(from, to), List.of(), to, to < facts.size());
    }
}
