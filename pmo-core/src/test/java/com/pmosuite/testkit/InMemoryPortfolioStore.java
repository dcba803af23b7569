package com.pmosuite.testkit;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioChanges;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.PortfolioStore;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** A {@link PortfolioStore} in memory that keeps every promise of the port (it passes {@code PortfolioStoreContract}). */
public final class InMemoryPortfolioStore implements PortfolioStore {
    private final Map<Long, Portfolio> portfolios = new TreeMap<>();
    private final Map<Long, List<AuditEntry>> histories = new HashMap<>();
    private long lastId;
    private long lastProgramId;

    @Override
    public synchronized Portfolio create(PortfolioFields fields, String actorKey, Instant at) {
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        Portfolio created = new Portfolio(++lastId, withProgramIds(fields), 1, actorKey, stamp);
        portfolios.put(created.id(), created);
        history(created.id(), List.of(PortfolioChanges.created(created, actorKey, stamp)));
        return created;
    }

    @Override
    public synchronized Optional<Portfolio> find(long id) {
        return Optional.ofNullable(portfolios.get(id));
    }

    @Override
    public synchronized List<Portfolio> all() {
        return List.copyOf(portfolios.values());
    }

    @Override
    public synchronized Portfolio update(long id, int expectedVersion, PortfolioFields fields, String actorKey,
                                         Instant at) {
        Portfolio current = current(id, expectedVersion);
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        Portfolio saved = new Portfolio(id, withProgramIds(fields), expectedVersion + 1, actorKey, stamp);
        portfolios.put(id, saved);
        history(id, PortfolioChanges.between(id, current.fields(), saved.fields(), saved.version(), actorKey, stamp));
        return saved;
    }

    @Override
    public synchronized void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        Portfolio stored = find(id).orElseThrow(() -> new NotFound("Portfolio " + id));
        Portfolio current = current(id, expectedVersion.orElse(stored.version()));
        portfolios.remove(id);
        history(id, List.of(PortfolioChanges.deleted(id, current.version() + 1, current.name(), actorKey,
                at.truncatedTo(ChronoUnit.MILLIS))));
    }

    @Override
    public synchronized List<AuditEntry> history(long id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Membership membership() {
        Set<Long> projects = new HashSet<>();
        Set<Long> categories = new HashSet<>();
        for (Portfolio portfolio : portfolios.values()) {
            portfolio.fields().explicitProjects().map(ProjectEntry::projectId).forEach(projects::add);
            categories.addAll(portfolio.fields().categoryIds());
        }
        return new Membership(projects, categories);
    }

    private Portfolio current(long id, int expectedVersion) {
        Portfolio current = find(id).orElseThrow(() -> new NotFound("Portfolio " + id));
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Portfolio " + id, expectedVersion, current);
        }
        return current;
    }

    private PortfolioFields withProgramIds(PortfolioFields fields) {
        List<Program> programs = new ArrayList<>();
        for (Program program : fields.programs()) {
            programs.add(program.id() == 0 ? program.withId(++lastProgramId) : program);
        }
        return fields.withPrograms(programs);
    }

    private void history(long id, List<AuditEntry> entries) {
        histories.computeIfAbsent(id, k -> new ArrayList<>()).addAll(entries);
    }
}
