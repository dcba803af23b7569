package com.pmosuite.compliance.engine;

import com.pmosuite.facts.IssueFact;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * One issue standard's offenders in one project while its facts stream past: the first {@code cap} offending ids
 * (facts arrive in ascending id order, so these are the lowest), how many offend in all, and which offenders a
 * waiver covers. Accepting a fact allocates nothing unless it is listed.
 */
final class OffenderTally {
    private final Predicate<IssueFact> offends;
    private final long[] waivedIds;
    private final int cap;
    private long[] listed = new long[8];
    private int listedCount;
    private long total;
    private long[] waivedSeen = new long[0];
    private int waivedCount;

    /** @param waivedIds the issues approved waivers cover, sorted ascending */
    OffenderTally(Predicate<IssueFact> offends, long[] waivedIds, int cap) {
        this.offends = offends;
        this.waivedIds = waivedIds;
        this.cap = cap;
    }

    void accept(IssueFact fact) {
        if (!offends.test(fact)) {
            return;
        }
        long id = fact.issueId();
        if (waivedIds.length > 0 && Arrays.binarySearch(waivedIds, id) >= 0) {
            if (waivedCount == waivedSeen.length) {
                waivedSeen = Arrays.copyOf(waivedSeen, Math.max(8, waivedCount * 2));
            }
            waivedSeen[waivedCount++] = id;
            return;
        }
        total++;
        if (listedCount < cap) {
            if (listedCount == listed.length) {
                listed = Arrays.copyOf(listed, Math.min(cap, listedCount * 2));
            }
            listed[listedCount++] = id;
        }
    }

    /** The first offenders not waived, lowest id first. */
    long[] listed() {
        return Arrays.copyOf(listed, listedCount);
    }

    /** Offenders not waived, in all. */
    long total() {
        return total;
    }

    /** The offenders waivers covered. */
    long[] waived() {
        return Arrays.copyOf(waivedSeen, waivedCount);
    }
}
