package com.pmosuite.rollup;

import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Rolls issue facts up a portfolio → program → project → issue tree, with earned value and RAG health, from an
 * in-memory columnar copy of the issue-facts table that {@link #refresh()} keeps current from the store's change log.
 *
 * <p>Thread safety: any number of rollups read at once under a read lock; {@link #refresh()} applies each page of
 * changes under the write lock (refreshes themselves are serialised). A rollup therefore sees the table at one change
 * stamp, never a half-applied page, and waits at most for one page to be applied.
 */
public final class RollupEngine {
    /** Changes read from the store per call. */
    public static final int DEFAULT_PAGE_SIZE = 5000;
    /** The throughput window of the forecast, today included. */
    public static final int THROUGHPUT_DAYS = 28;
    private static final int MAX_CHAIN = 16;
    private static final int CACHED_DAYS = 4;

    private final IssueFactStore store;
    private final int pageSize;
    private final FactTable table = new FactTable();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object refreshing = new Object();
    private volatile long stamp;
    /** Sums per bucket by day (a few days, for readers in different time zones), valid for {@link #cachedVersion}. */
    private final Map<Integer, Tally[]> bucketCache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Tally[]> eldest) {
            return size() > CACHED_DAYS;
        }
    };
    private long cachedVersion = -1;

    public RollupEngine(IssueFactStore store) {
        this(store, DEFAULT_PAGE_SIZE);
    }

    public RollupEngine(IssueFactStore store, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size below 1: " + pageSize);
        }
        this.store = store;
        this.pageSize = pageSize;
    }

    /**
     * Applies every change the store committed since the last refresh (all live facts on the first call) and returns
     * how many upserts and deletes were applied. Cheap when nothing changed: one {@code changesSince} call.
     */
    public int refresh() {
        synchronized (refreshing) {
            int applied = 0;
            FactChanges changes;
            do {
                changes = store.changesSince(stamp, pageSize);
                lock.writeLock().lock();
                try {
                    for (IssueFact fact : changes.upserted()) {
                        table.upsert(fact);
                    }
                    for (long id : changes.deleted()) {
                        table.delete(id);
                    }
                    stamp = Math.max(stamp, changes.stamp());
                } finally {
                    lock.writeLock().unlock();
                }
                applied += changes.upserted().size() + changes.deleted().size();
            } while (changes.more());
            return applied;
        }
    }

    /** The store's change stamp this engine has caught up to. */
    public long stamp() {
        return stamp;
    }

    /** How many facts the engine holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return table.size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes held by the fact columns and the id index (allocated, so including growth headroom). */
    public long bytesUsed() {
        lock.readLock().lock();
        try {
            return table.bytesUsed();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The scope rolled up to its projects (no issue levels), as a portfolio page shows it. */
    public RollupNode rollup(RollupScope scope, Visibility visibility, Map<Long, RiskExposure> riskExposure,
                             LocalDate today) {
        return rollup(scope, visibility, riskExposure, today, 0);
    }

    /**
     * The scope rolled up, each project with {@code issueDepth} levels of issues below it: 0 stops at projects, 1
     * adds the top issues (levels above epic, epics, and one group of issues outside any epic), 2 the next level, and
     * so on. Projects the reader may not browse are left out and counted in {@link RollupNode#hiddenProjects()}.
     *
     * @param riskExposure live risks' EMV per project id; a project missing from the map has none
     * @param today        the reader's today: PV, overdue issues and the forecast are relative to it
     */
    public RollupNode rollup(RollupScope scope, Visibility visibility, Map<Long, RiskExposure> riskExposure,
                             LocalDate today, int issueDepth) {
        if (issueDepth < 0) {
            throw new IllegalArgumentException("issue depth below 0: " + issueDepth);
        }
        Set<Long> projectIds = new LinkedHashSet<>();
        collectProjects(scope, projectIds);
        Map<Long, ProjectResult> results = new HashMap<>();
        int todayDay = (int) today.toEpochDay();
        lock.readLock().lock();
        try {
            int[] slotOfProject = new int[table.projectCount];
            Arrays.fill(slotOfProject, -1);
            List<Long> visible = new ArrayList<>();
            for (long projectId : projectIds) {
                if (visibility.projectVisible(projectId)) {
                    int slot = visible.size();
                    visible.add(projectId);
                    int idx = table.knownProjectIndex(projectId);
                    if (idx >= 0) {
                        slotOfProject[idx] = slot;
                    }
                }
            }
            boolean[] bucketVisible = bucketVisibility(visibility, slotOfProject);
            Tally[] tallies = new Tally[visible.size()];
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] = new Tally();
            }
            Tally[] buckets = bucketTallies(todayDay);
            for (int b = 0; b < buckets.length; b++) {
                if (bucketVisible[b]) {
                    tallies[slotOfProject[table.bucketProject[b]]].add(buckets[b]);
                }
            }
            IntList[] rowsOf = issueDepth > 0 ? new IntList[visible.size()] : null;
            if (rowsOf != null) {
                for (int i = 0; i < rowsOf.length; i++) {
                    rowsOf[i] = new IntList();
                }
                rowsByProject(slotOfProject, bucketVisible, rowsOf);
            }
            for (int slot = 0; slot < visible.size(); slot++) {
                long projectId = visible.get(slot);
                List<IssueBuilder> top = rowsOf == null ? List.of()
                        : issueTree(rowsOf[slot], bucketVisible, -1, issueDepth, todayDay);
                results.put(projectId, new ProjectResult(tallies[slot], top));
            }
        } finally {
            lock.readLock().unlock();
        }
        Built built = build(scope, results, riskExposure, today);
        return built.node != null ? built.node : hiddenProject(scope, today);
    }

    /**
     * The additive sums of every project's issues per issue security level on {@code day}, as the engine holds them
     * (project id → level id → sums; level {@code 0} is the issues without a level): what a daily snapshot stores so
     * that each reader's trend can be summed from the levels they may see. Projects without facts are absent.
     */
    public Map<Long, Map<Long, FactSums>> sumsByLevel(LocalDate day) {
        Map<Long, Map<Long, FactSums>> sums = new HashMap<>();
        lock.readLock().lock();
        try {
            Tally[] buckets = bucketTallies((int) day.toEpochDay());
            for (int b = 0; b < buckets.length; b++) {
                long level = table.bucketLevel[b];
                long projectId = table.projectIds[table.bucketProject[b]];
                FactSums bucket = FactSums.of(buckets[b]);
                if (bucket.total() > 0) {
                    sums.computeIfAbsent(projectId, id -> new HashMap<>())
                            .merge(level == FactTable.NO_LEVEL ? 0L : level, bucket, FactSums::plus);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return sums;
    }

    /**
     * One issue (an epic, a parent, a level above epics) and its descendants down {@code depth} levels, with counts,
     * progress, effort, schedule and RAG from the overdue share; earned value is kept per project. Descendants in
     * other projects count when the reader may see them. Empty when the issue is unknown or hidden from the reader.
     */
    public Optional<RollupNode> rollupIssue(long issueId, RagThresholds thresholds, Visibility visibility,
                                            LocalDate today, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth below 0: " + depth);
        }
        int todayDay = (int) today.toEpochDay();
        lock.readLock().lock();
        try {
            int root = table.rowOf(issueId);
            if (root < 0) {
                return Optional.empty();
            }
            int[] projectVisible = new int[table.projectCount];
            for (int p = 0; p < table.projectCount; p++) {
                projectVisible[p] = visibility.projectVisible(table.projectIds[p]) ? 0 : -1;
            }
            boolean[] bucketVisible = bucketVisibility(visibility, projectVisible);
            if (!rowVisible(root, bucketVisible)) {
                return Optional.empty();
            }
            IntList candidates = descendants(root, bucketVisible);
            List<IssueBuilder> built = issueTree(candidates, bucketVisible, root, depth + 1, todayDay);
            return built.isEmpty() ? Optional.empty()
                    : Optional.of(built.get(0).toNode("", thresholds, todayDay));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The root and the visible rows below it, one generation per pass over the parent column: a few tight scans
     * instead of a hash lookup per row and ancestor. {@link #issueTree} then places them.
     */
    private IntList descendants(int root, boolean[] bucketVisible) {
        IntList found = new IntList();
        found.add(root);
        IdSet generation = new IdSet();
        generation.add(table.issueId[root]);
        long[] parents = table.parentId;
        byte[] levels = table.level;
        int rootLevel = levels[root];
        for (int depth = 1; depth < MAX_CHAIN && generation.size > 0; depth++) {
            IdSet next = new IdSet();
            for (int row = 0, n = table.size; row < n; row++) {
                long parent = parents[row];
                if (parent != 0 && levels[row] < rootLevel && row != root && generation.contains(parent)
                        && rowVisible(row, bucketVisible)) {
                    found.add(row);
                    next.add(table.issueId[row]);
                }
            }
            generation = next;
        }
        return found;
    }

    private boolean rowVisible(int row, boolean[] bucketVisible) {
        return bucketVisible[table.bucket[row]];
    }

    /**
     * Which buckets the reader sees: those of visible projects without a level, or at a level the reader sees. Asked
     * once per bucket and request, so a permission lookup never runs per issue.
     */
    private boolean[] bucketVisibility(Visibility visibility, int[] projectSlots) {
        boolean[] visible = new boolean[table.bucketCount];
        for (int b = 0; b < table.bucketCount; b++) {
            int p = table.bucketProject[b];
            long level = table.bucketLevel[b];
            visible[b] = projectSlots[p] >= 0
                    && (level == FactTable.NO_LEVEL || visibility.levelVisible(table.projectIds[p], level));
        }
        return visible;
    }

    /**
     * The sums per bucket for this day, from the cache while the table has not changed since, else from one scan of
     * every row. Only the day and the table decide them, not the reader, so every reader's rollup reuses them.
     */
    private Tally[] bucketTallies(int today) {
        long version = table.version;
        synchronized (bucketCache) {
            Tally[] cached = bucketCache.get(today);
            if (cached != null && cachedVersion == version) {
                return cached;
            }
        }
        Tally[] tallies = BucketScan.scan(table, today, today - (THROUGHPUT_DAYS - 1));
        synchronized (bucketCache) {
            if (cachedVersion != version) {
                bucketCache.clear();
                cachedVersion = version;
            }
            bucketCache.put(today, tallies);
        }
        return tallies;
    }

    /** The visible rows of each project slot, for the issue levels below projects. */
    private void rowsByProject(int[] slotOfProject, boolean[] bucketVisible, IntList[] rowsOf) {
        int[] project = table.project;
        int[] buckets = table.bucket;
        for (int row = 0, n = table.size; row < n; row++) {
            int slot = slotOfProject[project[row]];
            if (slot >= 0 && bucketVisible[buckets[row]]) {
                rowsOf[slot].add(row);
            }
        }
    }

    /**
     * Builds issue nodes from visible rows. Each row is added to every node on its path from the top, materialising
     * nodes only down to {@code depth}. With {@code root < 0} the tops are a project's issues without a parent in the
     * same project (issues at the standard or sub-task level go into one group); otherwise only the root's subtree.
     */
    private List<IssueBuilder> issueTree(IntList rows, boolean[] bucketVisible, int root, int depth, int today) {
        int windowStart = today - (THROUGHPUT_DAYS - 1);
        Map<Integer, IssueBuilder> nodes = new HashMap<>();
        Map<Integer, IssueBuilder> tops = new LinkedHashMap<>();
        IssueBuilder withoutEpic = null;
        int[] chain = new int[MAX_CHAIN];
        for (int i = 0; i < rows.size; i++) {
            int row = rows.items[i];
            int length = chainOf(row, chain, bucketVisible, root >= 0);
            int from;
            if (root >= 0) {
                from = -1;
                for (int k = 0; k < length; k++) {
                    if (chain[k] == root) {
                        from = k;
                        break;
                    }
                }
                if (from < 0) {
                    continue;
                }
            } else {
                from = length - 1;
            }
            // chain[from] is the top of this row's path; walk down to the row itself.
            IssueBuilder parent = null;
            int levels = 0;
            if (root < 0 && table.level[chain[from]] <= IssueFact.STANDARD) {
                if (withoutEpic == null) {
                    withoutEpic = new IssueBuilder(RollupNode.Level.WITHOUT_EPIC, 0);
                }
                parent = withoutEpic;
                parent.tally.add(table, row, today, windowStart);
                levels = 1;
            }
            for (int k = from; k >= 0 && levels < depth; k--, levels++) {
                int nodeRow = chain[k];
                IssueBuilder node = nodes.get(nodeRow);
                if (node == null) {
                    node = new IssueBuilder(levelOf(table.level[nodeRow]), table.issueId[nodeRow]);
                    nodes.put(nodeRow, node);
                    if (parent == null) {
                        tops.put(nodeRow, node);
                    } else {
                        parent.children.add(node);
                    }
                }
                node.tally.add(table, row, today, windowStart);
                parent = node;
            }
        }
        List<IssueBuilder> result = new ArrayList<>(tops.values());
        result.sort((a, b) -> Long.compare(a.issueId, b.issueId));
        if (withoutEpic != null) {
            result.add(withoutEpic);
        }
        return result;
    }

    /** The row, its parent, its parent's parent… ({@code chain[0]} is the row); stops at a cycle or a hidden parent. */
    private int chainOf(int row, int[] chain, boolean[] bucketVisible, boolean crossProjects) {
        int length = 0;
        int current = row;
        while (true) {
            chain[length++] = current;
            long parentId = table.parentId[current];
            if (parentId == 0 || length == MAX_CHAIN) {
                return length;
            }
            int parent = table.rowOf(parentId);
            if (parent < 0 || !rowVisible(parent, bucketVisible)
                    || (!crossProjects && table.project[parent] != table.project[row])
                    || table.level[parent] <= table.level[current]) {
                return length;
            }
            current = parent;
        }
    }

    private static RollupNode.Level levelOf(int hierarchyLevel) {
        if (hierarchyLevel > IssueFact.EPIC) {
            return RollupNode.Level.ABOVE_EPIC;
        }
        if (hierarchyLevel == IssueFact.EPIC) {
            return RollupNode.Level.EPIC;
        }
        return hierarchyLevel == IssueFact.STANDARD ? RollupNode.Level.ISSUE : RollupNode.Level.SUB_TASK;
    }

    private static void collectProjects(RollupScope scope, Set<Long> into) {
        if (scope.level() == RollupScope.Level.PROJECT) {
            into.add(scope.projectId());
        }
        for (RollupScope child : scope.children()) {
            collectProjects(child, into);
        }
    }

    private record ProjectResult(Tally tally, List<IssueBuilder> issues) {
    }

    /** A built node with what its parent sums: the distinct projects under it, so a project in two programs counts once. */
    private record Built(RollupNode node, Map<Long, Contribution> projects, Set<Long> hidden) {
    }

    private record Contribution(Tally tally, EvmInputs evm, RiskExposure risk) {
    }

    private Built build(RollupScope scope, Map<Long, ProjectResult> results, Map<Long, RiskExposure> risks,
                        LocalDate today) {
        int todayDay = (int) today.toEpochDay();
        if (scope.level() == RollupScope.Level.PROJECT) {
            ProjectResult result = results.get(scope.projectId());
            if (result == null) {
                return new Built(null, Map.of(), Set.of(scope.projectId()));
            }
            EvmInputs evm = EvmInputs.ofProject(scope.plan(), result.tally, today);
            RiskExposure risk = risks.getOrDefault(scope.projectId(), RiskExposure.NONE);
            List<RollupNode> children = result.issues.stream()
                    .map(b -> b.toNode(scope.key(), scope.thresholds(), todayDay)).toList();
            RollupNode node = node(scope.key(), scope.name(), RollupNode.Level.PROJECT, 0, result.tally, evm, true,
                    scope.thresholds(), Optional.of(risk), 0, children, todayDay);
            return new Built(node, Map.of(scope.projectId(), new Contribution(result.tally, evm, risk)), Set.of());
        }
        Map<Long, Contribution> projects = new LinkedHashMap<>();
        Set<Long> hidden = new LinkedHashSet<>();
        List<RollupNode> children = new ArrayList<>();
        for (RollupScope child : scope.children()) {
            Built built = build(child, results, risks, today);
            if (built.node != null) {
                children.add(built.node);
            }
            built.projects.forEach(projects::putIfAbsent);
            hidden.addAll(built.hidden);
        }
        Tally tally = new Tally();
        RiskExposure risk = RiskExposure.NONE;
        List<EvmInputs> evms = new ArrayList<>();
        for (Contribution c : projects.values()) {
            tally.add(c.tally);
            risk = risk.plus(c.risk);
            evms.add(c.evm);
        }
        EvmInputs evm = EvmInputs.sum(evms);
        RollupNode.Level level = scope.level() == RollupScope.Level.PORTFOLIO
                ? RollupNode.Level.PORTFOLIO : RollupNode.Level.PROGRAM;
        RollupNode node = node(scope.key(), scope.name(), level, 0, tally, evm, true, scope.thresholds(),
                Optional.of(risk), hidden.size(), children, todayDay);
        return new Built(node, projects, hidden);
    }

    /** A project asked for by itself that the reader may not browse: its scope only, no figures. */
    private static RollupNode hiddenProject(RollupScope scope, LocalDate today) {
        RollupNode.Rag rag = new RollupNode.Rag(RollupNode.RagStatus.GREY, List.of("project hidden from the reader"));
        RollupNode empty = node(scope.key(), scope.name(), RollupNode.Level.PROJECT, 0, new Tally(),
                EvmInputs.sum(List.of()), true, scope.thresholds(), Optional.empty(), 1, List.of(),
                (int) today.toEpochDay());
        return new RollupNode(empty.key(), empty.name(), empty.level(), 0, empty.counts(), empty.progress(),
                empty.effort(), empty.schedule(), empty.evm(), rag, Optional.empty(), 1, List.of());
    }

    private static RollupNode node(String key, String name, RollupNode.Level level, long issueId, Tally tally,
                                   EvmInputs evmInputs, boolean keepsEvm, RagThresholds thresholds,
                                   Optional<RiskExposure> risk, int hiddenProjects, List<RollupNode> children,
                                   int today) {
        RollupNode.Evm evm = keepsEvm ? evmInputs.toEvm() : EvmInputs.notKept();
        long total = tally.total();
        RollupNode.Counts counts = new RollupNode.Counts(tally.todo, tally.inProgress, tally.done, total);
        RollupNode.Progress progress = new RollupNode.Progress(
                share(BigDecimal.valueOf(tally.done), BigDecimal.valueOf(total)),
                share(BigDecimal.valueOf(tally.donePoints), BigDecimal.valueOf(tally.points)),
                share(BigDecimal.valueOf(tally.spentSeconds),
                        BigDecimal.valueOf(tally.spentSeconds + tally.remainingSeconds)));
        RollupNode.Effort effort = new RollupNode.Effort(points(tally.points), points(tally.donePoints),
                tally.originalSeconds, tally.remainingSeconds, tally.spentSeconds);
        RollupNode.Schedule schedule = new RollupNode.Schedule(
                date(tally.earliestStart == Integer.MAX_VALUE ? FactTable.NO_DAY : tally.earliestStart),
                date(tally.latestDue), tally.overdue, tally.recentlyResolved, forecast(tally, today));
        RollupNode.Rag rag = RagRules.judge(thresholds, evm.spi(), evm.cpi(), tally.overdue, total - tally.done,
                keepsEvm);
        return new RollupNode(key, name, level, issueId, counts, progress, effort, schedule, evm, rag, risk,
                hiddenProjects, children);
    }

    /** Today + open work ÷ (resolved in the window ÷ window days), rounded up to a whole day. */
    private static Optional<LocalDate> forecast(Tally tally, int today) {
        if (tally.openWork == 0) {
            return date(tally.latestResolved);
        }
        if (tally.recentlyResolved == 0) {
            return Optional.empty();
        }
        long days = (tally.openWork * THROUGHPUT_DAYS + tally.recentlyResolved - 1) / tally.recentlyResolved;
        return Optional.of(LocalDate.ofEpochDay(today + days));
    }

    private static Optional<LocalDate> date(int day) {
        return day == FactTable.NO_DAY || day == Integer.MIN_VALUE || day == Integer.MAX_VALUE
                ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty()
                : Optional.of(part.divide(whole, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP));
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** An issue node while its rows are added. */
    private static final class IssueBuilder {
        final RollupNode.Level level;
        final long issueId;
        final Tally tally = new Tally();
        final List<IssueBuilder> children = new ArrayList<>();

        IssueBuilder(RollupNode.Level level, long issueId) {
            this.level = level;
            this.issueId = issueId;
        }

        RollupNode toNode(String projectKey, RagThresholds thresholds, int today) {
            children.sort((a, b) -> Long.compare(a.issueId, b.issueId));
            List<RollupNode> nodes = children.stream().map(c -> c.toNode(projectKey, thresholds, today)).toList();
            String key = level == RollupNode.Level.WITHOUT_EPIC ? projectKey + "/without-epic" : Long.toString(issueId);
            return node(key, "", level, issueId, tally, null, false, thresholds, Optional.empty(), 0, nodes, today);
        }
    }

    /** A small set of issue ids (open addressing, 0 never an id), for the generations of {@link #descendants}. */
    private static final class IdSet {
        long[] slots = new long[16];
        int size;

        boolean contains(long id) {
            int mask = slots.length - 1;
            for (int i = (int) ((id * 0x9E3779B97F4A7C15L) >>> 40) & mask; ; i = (i + 1) & mask) {
                long slot = slots[i];
                if (slot == id) {
                    return true;
                }
                if (slot == 0) {
                    return false;
                }
            }
        }

        void add(long id) {
            if ((size + 1) * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long kept : old) {
                    if (kept != 0) {
                        add(kept);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = (int) ((id * 0x9E3779B97F4A7C15L) >>> 40) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == id) {
                    return;
                }
                if (slots[i] == 0) {
                    slots[i] = id;
                    size++;
                    return;
                }
            }
        }
    }

    /** A growable list of ints, so gathering a million rows boxes nothing. */
    private static final class IntList {
        int[] items = new int[64];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
