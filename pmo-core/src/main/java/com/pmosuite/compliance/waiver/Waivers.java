package com.pmosuite.compliance.waiver;

import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The waiver use cases: request, approve, reject and withdraw (every change in the audit history, stale versions
 * refused), and which waivers are in force on a day. Who may do what (a project lead requests, a PMO admin decides)
 * is checked before these are called; here the actor is only recorded.
 *
 * <p>Transitions: REQUESTED → APPROVED or REJECTED (a decision); REQUESTED or APPROVED → WITHDRAWN. REJECTED and
 * WITHDRAWN are final. An approved waiver past its expiry stays APPROVED; {@link Waiver#activeOn} tells.
 */
public final class Waivers {
    /** The record type of waivers' lines in the audit history. */
    public static final String ENTITY_TYPE = "waiver";
    /** How far ahead a waiver may run: a year, and a day for a leap year. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** The longest decision note. */
    public static final int MAX_NOTE = 4000;
    /** Jira issue keys: a project key (a letter, then letters, digits or underscores) and a number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    private static final int MAX_ISSUE_KEY = 300;

    private final WaiverStore store;
    private final Function<Long, Optional<Standard>> standards;
    private final LongFunction<Optional<String>> projectKeys;
    private final Clock clock;

    /**
     * @param standards   a standard by id, empty when there is none (the standards service's lookup)
     * @param projectKeys a project's current key by id, empty when the project does not exist
     * @param clock       "today" for the expiry rules is this clock's date in its zone (the server's)
     */
    public Waivers(WaiverStore store, Function<Long, Optional<Standard>> standards,
                   LongFunction<Optional<String>> projectKeys, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.standards = Objects.requireNonNull(standards, "standards");
        this.projectKeys = Objects.requireNonNull(projectKeys, "projectKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Asks for a waiver. Field paths of the errors: {@code standardId}, {@code projectId}, {@code issueKeys},
     * {@code issueKeys[i]}, {@code justification}, {@code expires}.
     *
     * @param issueKeys the issues to waive, or empty for the whole standard in the project; case is ignored and
     *                  duplicates count once
     * @param expires   the last day the waiver is in force: after today, at most {@value #MAX_DAYS_AHEAD} days ahead
     * @throws ValidationFailed with every problem found
     */
    public Waiver request(long standardId, long projectId, Collection<String> issueKeys, String justification,
                          LocalDate expires, String actorKey) {
        List<FieldError> errors = new ArrayList<>();
        if (standards.apply(standardId).isEmpty()) {
            errors.add(new FieldError("standardId", "no such standard"));
        }
        Optional<String> projectKey = projectKeys.apply(projectId);
        if (projectKey.isEmpty()) {
            errors.add(new FieldError("projectId", "no such project"));
        }
        List<String> keys = issueKeys(issueKeys == null ? List.of() : issueKeys, errors);
        String text = justification == null ? "" : justification.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("justification", "is required"));
        } else if (text.length() > Waiver.MAX_JUSTIFICATION) {
            errors.add(new FieldError("justification", "must be at most " + Waiver.MAX_JUSTIFICATION
                    + " characters"));
        }
        LocalDate today = today();
        if (expires == null) {
            errors.add(new FieldError("expires", "is required"));
        } else if (!expires.isAfter(today)) {
            errors.add(new FieldError("expires", "must be after today (" + today + ")"));
        } else if (expires.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError("expires", "must be at most " + MAX_DAYS_AHEAD + " days ahead ("
                    + today.plusDays(MAX_DAYS_AHEAD) + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return store.create(new WaiverRequest(standardId, projectId, keys, text, expires), projectKey.orElseThrow(),
                actorKey, clock.instant());
    }

    /**
     * Approves a requested waiver.
     *
     * @throws StaleVersion     when it changed since {@code expectedVersion}
     * @throws ValidationFailed ({@code status}) when it is not requested any more; ({@code note}) when too long
     * @throws NotFound         when there is no such waiver
     */
    public Waiver approve(long id, int expectedVersion, String note, String actorKey) {
        return move(id, expectedVersion, EnumSet.of(WaiverStatus.REQUESTED), WaiverStatus.APPROVED, note, actorKey);
    }

    /** Rejects a requested waiver; the same rules as {@link #approve}. */
    public Waiver reject(long id, int expectedVersion, String note, String actorKey) {
        return move(id, expectedVersion, EnumSet.of(WaiverStatus.REQUESTED), WaiverStatus.REJECTED, note, actorKey);
    }

    /** Withdraws a requested or approved waiver; from the next scan on it suppresses nothing. */
    public Waiver withdraw(long id, int expectedVersion, String note, String actorKey) {
        return move(id, expectedVersion, EnumSet.of(WaiverStatus.REQUESTED, WaiverStatus.APPROVED),
                WaiverStatus.WITHDRAWN, note, actorKey);
    }

    public Optional<Waiver> find(long id) {
        return store.find(id);
    }

    public Waiver get(long id) {
        return find(id).orElseThrow(() -> new NotFound("Waiver " + id));
    }

    /** A project's waivers in every status, newest first. */
    public List<Waiver> forProject(long projectId) {
        return store.forProject(projectId);
    }

    /** Every waiver in one of these statuses, or every waiver when none is given; newest first. */
    public List<Waiver> all(Set<WaiverStatus> statuses) {
        return store.withStatus(statuses == null ? Set.of() : statuses);
    }

    /** The waivers of a project in force on {@code day}: approved, and {@code day} not after their expiry. */
    public List<Waiver> activeOn(long projectId, LocalDate day) {
        return store.approvedNotExpiredOn(day).stream()
                .filter(w -> w.projectId() == projectId && w.activeOn(day)).toList();
    }

    /** The waivers in force on {@code day} in any project, read at once (what a scan applies). */
    public List<Waiver> activeOn(LocalDate day) {
        return store.approvedNotExpiredOn(day).stream().filter(w -> w.activeOn(day)).toList();
    }

    /** A waiver's history, oldest first. */
    public List<AuditEntry> history(long id) {
        return store.history(id);
    }

    private Waiver move(long id, int expectedVersion, Set<WaiverStatus> from, WaiverStatus to, String note,
                        String actorKey) {
        Waiver current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Waiver " + id, expectedVersion, current);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!from.contains(current.status())) {
            errors.add(new FieldError("status", "a " + name(current.status()) + " waiver cannot be "
                    + name(to) + "; only a " + String.join(" or ", from.stream().map(Waivers::name).toList())
                    + " one can"));
        }
        if (text != null && text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return store.decide(id, expectedVersion, to, text, actorKey, clock.instant());
    }

    private static List<String> issueKeys(Collection<String> given, List<FieldError> errors) {
        if (given.size() > Waiver.MAX_ISSUE_KEYS) {
            errors.add(new FieldError("issueKeys", "at most " + Waiver.MAX_ISSUE_KEYS + " issues"));
            return List.of();
        }
        TreeSet<String> keys = new TreeSet<>();
        int i = 0;
        for (String key : given) {
            String upper = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
            if (upper.length() > MAX_ISSUE_KEY || !ISSUE_KEY.matcher(upper).matches()) {
                errors.add(new FieldError("issueKeys[" + i + "]", "is not an issue key (like ALPHA-12)"));
            } else {
                keys.add(upper);
            }
            i++;
        }
        return List.copyOf(keys);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static String name(WaiverStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
