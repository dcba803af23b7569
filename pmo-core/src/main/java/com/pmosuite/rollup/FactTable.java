package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue facts as primitive columns, one row per issue, with an id → row index of ints: no object per issue. Rows are
 * kept dense (a delete moves the last row into the hole), columns grow by doubling. Not thread-safe: the engine
 * guards it with a read-write lock.
 */
final class FactTable {
    /** A due or resolution date not set: below every day, so it never raises a latest date. */
    static final int NO_DAY = Integer.MIN_VALUE;
    /** A start date not set: above every day, so it never lowers an earliest date. */
    static final int NO_START = Integer.MAX_VALUE;
    static final byte TODO = 0;
    static final byte IN_PROGRESS = 1;
    static final byte DONE = 2;
    private static final int INITIAL_CAPACITY = 1024;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    int size;
    long[] issueId;
    /** Index into {@link #projectIds}. */
    int[] project;
    /** The parent's issue id (Epic Link, Parent Link or a sub-task's parent), 0 for none. */
    long[] parentId;
    byte[] level;
    byte[] status;
    int[] resolvedDay;
    int[] startDay;
    int[] dueDay;
    /** Story points of standard issues, 0 when unset or another level. Float holds every Fibonacci and half point exactly. */
    float[] points;
    int[] originalSeconds;
    int[] remainingSeconds;
    int[] spentSeconds;
    /**
     * Index into the buckets: one per project and issue security level, and one per project for issues without a
     * level. A reader sees a bucket whole or not at all, so sums per bucket serve every reader.
     */
    int[] bucket;
    /** Actual cost in cents; allocated only once a fact carries one, so unmapped instances pay nothing for it. */
    long[] costCents;
    /** Whether a row's actual cost is set (a set zero is a cost too); allocated with {@link #costCents}. */
    boolean[] hasCost;

    /** Open addressing, linear probing: row + 1, 0 for an empty slot; the key is read from {@link #issueId}. */
    private int[] slots;

    long[] projectIds = new long[16];
    int projectCount;
    private final Map<Long, Integer> projectIndex = new HashMap<>();

    /** The {@link #bucketLevel} of a project's issues without a security level. */
    static final long NO_LEVEL = Long.MIN_VALUE;
    int[] bucketProject = new int[16];
    long[] bucketLevel = new long[16];
    int bucketCount;
    private final Map<BucketKey, Integer> bucketIndex = new HashMap<>();
    /** Counts every change, so sums computed from the table know when they are stale. */
    long version;

    private record BucketKey(int project, long level) {
    }

    FactTable() {
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int capacity) {
        issueId = new long[capacity];
        project = new int[capacity];
        parentId = new long[capacity];
        level = new byte[capacity];
        status = new byte[capacity];
        resolvedDay = new int[capacity];
        startDay = new int[capacity];
        dueDay = new int[capacity];
        points = new float[capacity];
        originalSeconds = new int[capacity];
        remainingSeconds = new int[capacity];
        spentSeconds = new int[capacity];
        bucket = new int[capacity];
        slots = new int[slotCount(capacity)];
    }

    /** Slots for a load factor of at most 2/3: 6 bytes of index per row instead of the 8 a power of two needs. */
    private static int slotCount(int capacity) {
        return capacity + capacity / 2;
    }

    int capacity() {
        return issueId.length;
    }

    /** The row of an issue, or -1. */
    int rowOf(long id) {
        int[] s = slots;
        int i = home(id, s.length);
        while (true) {
            int entry = s[i];
            if (entry == 0) {
                return -1;
            }
            if (issueId[entry - 1] == id) {
                return entry - 1;
            }
            i = i + 1 == s.length ? 0 : i + 1;
        }
    }

    private static int home(long id, int slotCount) {
        long h = id * GOLDEN;
        return (int) (((h >>> 32) * slotCount) >>> 32);
    }

    void upsert(IssueFact fact) {
        version++;
        int row = rowOf(fact.issueId());
        if (row < 0) {
            if (size == capacity()) {
                grow();
            }
            row = size++;
            issueId[row] = fact.issueId();
            insertSlot(row);
        }
        write(row, fact);
    }

    void delete(long id) {
        int row = rowOf(id);
        if (row < 0) {
            return;
        }
        version++;
        removeSlot(id);
        int last = size - 1;
        if (row != last) {
            copyRow(last, row);
            int i = home(issueId[row], slots.length);
            while (slots[i] != last + 1) {
                i = i + 1 == slots.length ? 0 : i + 1;
            }
            slots[i] = row + 1;
        }
        size--;
    }

    private void write(int row, IssueFact fact) {
        int projectIdx = projectIndexOf(fact.projectId());
        project[row] = projectIdx;
        Long parent = fact.parentId() != null ? fact.parentId() : fact.epicId();
        parentId[row] = parent == null ? 0 : parent;
        // Levels above 127 do not exist in Jira (Advanced Roadmaps allows a handful above epics).
        level[row] = (byte) Math.min(fact.hierarchyLevel(), Byte.MAX_VALUE);
        status[row] = fact.statusCategory() == StatusCategory.DONE ? DONE
                : fact.statusCategory() == StatusCategory.IN_PROGRESS ? IN_PROGRESS : TODO;
        resolvedDay[row] = fact.resolved() == null ? NO_DAY
                : (int) LocalDate.ofInstant(fact.resolved(), ZoneOffset.UTC).toEpochDay();
        startDay[row] = fact.start() == null ? NO_START : (int) fact.start().toEpochDay();
        dueDay[row] = day(fact.due());
        // Only standard issues' points count (see Tally), so others are stored as 0 and the scan needs no level test.
        points[row] = fact.hierarchyLevel() != IssueFact.STANDARD || fact.storyPoints() == null
                || !Double.isFinite(fact.storyPoints()) ? 0f : fact.storyPoints().floatValue();
        originalSeconds[row] = seconds(fact.originalEstimateSeconds());
        remainingSeconds[row] = seconds(fact.remainingEstimateSeconds());
        spentSeconds[row] = seconds(fact.timeSpentSeconds());
        bucket[row] = bucketOf(projectIdx, fact.securityLevelId() == null ? NO_LEVEL : fact.securityLevelId());
        if (fact.actualCost() != null) {
            if (costCents == null) {
                costCents = new long[capacity()];
                hasCost = new boolean[capacity()];
            }
            costCents[row] = fact.actualCost().setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
            hasCost[row] = true;
        } else if (costCents != null) {
            costCents[row] = 0;
            hasCost[row] = false;
        }
    }

    private static int day(LocalDate date) {
        return date == null ? NO_DAY : (int) date.toEpochDay();
    }

    /** Seconds as an int: 68 years of logged time per issue is the cap, negative values (never from Jira) are 0. */
    private static int seconds(Long value) {
        if (value == null || value <= 0) {
            return 0;
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    int projectIndexOf(long projectId) {
        Integer known = projectIndex.get(projectId);
        if (known != null) {
            return known;
        }
        if (projectCount == projectIds.length) {
            projectIds = Arrays.copyOf(projectIds, projectCount * 2);
        }
        projectIds[projectCount] = projectId;
        projectIndex.put(projectId, projectCount);
        return projectCount++;
    }

    /** The index of a project already in the table, or -1. */
    int knownProjectIndex(long projectId) {
        Integer known = projectIndex.get(projectId);
        return known == null ? -1 : known;
    }

    private int bucketOf(int projectIdx, long levelId) {
        return bucketIndex.computeIfAbsent(new BucketKey(projectIdx, levelId), key -> {
            if (bucketCount == bucketLevel.length) {
                bucketLevel = Arrays.copyOf(bucketLevel, bucketCount * 2);
                bucketProject = Arrays.copyOf(bucketProject, bucketCount * 2);
            }
            bucketProject[bucketCount] = projectIdx;
            bucketLevel[bucketCount] = levelId;
            return bucketCount++;
        });
    }

    private void copyRow(int from, int to) {
        issueId[to] = issueId[from];
        project[to] = project[from];
        parentId[to] = parentId[from];
        level[to] = level[from];
        status[to] = status[from];
        resolvedDay[to] = resolvedDay[from];
        startDay[to] = startDay[from];
        dueDay[to] = dueDay[from];
        points[to] = points[from];
        originalSeconds[to] = originalSeconds[from];
        remainingSeconds[to] = remainingSeconds[from];
        spentSeconds[to] = spentSeconds[from];
        bucket[to] = bucket[from];
        if (costCents != null) {
            costCents[to] = costCents[from];
            hasCost[to] = hasCost[from];
        }
    }

    private void insertSlot(int row) {
        int i = home(issueId[row], slots.length);
        while (slots[i] != 0) {
            i = i + 1 == slots.length ? 0 : i + 1;
        }
        slots[i] = row + 1;
    }

    /** Linear-probing delete by shifting later entries back, so lookups never need tombstones. */
    private void removeSlot(long id) {
        int n = slots.length;
        int i = home(id, n);
        while (issueId[slots[i] - 1] != id) {
            i = i + 1 == n ? 0 : i + 1;
        }
        int hole = i;
        int j = hole;
        while (true) {
            j = j + 1 == n ? 0 : j + 1;
            int entry = slots[j];
            if (entry == 0) {
                break;
            }
            int h = home(issueId[entry - 1], n);
            // Move the entry into the hole unless its home lies cyclically in (hole, j].
            boolean homeBetween = hole <= j ? (h > hole && h <= j) : (h > hole || h <= j);
            if (!homeBetween) {
                slots[hole] = entry;
                hole = j;
            }
        }
        slots[hole] = 0;
    }

    private void grow() {
        int capacity = capacity() * 2;
        issueId = Arrays.copyOf(issueId, capacity);
        project = Arrays.copyOf(project, capacity);
        parentId = Arrays.copyOf(parentId, capacity);
        level = Arrays.copyOf(level, capacity);
        status = Arrays.copyOf(status, capacity);
        resolvedDay = Arrays.copyOf(resolvedDay, capacity);
        startDay = Arrays.copyOf(startDay, capacity);
        dueDay = Arrays.copyOf(dueDay, capacity);
        points = Arrays.copyOf(points, capacity);
        originalSeconds = Arrays.copyOf(originalSeconds, capacity);
        remainingSeconds = Arrays.copyOf(remainingSeconds, capacity);
        spentSeconds = Arrays.copyOf(spentSeconds, capacity);
        bucket = Arrays.copyOf(bucket, capacity);
        if (costCents != null) {
            costCents = Arrays.copyOf(costCents, capacity);
            hasCost = Arrays.copyOf(hasCost, capacity);
        }
        slots = new int[slotCount(capacity)];
        for (int row = 0; row < size; row++) {
            insertSlot(row);
        }
    }

    /** Bytes held by the columns and the index (allocated capacity, not only the rows in use); dictionaries aside. */
    long bytesUsed() {
        long perRow = 8L + 4 + 8 + 1 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4;
        long bytes = perRow * capacity() + 4L * slots.length;
        if (costCents != null) {
            bytes += 9L * capacity();
        }
        return bytes;
    }
}
