package com.pmosuite.risk;

import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** A store decorator that fails any write made while the project's edit lock (imports: import lock) is not held. */
final class LockCheckingStore implements RiskStore {
    private final RiskStore delegate;
    private final AtomicBoolean held;
    private final AtomicBoolean importHeld;

    LockCheckingStore(RiskStore delegate, AtomicBoolean held, AtomicBoolean importHeld) {
        this.delegate = delegate;
        this.held = held;
        this.importHeld = importHeld;
    }

    private void requireLock() {
        if (!held.get()) {
            throw new AssertionError("a write ran outside the project lock");
        }
    }

    @Override
    public Risk create(String projectKey, RiskFields fields, String actorKey, Instant at) {
        requireLock();
        return delegate.create(projectKey, fields, actorKey, at);
    }

    @Override
    public List<Risk> createAll(String projectKey, List<RiskFields> rows, String actorKey, Instant at) {
        if (!importHeld.get()) {
            throw new AssertionError("an import ran outside the project's import lock");
        }
        return delegate.createAll(projectKey, rows, actorKey, at);
    }

    @Override
    public List<Risk> writeAll(String projectKey, List<RiskFields> creates, List<RiskUpdate> updates,
                               String actorKey, Instant at) {
        if (!importHeld.get() || (!updates.isEmpty() && !held.get())) {
            throw new AssertionError("an import ran outside the project's import lock, or updated risks outside"
                    + " its edit lock");
        }
        return delegate.writeAll(projectKey, creates, updates, actorKey, at);
    }

    @Override
    public Optional<Risk> find(long id) {
        return delegate.find(id);
    }

    @Override
    public Risk update(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes, String actorKey,
                       Instant at) {
        requireLock();
        return delegate.update(id, expectedVersion, fields, changes, actorKey, at);
    }

    @Override
    public void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        requireLock();
        delegate.delete(id, expectedVersion, actorKey, at);
    }

    @Override
    public Page<Risk> search(RiskQuery query) {
        return delegate.search(query);
    }

    @Override
    public Page<Risk> searchProjects(MultiProjectRiskQuery query) {
        return delegate.searchProjects(query);
    }

    @Override
    public List<RiskCellCount> countByCell(String projectKey, Set<RiskStatus> statuses) {
        return delegate.countByCell(projectKey, statuses);
    }

    @Override
    public int countUsingLevelsAbove(String projectKey, int level) {
        return delegate.countUsingLevelsAbove(projectKey, level);
    }

    @Override
    public List<Long> idsOf(String projectKey) {
        return delegate.idsOf(projectKey);
    }

    @Override
    public List<Risk> findAll(java.util.Collection<Long> ids) {
        return delegate.findAll(ids);
    }

    @Override
    public List<RiskGroupTotal> totalsByProject(Set<String> projectKeys, Set<RiskStatus> statuses) {
        return delegate.totalsByProject(projectKeys, statuses);
    }

    @Override
    public List<Risk> findByProject(String projectKey, Set<RiskStatus> statuses) {
        return delegate.findByProject(projectKey, statuses);
    }

    @Override
    public List<Risk> findLinkedTo(String issueKey) {
        return delegate.findLinkedTo(issueKey);
    }

    @Override
    public Page<Risk> findByTitle(String projectKey, String text, PageRequest page) {
        return delegate.findByTitle(projectKey, text, page);
    }

    @Override
    public List<RiskHistoryEntry> history(long riskId) {
        return delegate.history(riskId);
    }

    @Override
    public Optional<String> projectOf(long riskId) {
        return delegate.projectOf(riskId);
    }
}
