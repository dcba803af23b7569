package com.pmosuite.portfolio;

import com.pmosuite.rollup.RollupScope;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portfolio model's use cases: create, change and delete portfolios (every change in the audit history), and
 * resolve them against the current projects for the rollup. Who may do what is decided before these are called.
 */
public final class Portfolios {
    private final PortfolioStore store;
    private final ProjectCatalog catalog;
    private final PeopleDirectory people;
    private final Clock clock;

    public Portfolios(PortfolioStore store, ProjectCatalog catalog, PeopleDirectory people, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
    }

    public Portfolio create(PortfolioDraft draft, String actorKey) {
        PortfolioFields fields = validate(draft);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < fields.programs().size(); i++) {
            if (fields.programs().get(i).id() != 0) {
                errors.add(new FieldError("programs[" + i + "].id", "must be empty for a new portfolio's programs"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return store.create(fields, actorKey, clock.instant());
    }

    /**
     * Replaces a portfolio's content. Nothing is written when nothing changed.
     *
     * @throws StaleVersion when someone saved since {@code expectedVersion}
     */
    public Portfolio update(long id, int expectedVersion, PortfolioDraft draft, String actorKey) {
        Portfolio current = get(id);
        PortfolioFields fields = validate(draft);
        Set<Long> stored = current.fields().programs().stream().map(Program::id).collect(Collectors.toSet());
        Set<Long> sent = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < fields.programs().size(); i++) {
            long programId = fields.programs().get(i).id();
            if (programId != 0 && (!stored.contains(programId) || !sent.add(programId))) {
                errors.add(new FieldError("programs[" + i + "].id", "must be the id of one of this portfolio's"
                        + " programs, once; leave it empty for a new program"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (current.version() == expectedVersion && current.fields().equals(fields)) {
            return current;
        }
        return store.update(id, expectedVersion, fields, actorKey, clock.instant());
    }

    /** @param expectedVersion when present, deletes only at that version */
    public void delete(long id, OptionalInt expectedVersion, String actorKey) {
        store.delete(id, expectedVersion, actorKey, clock.instant());
    }

    public Optional<Portfolio> find(long id) {
        return store.find(id);
    }

    public Portfolio get(long id) {
        return find(id).orElseThrow(() -> new NotFound("Portfolio " + id));
    }

    /** Every portfolio, by id. */
    public List<Portfolio> all() {
        return store.all();
    }

    /** A portfolio's history, oldest first, also after it was deleted. */
    public List<AuditEntry> history(long id) {
        return store.history(id);
    }

    /** The portfolio's projects as they stand now (see {@link PortfolioScope#members}). */
    public List<PortfolioMember> members(Portfolio portfolio) {
        return PortfolioScope.members(portfolio, catalog.projects());
    }

    /** The portfolio as the rollup engine takes it (see {@link PortfolioScope#resolve}). */
    public RollupScope scope(long id) {
        return scope(get(id));
    }

    public RollupScope scope(Portfolio portfolio) {
        return PortfolioScope.resolve(portfolio, catalog.projects());
    }

    /**
     * The ids of every project in any portfolio, chosen or joined by category: the projects whose issue facts are
     * worth keeping. Reads two small sets from the store and the host's project list, not every portfolio.
     */
    public Set<Long> trackedProjectIds() {
        PortfolioStore.Membership membership = store.membership();
        Set<Long> tracked = new HashSet<>(membership.projectIds());
        if (!membership.categoryIds().isEmpty()) {
            for (ProjectCatalog.Project project : catalog.projects()) {
                if (project.categoryId() != null && membership.categoryIds().contains(project.categoryId())) {
                    tracked.add(project.id());
                }
            }
        }
        return Set.copyOf(tracked);
    }

    /** The currency of the project's plan money across its portfolios (see {@link PortfolioScope#planCurrency}). */
    public Optional<String> planCurrency(long projectId) {
        return PortfolioScope.planCurrency(projectId, store.all(), catalog.projects());
    }

    /** The host's projects and categories, for pickers. */
    public ProjectCatalog catalog() {
        return catalog;
    }

    private PortfolioFields validate(PortfolioDraft draft) {
        Set<Long> projectIds = catalog.projects().stream().map(ProjectCatalog.Project::id).collect(Collectors.toSet());
        Set<Long> categoryIds = catalog.categories().stream().map(ProjectCatalog.Category::id)
                .collect(Collectors.toSet());
        return draft.validate(people, projectIds, categoryIds);
    }
}
