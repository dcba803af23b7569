package com.pmosuite.plugin.facts.admin.rest;

import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The latest walk over the tracked issues and the facts table's size: {@code GET /admin/facts/progress} and the
 * answer of {@code POST /admin/facts/rebuild}. {@code kind} is {@code rebuild} or {@code reconcile}, {@code state}
 * {@code running}, {@code finished}, {@code failed} or {@code interrupted} (continued by the next run; a rebuild
 * just requested is {@code interrupted} until the job starts it); times are ISO-8601 instants or {@code null}.
 * Before the first walk every walk field is {@code null}.
 */
public record FactsProgressJson(String kind, String state, Long lastIssueId, Long seen, Long total, Long written,
                                Long deleted, String started, String finished, String message, long facts)
        implements JsonBody {

    static FactsProgressJson of(RebuildProgress p, long facts) {
        return new FactsProgressJson(p.kind().name().toLowerCase(Locale.ROOT),
                p.state().name().toLowerCase(Locale.ROOT), p.lastIssueId(), p.seen(), p.total(), p.upserted(),
                p.deleted(), millis(p.startedAt()), p.finishedAt() == null ? null : millis(p.finishedAt()),
                p.message(), facts);
    }

    // Stores keep milliseconds: the answer of a rebuild request says what a later progress read will say.
    private static String millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static FactsProgressJson none(long facts) {
        return new FactsProgressJson(null, null, null, null, null, null, null, null, null, null, facts);
    }
}
