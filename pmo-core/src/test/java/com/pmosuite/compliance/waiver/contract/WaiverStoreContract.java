package com.pmosuite.compliance.waiver.contract;

import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.waiver.WaiverRequest;
import com.pmosuite.compliance.waiver.WaiverStore;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link WaiverStore} must do. A store proves it by a test class that extends this one and returns the
 * store under test from {@link #store()}: the same instance for the whole of one test, holding no waivers when the
 * test starts. Ids are never assumed to start at 1; every instant is a whole millisecond.
 */
public abstract class WaiverStoreContract {
    protected static final long NEVER_USED_ID = 999_999_999L;
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;
    private static final Instant ASKED = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant DECIDED = Instant.parse("2026-03-03T14:05:30.456Z");
    private static final LocalDate EXPIRES = LocalDate.of(2026, 4, 30);

    /** The store under test; the same instance on every call within one test. */
    protected abstract WaiverStore store();

    private Waiver asked(long standardId, long projectId, List<String> keys) {
        return store().create(new WaiverRequest(standardId, projectId, keys, "Charter signed next month", EXPIRES),
                projectId == ALPHA ? "ALPHA" : "BETA", "alice", ASKED);
    }

    @Test
    void aRequestIsStoredAtVersionOneAsRequestedAndReadsBackExactly() {
        Waiver created = asked(3, ALPHA, List.of("ALPHA-1", "ALPHA-22"));

        assertThat(created.id()).isPositive();
        assertThat(created).extracting(Waiver::standardId, Waiver::projectId, Waiver::issueKeys, Waiver::justification,
                        Waiver::expires, Waiver::status, Waiver::requestedBy, Waiver::requestedAt, Waiver::decidedBy,
                        Waiver::version)
                .containsExactly(3L, ALPHA, Set.of("ALPHA-1", "ALPHA-22"), "Charter signed next month", EXPIRES,
                        WaiverStatus.REQUESTED, "alice", ASKED, null, 1);
        assertThat(store().find(created.id())).contains(created);
    }

    @Test
    void aWaiverForTheWholeStandardHasNoIssueKeys() {
        Waiver created = asked(3, ALPHA, List.of());

        assertThat(store().find(created.id()).orElseThrow().issueKeys()).isEmpty();
    }

    @Test
    void aLongJustificationIsKeptWhole() {
        String text = "x✓".repeat(Waiver.MAX_JUSTIFICATION / 2);
        Waiver created = store().create(new WaiverRequest(1, ALPHA, List.of(), text, EXPIRES), "ALPHA", "alice", ASKED);

        assertThat(store().find(created.id()).orElseThrow().justification()).isEqualTo(text);
    }

    @Test
    void aDecisionMovesTheStatusAndRecordsWhoDecidedWhenAndWhy() {
        Waiver created = asked(3, ALPHA, List.of());

        Waiver approved = store().decide(created.id(), 1, WaiverStatus.APPROVED, "Fine until April", "pmo", DECIDED);

        assertThat(approved).extracting(Waiver::status, Waiver::decidedBy, Waiver::decidedAt, Waiver::decisionNote,
                        Waiver::version, Waiver::requestedBy, Waiver::requestedAt)
                .containsExactly(WaiverStatus.APPROVED, "pmo", DECIDED, "Fine until April", 2, "alice", ASKED);
        assertThat(store().find(created.id())).contains(approved);
    }

    @Test
    void aDecisionOnAnOlderVersionIsRefusedWithTheCurrentWaiver() {
        Waiver created = asked(3, ALPHA, List.of());
        Waiver approved = store().decide(created.id(), 1, WaiverStatus.APPROVED, null, "pmo", DECIDED);

        assertThatThrownBy(() -> store().decide(created.id(), 1, WaiverStatus.REJECTED, null, "admin", DECIDED))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(approved));
        assertThat(store().find(created.id())).contains(approved);
    }

    @Test
    void aDecisionOnAMissingWaiverIsNotFound() {
        assertThatThrownBy(() -> store().decide(NEVER_USED_ID, 1, WaiverStatus.APPROVED, null, "pmo", DECIDED))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void ofTwoDecisionsFromOneVersionExactlyOneWins() throws Exception {
        Waiver created = asked(3, ALPHA, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<WaiverStatus>> decisions = new ArrayList<>();
            for (WaiverStatus to : List.of(WaiverStatus.APPROVED, WaiverStatus.REJECTED)) {
                decisions.add(pool.submit(() -> {
                    go.await();
                    try {
                        return store().decide(created.id(), 1, to, null, "pmo", DECIDED).status();
                    } catch (StaleVersion lost) {
                        return null;
                    }
                }));
            }
            go.countDown();
            List<WaiverStatus> won = new ArrayList<>();
            for (Future<WaiverStatus> decision : decisions) {
                WaiverStatus status = decision.get(60, TimeUnit.SECONDS);
                if (status != null) {
                    won.add(status);
                }
            }
            assertThat(won).hasSize(1);
            Waiver now = store().find(created.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(won.get(0));
            assertThat(now.version()).isEqualTo(2);
            assertThat(store().history(created.id())).filteredOn(e -> e.field().equals("status")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProjectsWaiversComeNewestFirstAndOnlyItsOwn() {
        Waiver first = asked(1, ALPHA, List.of());
        asked(1, BETA, List.of());
        Waiver second = asked(2, ALPHA, List.of("ALPHA-3"));

        assertThat(store().forProject(ALPHA)).extracting(Waiver::id).containsExactly(second.id(), first.id());
        assertThat(store().forProject(NEVER_USED_ID)).isEmpty();
    }

    @Test
    void waiversAreListedByStatusOrAllOfThem() {
        Waiver requested = asked(1, ALPHA, List.of());
        Waiver approved = asked(2, ALPHA, List.of());
        store().decide(approved.id(), 1, WaiverStatus.APPROVED, null, "pmo", DECIDED);
        Waiver rejected = asked(3, BETA, List.of());
        store().decide(rejected.id(), 1, WaiverStatus.REJECTED, "No", "pmo", DECIDED);

        assertThat(store().withStatus(Set.of(WaiverStatus.REQUESTED))).extracting(Waiver::id)
                .containsExactly(requested.id());
        assertThat(store().withStatus(Set.of(WaiverStatus.APPROVED, WaiverStatus.REJECTED))).extracting(Waiver::id)
                .containsExactly(rejected.id(), approved.id());
        assertThat(store().withStatus(Set.of())).extracting(Waiver::id)
                .containsExactly(rejected.id(), approved.id(), requested.id());
    }

    @Test
    void approvedWaiversCountUpToAndIncludingTheirExpiryDay() {
        Waiver approved = asked(1, ALPHA, List.of());
        store().decide(approved.id(), 1, WaiverStatus.APPROVED, null, "pmo", DECIDED);
        asked(2, ALPHA, List.of());
        Waiver withdrawn = asked(3, BETA, List.of());
        store().decide(withdrawn.id(), 1, WaiverStatus.APPROVED, null, "pmo", DECIDED);
        store().decide(withdrawn.id(), 2, WaiverStatus.WITHDRAWN, null, "alice", DECIDED);

        assertThat(store().approvedNotExpiredOn(EXPIRES.minusDays(30))).extracting(Waiver::id)
                .containsExactly(approved.id());
        assertThat(store().approvedNotExpiredOn(EXPIRES)).extracting(Waiver::id).containsExactly(approved.id());
        assertThat(store().approvedNotExpiredOn(EXPIRES.plusDays(1))).isEmpty();
    }

    @Test
    void theHistoryHasTheRequestAndEveryDecisionOldestFirst() {
        Waiver created = asked(3, ALPHA, List.of("ALPHA-22", "ALPHA-1"));
        store().decide(created.id(), 1, WaiverStatus.APPROVED, "Until April", "pmo", DECIDED);
        store().decide(created.id(), 2, WaiverStatus.WITHDRAWN, null, "alice", DECIDED.plusSeconds(60));

        List<AuditEntry> history = store().history(created.id());

        assertThat(history).allSatisfy(e -> {
            assertThat(e.entityType()).isEqualTo(Waivers.ENTITY_TYPE);
            assertThat(e.entityId()).isEqualTo(created.id());
        });
        assertThat(history).extracting(AuditEntry::version, AuditEntry::actorKey, AuditEntry::at, AuditEntry::field,
                        AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        tuple(1, "alice", ASKED, AuditEntry.CREATED, null, "REQUESTED"),
                        tuple(1, "alice", ASKED, "standardId", null, "3"),
                        tuple(1, "alice", ASKED, "issueKeys", null, "ALPHA-1, ALPHA-22"),
                        tuple(1, "alice", ASKED, "justification", null, "Charter signed next month"),
                        tuple(1, "alice", ASKED, "expires", null, "2026-04-30"),
                        tuple(2, "pmo", DECIDED, "status", "REQUESTED", "APPROVED"),
                        tuple(2, "pmo", DECIDED, "decisionNote", null, "Until April"),
                        tuple(3, "alice", DECIDED.plusSeconds(60), "status", "APPROVED", "WITHDRAWN"));
        assertThat(store().history(NEVER_USED_ID)).isEmpty();
    }
}
