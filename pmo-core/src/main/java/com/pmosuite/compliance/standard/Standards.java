package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.PortfolioScope;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.ProjectCatalog;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.Text;
import com.pmosuite.shared.ValidationFailed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The PMO's standards and standard sets: create, change and delete them (validated, every change in the audit
 * history), say which standards apply to which project, and export and import them as a {@link StandardsDocument}.
 * Who may do what is decided before these are called.
 *
 * <p>Names of standards are unique among standards, and names of sets among sets (ignoring case), so that an import
 * can match them by name. A standard that a set still lists cannot be deleted: the refusal names the sets, and the
 * PMO admin removes it from them first (nothing disappears from a set without an edit of that set in its history).
 */
public final class Standards implements ApplicableStandards {
    /** Most ids in each part of a set's scope. */
    public static final int MAX_SCOPE_IDS = 500;

    private final StandardStore store;
    private final Portfolios portfolios;
    private final JqlRunner jql;
    private final Clock clock;

    public Standards(StandardStore store, Portfolios portfolios, JqlRunner jql, Clock clock) {
        this.store = store;
        this.portfolios = portfolios;
        this.jql = jql;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ standards

    public Standard create(StandardDraft draft, String actorKey) {
        return store.createStandard(validate(draft, 0), actorKey, clock.instant());
    }

    /**
     * Replaces a standard's content. Nothing is written when nothing changed.
     *
     * @throws StaleVersion when someone saved since {@code expectedVersion}
     */
    public Standard update(long id, int expectedVersion, StandardDraft draft, String actorKey) {
        Standard current = get(id);
        StandardDraft clean = validate(draft, id);
        if (current.version() == expectedVersion && current.draft().equals(clean)) {
            return current;
        }
        return store.updateStandard(id, expectedVersion, clean, actorKey, clock.instant());
    }

    /**
     * Deletes a standard that no set lists.
     *
     * @param expectedVersion when present, deletes only at that version
     * @throws ValidationFailed at {@code id}, naming the sets that still list it
     */
    public void delete(long id, OptionalInt expectedVersion, String actorKey) {
        store.deleteStandard(id, expectedVersion, actorKey, clock.instant());
    }

    public Optional<Standard> find(long id) {
        return store.findStandard(id);
    }

    public Standard get(long id) {
        return find(id).orElseThrow(() -> new NotFound("Standard " + id));
    }

    /** Every standard, by id. */
    public List<Standard> all() {
        return store.allStandards();
    }

    /** A standard's history, oldest first, also after it was deleted. */
    public List<AuditEntry> history(long id) {
        return store.standardHistory(id);
    }

    // ------------------------------------------------------------------ sets

    public StandardSet createSet(StandardSetDraft draft, String actorKey) {
        return store.createSet(validate(draft, 0), actorKey, clock.instant());
    }

    /**
     * Replaces a set's content. Nothing is written when nothing changed.
     *
     * @throws StaleVersion when someone saved since {@code expectedVersion}
     */
    public StandardSet updateSet(long id, int expectedVersion, StandardSetDraft draft, String actorKey) {
        StandardSet current = getSet(id);
        StandardStore.SetContent content = validate(draft, id);
        if (current.version() == expectedVersion && StandardChanges.content(current).equals(content)) {
            return current;
        }
        return store.updateSet(id, expectedVersion, content, actorKey, clock.instant());
    }

    /** Deletes a set; its standards stay. */
    public void deleteSet(long id, OptionalInt expectedVersion, String actorKey) {
        store.deleteSet(id, expectedVersion, actorKey, clock.instant());
    }

    public Optional<StandardSet> findSet(long id) {
        return store.findSet(id);
    }

    public StandardSet getSet(long id) {
        return findSet(id).orElseThrow(() -> new NotFound("Standard set " + id));
    }

    /** Every set, by id. */
    public List<StandardSet> allSets() {
        return store.allSets();
    }

    public List<AuditEntry> setHistory(long id) {
        return store.setHistory(id);
    }

    // ------------------------------------------------------------------ applicability

    /**
     * Which enabled standards apply to which existing project, resolved once: every set's portfolios (their members
     * as {@link Portfolios#members} has them, explicit and by category), categories and projects, against one read
     * of the host's projects, the standards and the sets. A scan takes one of these and looks projects up in it.
     */
    public Applicability applicability() {
        List<ProjectCatalog.Project> projects = portfolios.catalog().projects();
        Set<Long> existing = projects.stream().map(ProjectCatalog.Project::id).collect(Collectors.toSet());
        Map<Long, List<Long>> byCategory = new HashMap<>();
        for (ProjectCatalog.Project project : projects) {
            if (project.categoryId() != null) {
                byCategory.computeIfAbsent(project.categoryId(), k -> new ArrayList<>()).add(project.id());
            }
        }
        Map<Long, Standard> enabled = new HashMap<>();
        for (Standard standard : store.allStandards()) {
            if (standard.enabled()) {
                enabled.put(standard.id(), standard);
            }
        }
        Map<Long, Optional<Portfolio>> portfolioCache = new HashMap<>();
        Map<Long, TreeMap<Long, Standard>> byProject = new HashMap<>();
        for (StandardSet set : store.allSets()) {
            Set<Long> members = new HashSet<>();
            for (long portfolioId : set.scope().portfolioIds()) {
                portfolioCache.computeIfAbsent(portfolioId, portfolios::find).ifPresent(portfolio ->
                        PortfolioScope.members(portfolio, projects).stream().map(PortfolioMember::projectId)
                                .forEach(members::add));
            }
            for (long categoryId : set.scope().categoryIds()) {
                members.addAll(byCategory.getOrDefault(categoryId, List.of()));
            }
            for (long projectId : set.scope().projectIds()) {
                if (existing.contains(projectId)) {
                    members.add(projectId);
                }
            }
            List<Standard> standards = set.standardIds().stream().map(enabled::get).filter(Objects::nonNull).toList();
            for (long projectId : members) {
                TreeMap<Long, Standard> applying = byProject.computeIfAbsent(projectId, k -> new TreeMap<>());
                standards.forEach(s -> applying.put(s.id(), s));
            }
        }
        Map<Long, List<Standard>> resolved = new HashMap<>();
        byProject.forEach((projectId, standards) -> resolved.put(projectId, List.copyOf(standards.values())));
        return new Applicability(resolved);
    }

    /** Resolves afresh on every call; to ask about many projects, take one {@link #applicability()}. */
    @Override
    public Set<Long> projectsInScope() {
        return applicability().projectsInScope();
    }

    /** Resolves afresh on every call; to ask about many projects, take one {@link #applicability()}. */
    @Override
    public List<Standard> forProject(long projectId) {
        return applicability().forProject(projectId);
    }

    // ------------------------------------------------------------------ interchange

    /**
     * Every set with its standards, and the standards in no set, with scopes by name. Scope ids that no longer name a
     * portfolio, category or project are left out: the file can only say what another instance can resolve.
     */
    public StandardsDocument exportAll() {
        List<Standard> standards = store.allStandards();
        Map<Long, Standard> byId = standards.stream().collect(Collectors.toMap(Standard::id, Function.identity()));
        ProjectCatalog catalog = portfolios.catalog();
        Map<Long, String> categoryNames = catalog.categories().stream()
                .collect(Collectors.toMap(ProjectCatalog.Category::id, ProjectCatalog.Category::name, (a, b) -> a));
        Map<Long, String> projectKeys = catalog.projects().stream()
                .collect(Collectors.toMap(ProjectCatalog.Project::id, ProjectCatalog.Project::key, (a, b) -> a));
        Set<Long> inSets = new HashSet<>();
        List<StandardsDocument.SetEntry> sets = new ArrayList<>();
        for (StandardSet set : store.allSets()) {
            List<StandardDraft> members = new ArrayList<>();
            for (long id : set.standardIds()) {
                Standard standard = byId.get(id);
                if (standard != null) {
                    members.add(standard.draft());
                    inSets.add(id);
                }
            }
            SetScope scope = set.scope();
            StandardsDocument.ScopeNames names = new StandardsDocument.ScopeNames(
                    names(scope.portfolioIds(), id -> portfolios.find(id).map(Portfolio::name).orElse(null)),
                    names(scope.categoryIds(), categoryNames::get),
                    names(scope.projectIds(), projectKeys::get));
            sets.add(new StandardsDocument.SetEntry(set.name(), set.description(), names, members));
        }
        List<StandardDraft> alone = standards.stream().filter(s -> !inSets.contains(s.id())).map(Standard::draft)
                .toList();
        return new StandardsDocument(sets, alone);
    }

    private static List<String> names(Set<Long> ids, Function<Long, String> name) {
        return new TreeSet<>(ids).stream().map(name).filter(Objects::nonNull).toList();
    }

    /**
     * Compares a document with what is stored, writing nothing: each standard and set of the file matched by name,
     * with what importing would do to it, and every problem (invalid standards with their path in the file, unknown
     * portfolio, category and project names, a name given twice with different content).
     */
    public ImportPlan planImport(StandardsDocument document) {
        String fingerprint = fingerprint();
        List<FieldError> problems = new ArrayList<>();
        if (document.sets().size() > StandardsDocument.MAX_SETS) {
            problems.add(new FieldError("sets", "at most " + StandardsDocument.MAX_SETS + " sets"));
        }
        if (document.standardEntries() > StandardsDocument.MAX_STANDARDS) {
            problems.add(new FieldError("standards", "at most " + StandardsDocument.MAX_STANDARDS
                    + " standards in one file, counting each appearance in a set"));
        }
        if (!problems.isEmpty()) {
            return new ImportPlan(fingerprint, List.of(), List.of(), problems, emptyBatch());
        }
        Map<String, Standard> storedStandards = new HashMap<>();
        store.allStandards().forEach(s -> storedStandards.put(key(s.name()), s));
        Map<String, StandardSet> storedSets = new HashMap<>();
        store.allSets().forEach(s -> storedSets.put(key(s.name()), s));

        // Standards: each distinct name once, in the order the file first gives it.
        Map<String, Integer> batchIndex = new LinkedHashMap<>();
        Map<String, StandardDraft> firstSeen = new HashMap<>();
        List<StandardStore.StandardWrite> writes = new ArrayList<>();
        List<ImportPlan.Item> standardItems = new ArrayList<>();
        Map<String, Long> unchangedIds = new HashMap<>();
        List<StandardDraft> all = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < document.sets().size(); i++) {
            List<StandardDraft> members = document.sets().get(i).standards();
            for (int j = 0; j < members.size(); j++) {
                all.add(members.get(j));
                paths.add("sets[" + i + "].standards[" + j + "].");
            }
        }
        for (int i = 0; i < document.standards().size(); i++) {
            all.add(document.standards().get(i));
            paths.add("standards[" + i + "].");
        }
        for (int i = 0; i < all.size(); i++) {
            StandardDraft clean = StandardValidation.standard(paths.get(i), all.get(i), jql, problems);
            if (clean == null) {
                continue;
            }
            String name = key(clean.name());
            StandardDraft earlier = firstSeen.putIfAbsent(name, clean);
            if (earlier != null) {
                if (!earlier.equals(clean)) {
                    problems.add(new FieldError(paths.get(i) + "name", "another standard in the file has this name"
                            + " but different content: a standard in several sets must be the same in each"));
                }
                continue;
            }
            Standard stored = storedStandards.get(name);
            if (stored == null) {
                batchIndex.put(name, writes.size());
                writes.add(new StandardStore.StandardWrite(0, 0, clean));
                standardItems.add(new ImportPlan.Item(clean.name(), ImportPlan.Action.CREATE, 0, List.of()));
            } else {
                List<String> changed = StandardChanges.changedFields(stored.draft(), clean);
                if (changed.isEmpty()) {
                    unchangedIds.put(name, stored.id());
                    standardItems.add(new ImportPlan.Item(stored.name(), ImportPlan.Action.UNCHANGED, stored.id(),
                            List.of()));
                } else {
                    batchIndex.put(name, writes.size());
                    writes.add(new StandardStore.StandardWrite(stored.id(), stored.version(), clean));
                    standardItems.add(new ImportPlan.Item(stored.name(), ImportPlan.Action.CHANGE, stored.id(),
                            changed));
                }
            }
        }

        // Sets.
        List<StandardStore.SetWrite> setWrites = new ArrayList<>();
        List<ImportPlan.Item> setItems = new ArrayList<>();
        Set<String> setNames = new HashSet<>();
        Lookup lookup = new Lookup(portfolios);
        Map<Long, Standard> storedById = storedStandards.values().stream()
                .collect(Collectors.toMap(Standard::id, Function.identity()));
        for (int i = 0; i < document.sets().size(); i++) {
            String path = "sets[" + i + "].";
            StandardsDocument.SetEntry entry = document.sets().get(i);
            int before = problems.size();
            String name = StandardValidation.requiredText(path + "name", entry.name(), StandardSet.MAX_NAME,
                    problems);
            String description = StandardValidation.optionalText(path + "description", entry.description(),
                    StandardSet.MAX_DESCRIPTION, problems);
            if (name != null && !setNames.add(key(name))) {
                problems.add(new FieldError(path + "name", "another set in the file has this name"));
            }
            if (entry.standards().size() > StandardSet.MAX_STANDARDS) {
                problems.add(new FieldError(path + "standards", "at most " + StandardSet.MAX_STANDARDS
                        + " standards in a set"));
            }
            SetScope scope = lookup.scope(path + "scope.", entry.scope(), problems);
            List<StandardStore.StandardRef> refs = new ArrayList<>();
            List<String> memberNames = new ArrayList<>();
            for (StandardDraft member : entry.standards()) {
                String clean = Text.clean(member.name());
                if (clean == null || memberNames.contains(key(clean))) {
                    continue;
                }
                memberNames.add(key(clean));
                Integer index = batchIndex.get(key(clean));
                Long id = unchangedIds.get(key(clean));
                if (index != null) {
                    refs.add(StandardStore.StandardRef.inBatch(index));
                } else if (id != null) {
                    refs.add(StandardStore.StandardRef.stored(id));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            StandardSet stored = storedSets.get(key(name));
            StandardStore.SetWrite write = new StandardStore.SetWrite(stored == null ? 0 : stored.id(),
                    stored == null ? 0 : stored.version(), name, description, refs, scope);
            if (stored == null) {
                setWrites.add(write);
                setItems.add(new ImportPlan.Item(name, ImportPlan.Action.CREATE, 0, List.of()));
                continue;
            }
            List<String> changed = new ArrayList<>(StandardChanges.changedFields(
                    new StandardStore.SetContent(stored.name(), stored.description(), List.of(), stored.scope()),
                    new StandardStore.SetContent(name, description, List.of(), scope)));
            List<String> storedMembers = stored.standardIds().stream().map(storedById::get).filter(Objects::nonNull)
                    .map(s -> key(s.name())).toList();
            if (!storedMembers.equals(memberNames)) {
                int afterText = (int) changed.stream().filter(f -> f.equals("name") || f.equals("description"))
                        .count();
                changed.add(afterText, "standards");
            }
            if (changed.isEmpty()) {
                setItems.add(new ImportPlan.Item(stored.name(), ImportPlan.Action.UNCHANGED, stored.id(), List.of()));
            } else {
                setWrites.add(write);
                setItems.add(new ImportPlan.Item(stored.name(), ImportPlan.Action.CHANGE, stored.id(), changed));
            }
        }
        StandardStore.Batch batch = problems.isEmpty() ? new StandardStore.Batch(writes, setWrites) : emptyBatch();
        return new ImportPlan(fingerprint, standardItems, setItems, problems, batch);
    }

    /**
     * Applies a plan in one transaction, each write in the history. Refused when the plan has problems, and when a
     * standard or set was created, changed or deleted since the plan was made: the {@link StaleVersion} carries no
     * current state (plan the file again to see what it would do now).
     *
     * @throws ValidationFailed with the plan's problems
     * @throws StaleVersion     when the stored standards moved on since the plan
     */
    public StandardStore.BatchResult applyImport(ImportPlan plan, String actorKey) {
        if (!plan.isApplicable()) {
            throw new ValidationFailed(plan.problems());
        }
        String now = fingerprint();
        if (!now.equals(plan.fingerprint())) {
            throw new StaleVersion("A standard or set (since this import was planned)", 0, null);
        }
        if (plan.changesNothing()) {
            return new StandardStore.BatchResult(List.of(), List.of());
        }
        return store.apply(plan.batch(), actorKey, clock.instant());
    }

    /** Names every stored standard and set with its version: it changes whenever any of them changes. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        store.allStandards().forEach(s -> text.append('s').append(s.id()).append(':').append(s.version())
                .append(';'));
        store.allSets().forEach(s -> text.append('t').append(s.id()).append(':').append(s.version()).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static StandardStore.Batch emptyBatch() {
        return new StandardStore.Batch(List.of(), List.of());
    }

    // ------------------------------------------------------------------ validation

    private StandardDraft validate(StandardDraft draft, long ownId) {
        List<FieldError> errors = new ArrayList<>();
        if (draft == null) {
            throw ValidationFailed.of("body", "a standard is required");
        }
        StandardDraft clean = StandardValidation.standard("", draft, jql, errors);
        if (clean != null && store.allStandards().stream()
                .anyMatch(s -> s.id() != ownId && key(s.name()).equals(key(clean.name())))) {
            errors.addAll(StandardStore.nameTaken("standard").errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return clean;
    }

    private StandardStore.SetContent validate(StandardSetDraft draft, long ownId) {
        if (draft == null) {
            throw ValidationFailed.of("body", "a standard set is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = StandardValidation.requiredText("name", draft.name(), StandardSet.MAX_NAME, errors);
        String description = StandardValidation.optionalText("description", draft.description(),
                StandardSet.MAX_DESCRIPTION, errors);
        if (name != null && store.allSets().stream()
                .anyMatch(s -> s.id() != ownId && key(s.name()).equals(key(name)))) {
            errors.addAll(StandardStore.nameTaken("standard set").errors());
        }
        List<Long> ids = draft.standardIds() == null ? List.of() : draft.standardIds();
        List<Long> standardIds = new ArrayList<>();
        if (ids.size() > StandardSet.MAX_STANDARDS) {
            errors.add(new FieldError("standardIds", "at most " + StandardSet.MAX_STANDARDS + " standards"));
        } else {
            Set<Long> known = store.allStandards().stream().map(Standard::id).collect(Collectors.toSet());
            for (int i = 0; i < ids.size(); i++) {
                Long id = ids.get(i);
                if (id == null || !known.contains(id)) {
                    errors.add(new FieldError("standardIds[" + i + "]", "no standard with id " + id));
                } else if (standardIds.contains(id)) {
                    errors.add(new FieldError("standardIds[" + i + "]", "standard " + id + " is listed twice"));
                } else {
                    standardIds.add(id);
                }
            }
        }
        SetScope scope = draft.scope() == null ? SetScope.NONE : draft.scope();
        ProjectCatalog catalog = portfolios.catalog();
        if (bounded("scope.portfolioIds", scope.portfolioIds(), errors)) {
            for (long id : new TreeSet<>(scope.portfolioIds())) {
                if (portfolios.find(id).isEmpty()) {
                    errors.add(new FieldError("scope.portfolioIds", "no portfolio with id " + id));
                }
            }
        }
        if (bounded("scope.categoryIds", scope.categoryIds(), errors)) {
            unknown("scope.categoryIds", "project category", scope.categoryIds(),
                    catalog.categories().stream().map(ProjectCatalog.Category::id).collect(Collectors.toSet()),
                    errors);
        }
        if (bounded("scope.projectIds", scope.projectIds(), errors)) {
            unknown("scope.projectIds", "project", scope.projectIds(),
                    catalog.projects().stream().map(ProjectCatalog.Project::id).collect(Collectors.toSet()), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new StandardStore.SetContent(name, description, standardIds, scope);
    }

    private static boolean bounded(String path, Collection<Long> ids, List<FieldError> errors) {
        if (ids.size() > MAX_SCOPE_IDS) {
            errors.add(new FieldError(path, "at most " + MAX_SCOPE_IDS + " ids"));
            return false;
        }
        return true;
    }

    private static void unknown(String path, String what, Set<Long> ids, Set<Long> known, List<FieldError> errors) {
        for (long id : new TreeSet<>(ids)) {
            if (!known.contains(id)) {
                errors.add(new FieldError(path, "no " + what + " with id " + id));
            }
        }
    }

    static String key(String name) {
        String clean = Text.clean(name);
        return clean == null ? "" : clean.toLowerCase(Locale.ROOT);
    }

    /** Resolves a file's scope names to this instance's ids, reading portfolios and the catalog once. */
    private static final class Lookup {
        private final Map<String, List<Long>> portfolioIds = new HashMap<>();
        private final Map<String, List<Long>> categoryIds = new HashMap<>();
        private final Map<String, Long> projectIds = new HashMap<>();

        Lookup(Portfolios portfolios) {
            portfolios.all().forEach(p -> portfolioIds.computeIfAbsent(key(p.name()), k -> new ArrayList<>())
                    .add(p.id()));
            ProjectCatalog catalog = portfolios.catalog();
            catalog.categories().forEach(c -> categoryIds.computeIfAbsent(key(c.name()), k -> new ArrayList<>())
                    .add(c.id()));
            catalog.projects().forEach(p -> projectIds.put(key(p.key()), p.id()));
        }

        SetScope scope(String path, StandardsDocument.ScopeNames names, List<FieldError> problems) {
            Set<Long> portfolios = resolve(path + "portfolios", "portfolio", names.portfolios(), portfolioIds,
                    problems);
            Set<Long> categories = resolve(path + "categories", "project category", names.categories(), categoryIds,
                    problems);
            Set<Long> projects = new HashSet<>();
            if (names.projects().size() > MAX_SCOPE_IDS) {
                problems.add(new FieldError(path + "projects", "at most " + MAX_SCOPE_IDS + " projects"));
            } else {
                for (int i = 0; i < names.projects().size(); i++) {
                    Long id = projectIds.get(key(names.projects().get(i)));
                    if (id == null) {
                        problems.add(new FieldError(path + "projects[" + i + "]", "no project with key "
                                + names.projects().get(i) + " here"));
                    } else {
                        projects.add(id);
                    }
                }
            }
            return new SetScope(portfolios, categories, projects);
        }

        private static Set<Long> resolve(String path, String what, List<String> names, Map<String, List<Long>> ids,
                                         List<FieldError> problems) {
            Set<Long> resolved = new HashSet<>();
            if (names.size() > MAX_SCOPE_IDS) {
                problems.add(new FieldError(path, "at most " + MAX_SCOPE_IDS + " names"));
                return resolved;
            }
            for (int i = 0; i < names.size(); i++) {
                List<Long> found = ids.getOrDefault(key(names.get(i)), List.of());
                if (found.isEmpty()) {
                    problems.add(new FieldError(path + "[" + i + "]", "no " + what + " named " + names.get(i)
                            + " here"));
                } else if (found.size() > 1) {
                    problems.add(new FieldError(path + "[" + i + "]", "more than one " + what + " is named "
                            + names.get(i) + " here; rename one"));
                } else {
                    resolved.add(found.get(0));
                }
            }
            return resolved;
        }
    }
}
