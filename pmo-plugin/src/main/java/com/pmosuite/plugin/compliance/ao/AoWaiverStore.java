package com.pmosuite.plugin.compliance.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.waiver.WaiverChanges;
import com.pmosuite.compliance.waiver.WaiverRequest;
import com.pmosuite.compliance.waiver.WaiverStore;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link WaiverStore} on Active Objects ({@link WaiverEntity}): each write and its audit lines in one transaction,
 * under the waiver's project in the audit history; two decisions on one version are told apart by the unique
 * revision key ({@link WaiverRevisionEntity}). No AO type leaves this class.
 */
public final class AoWaiverStore implements WaiverStore {
    static final String ID = "ID";
    static final String PROJECT_ID = "PROJECT_ID";
    static final String STATUS = "STATUS";
    static final String EXPIRES = "EXPIRES";
    private static final int MAX_CONFLICT_RETRIES = 10;

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    public AoWaiverStore(ActiveObjects ao) {
        this.ao = ao;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public Waiver create(WaiverRequest request, String projectKey, String actorKey, Instant at) {
        return ao.executeInTransaction(() -> {
            List<DBParam> params = new ArrayList<>(List.of(
                    new DBParam("STANDARD_ID", request.standardId()),
                    new DBParam(PROJECT_ID, request.projectId()),
                    new DBParam("JUSTIFICATION", request.justification()),
                    new DBParam(EXPIRES, request.expires().toString()),
                    new DBParam(STATUS, WaiverStatus.REQUESTED.name()),
                    new DBParam("REQUESTED_BY", actorKey),
                    new DBParam("REQUESTED_AT", at.toEpochMilli()),
                    new DBParam("VERSION", 1)));
            if (!request.issueKeys().isEmpty()) {
                params.add(new DBParam("ISSUE_KEYS", String.join(",", request.issueKeys())));
            }
            WaiverEntity row = ao.create(WaiverEntity.class, params.toArray(DBParam[]::new));
            claimRevision(row.getID(), 1);
            Waiver created = toWaiver(row);
            audit.append(new AoAuditTrail.StoredProject(request.projectId(), projectKey),
                    WaiverChanges.created(created));
            return created;
        });
    }

    @Override
    public Optional<Waiver> find(long id) {
        return load(id).map(AoWaiverStore::toWaiver);
    }

    @Override
    public Waiver decide(long id, int expectedVersion, WaiverStatus status, String note, String actorKey,
                         Instant at) {
        return retryingConflicts(id, expectedVersion, () -> ao.executeInTransaction(() -> {
            WaiverEntity row = load(id).orElseThrow(() -> new NotFound("Waiver " + id));
            Waiver before = toWaiver(row);
            if (before.version() != expectedVersion) {
                throw new StaleVersion("Waiver " + id, expectedVersion, before);
            }
            // Writing the row first takes its lock: a concurrent decision waits here until this one commits, then
            // fails on the revision key.
            row.setStatus(status.name());
            row.setDecidedBy(actorKey);
            row.setDecidedAt(at.toEpochMilli());
            row.setDecisionNote(note);
            row.setVersion(expectedVersion + 1);
            row.save();
            claimRevision(row.getID(), expectedVersion + 1);
            Waiver after = toWaiver(row);
            AoAuditTrail.StoredProject project = audit.projectOf(Waivers.ENTITY_TYPE, id)
                    .orElseGet(() -> new AoAuditTrail.StoredProject(before.projectId(), null));
            audit.append(project, WaiverChanges.decided(before.status(), after));
            return after;
        }));
    }

    @Override
    public List<Waiver> forProject(long projectId) {
        return read(Query.select().where(PROJECT_ID + " = ?", projectId).order(ID + " DESC"));
    }

    @Override
    public List<Waiver> withStatus(Set<WaiverStatus> statuses) {
        if (statuses.isEmpty()) {
            return read(Query.select().order(ID + " DESC"));
        }
        List<String> names = statuses.stream().map(Enum::name).sorted().toList();
        return read(Query.select().where(STATUS + " IN (" + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")", names.toArray()).order(ID + " DESC"));
    }

    @Override
    public List<Waiver> approvedNotExpiredOn(LocalDate day) {
        // ISO dates compare as text in the same order as dates.
        return read(Query.select().where(STATUS + " = ? AND " + EXPIRES + " >= ?", WaiverStatus.APPROVED.name(),
                day.toString()).order(ID + " ASC"));
    }

    @Override
    public List<AuditEntry> history(long id) {
        return audit.entries(Waivers.ENTITY_TYPE, id);
    }

    private List<Waiver> read(Query query) {
        return Arrays.stream(ao.find(WaiverEntity.class, query)).map(AoWaiverStore::toWaiver).toList();
    }

    private Optional<WaiverEntity> load(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        WaiverEntity[] rows = ao.find(WaiverEntity.class, Query.select().where(ID + " = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void claimRevision(int waiverId, int version) {
        ao.create(WaiverRevisionEntity.class,
                new DBParam("REVISION_KEY", waiverId + ":" + version),
                new DBParam("WAIVER_ID", waiverId),
                new DBParam("VERSION", version));
    }

    /** A versioned write, with conflicts turned into 409s or retried: see {@link AoErrors#retryingVersionConflicts}. */
    private <T> T retryingConflicts(long id, int expectedVersion, Supplier<T> write) {
        return AoErrors.retryingVersionConflicts("Waiver " + id, expectedVersion, MAX_CONFLICT_RETRIES, write,
                () -> find(id), Waiver::version);
    }

    private static Waiver toWaiver(WaiverEntity row) {
        String keys = row.getIssueKeys();
        Set<String> issueKeys = keys == null || keys.isEmpty() ? Set.of() : new HashSet<>(List.of(keys.split(",")));
        return new Waiver(row.getID(), row.getStandardId(), row.getProjectId(), issueKeys, row.getJustification(),
                LocalDate.parse(row.getExpires()), WaiverStatus.valueOf(row.getStatus()), row.getRequestedBy(),
                Instant.ofEpochMilli(row.getRequestedAt()), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : Instant.ofEpochMilli(row.getDecidedAt()), row.getDecisionNote(),
                row.getVersion());
    }
}
