package com.pmosuite.compliance.standard.contract;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.standard.StandardChanges;
import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.compliance.standard.StandardStore.Batch;
import com.pmosuite.compliance.standard.StandardStore.SetContent;
import com.pmosuite.compliance.standard.StandardStore.SetWrite;
import com.pmosuite.compliance.standard.StandardStore.StandardRef;
import com.pmosuite.compliance.standard.StandardStore.StandardWrite;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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
 * What every {@link StandardStore} must do. A store proves it by a test class that extends this one and returns the
 * store under test from {@link #store()}: the same instance for the whole of one test, empty when the test starts.
 * Ids are never assumed to start at 1, and every instant is a whole millisecond.
 */
public abstract class StandardStoreContract {
    protected static final long NEVER_USED_ID = 999_999_999L;
    private static final String ALICE = "alice";
    private static final String BOB = "bob";
    private static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant UPDATED_AT = Instant.parse("2026-03-03T14:05:30.456Z");
    private static final SetScope SCOPE = new SetScope(Set.of(7L), Set.of(1L, 3L), Set.of(10000L, 10002L));

    /** The store under test; the same instance on every call within one test. */
    protected abstract StandardStore store();

    private Standard created(StandardDraft draft) {
        return store().createStandard(draft, ALICE, CREATED_AT);
    }

    @Test
    void everyKindOfCheckReadsBackExactlyAsCreated() {
        List<Standard> created = StandardFixtures.oneOfEveryKind().stream().map(this::created).toList();

        for (Standard standard : created) {
            assertThat(store().findStandard(standard.id())).contains(standard);
        }
        assertThat(created).extracting(Standard::draft).containsExactlyElementsOf(StandardFixtures.oneOfEveryKind());
        assertThat(store().allStandards()).containsExactlyElementsOf(created);
    }

    @Test
    void aNewStandardStartsAtVersionOneWithACreationEntry() {
        Standard created = created(StandardFixtures.noOverdueWork());

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedBy()).isEqualTo(ALICE);
        assertThat(created.updatedAt()).isEqualTo(CREATED_AT);
        assertThat(store().standardHistory(created.id()))
                .extracting(AuditEntry::entityType, AuditEntry::version, AuditEntry::field, AuditEntry::newValue)
                .containsExactly(tuple(StandardChanges.STANDARD, 1, AuditEntry.CREATED, "No overdue work"));
    }

    @Test
    void textKeepsEveryCharacterAndLongRationalesFit() {
        StandardDraft draft = new StandardDraft("Ünïcode ✓ standard", "R".repeat(Standard.MAX_RATIONALE),
                StandardSeverity.CRITICAL, Standard.MAX_WEIGHT, false, new Check.Jql("summary ~ \"ä\" ".repeat(100)));

        Standard created = created(draft);

        assertThat(store().findStandard(created.id()).orElseThrow().draft()).isEqualTo(draft);
    }

    @Test
    void anUpdateReplacesTheContentRaisesTheVersionAndRecordsEachChangedField() {
        Standard created = created(StandardFixtures.noOverdueWork());
        StandardDraft changed = new StandardDraft("No late work", created.rationale(), StandardSeverity.CRITICAL,
                created.weight(), created.enabled(), new Check.NoOverdue(14));

        Standard saved = store().updateStandard(created.id(), 1, changed, BOB, UPDATED_AT);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.draft()).isEqualTo(changed);
        assertThat(saved.updatedBy()).isEqualTo(BOB);
        assertThat(saved.updatedAt()).isEqualTo(UPDATED_AT);
        assertThat(store().findStandard(created.id())).contains(saved);
        assertThat(store().standardHistory(created.id()).subList(1, 4))
                .extracting(AuditEntry::version, AuditEntry::actorKey, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .containsExactly(
                        tuple(2, BOB, "name", "No overdue work", "No late work"),
                        tuple(2, BOB, "severity", "major", "critical"),
                        tuple(2, BOB, "check", "no-overdue: graceDays=7", "no-overdue: graceDays=14"));
    }

    @Test
    void anUpdateFromAnOlderVersionIsRefusedWithTheCurrentStandard() {
        Standard created = created(StandardFixtures.noOverdueWork());
        Standard first = store().updateStandard(created.id(), 1, StandardFixtures.projectHasALead(), BOB,
                UPDATED_AT);

        assertThatThrownBy(() -> store().updateStandard(created.id(), 1, StandardFixtures.noOverdueWork(), ALICE,
                UPDATED_AT)).isInstanceOfSatisfying(StaleVersion.class,
                stale -> assertThat(stale.current()).isEqualTo(first));
        assertThat(store().findStandard(created.id())).contains(first);
    }

    @Test
    void noTwoStandardsShareANameIgnoringCaseButOneMayChangeTheCaseOfItsOwn() {
        Standard first = created(StandardFixtures.noOverdueWork());
        Standard second = created(StandardFixtures.projectHasALead());

        assertThatThrownBy(() -> created(StandardFixtures.standard(" NO OVERDUE work ", new Check.NoOverdue(1))))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors())
                        .extracting(FieldError::field).containsExactly("name"));
        assertThatThrownBy(() -> store().updateStandard(second.id(), 1, StandardFixtures.standard("No Overdue Work",
                new Check.NoOverdue(1)), BOB, UPDATED_AT)).isInstanceOf(ValidationFailed.class);
        assertThat(store().allStandards()).containsExactly(first, second);

        Standard recased = store().updateStandard(first.id(), 1, StandardFixtures.standard("NO OVERDUE WORK",
                new Check.NoOverdue(7)), BOB, UPDATED_AT);
        assertThat(recased.name()).isEqualTo("NO OVERDUE WORK");
    }

    @Test
    void noTwoSetsShareANameIgnoringCase() {
        StandardSet first = store().createSet(new SetContent("Delivery", null, List.of(), SetScope.NONE), ALICE,
                CREATED_AT);
        StandardSet second = store().createSet(new SetContent("Quality", null, List.of(), SetScope.NONE), ALICE,
                CREATED_AT);

        assertThatThrownBy(() -> store().createSet(new SetContent("DELIVERY", null, List.of(), SetScope.NONE), ALICE,
                CREATED_AT)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> store().updateSet(second.id(), 1, new SetContent("delivery", null, List.of(),
                SetScope.NONE), ALICE, CREATED_AT)).isInstanceOf(ValidationFailed.class);
        assertThat(store().allSets()).containsExactly(first, second);
    }

    @Test
    void ofTwoConcurrentCreationsOfOneNameExactlyOneIsStored() throws Exception {
        int writers = 4;
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int stored = 0;
        int refused = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                StandardDraft draft = StandardFixtures.standard(w % 2 == 0 ? "Same name" : "SAME NAME",
                        new Check.NoOverdue(w));
                results.add(pool.submit(() -> {
                    gate.await();
                    try {
                        store().createStandard(draft, "w", CREATED_AT);
                        return true;
                    } catch (ValidationFailed taken) {
                        return false;
                    }
                }));
            }
            gate.countDown();
            for (Future<Boolean> result : results) {
                if (result.get(2, TimeUnit.MINUTES)) {
                    stored++;
                } else {
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored).isEqualTo(1);
        assertThat(refused).isEqualTo(writers - 1);
        assertThat(store().allStandards()).hasSize(1);
    }

    @Test
    void aDeletedStandardIsGoneAndItsHistoryEndsWithTheDeletion() {
        Standard created = created(StandardFixtures.noOverdueWork());

        store().deleteStandard(created.id(), OptionalInt.of(1), BOB, UPDATED_AT);

        assertThat(store().findStandard(created.id())).isEmpty();
        assertThat(store().standardHistory(created.id()))
                .extracting(AuditEntry::field, AuditEntry::version, AuditEntry::oldValue, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, 1, null, ALICE),
                        tuple(AuditEntry.DELETED, 2, "No overdue work", BOB));
    }

    @Test
    void aDeleteAtAnOlderVersionIsRefused() {
        Standard created = created(StandardFixtures.noOverdueWork());
        store().updateStandard(created.id(), 1, StandardFixtures.projectHasALead(), BOB, UPDATED_AT);

        assertThatThrownBy(() -> store().deleteStandard(created.id(), OptionalInt.of(1), ALICE, UPDATED_AT))
                .isInstanceOf(StaleVersion.class);
        assertThat(store().findStandard(created.id())).isPresent();
    }

    @Test
    void aStandardThatASetListsIsNotDeletedAndTheRefusalNamesTheSet() {
        Standard standard = created(StandardFixtures.noOverdueWork());
        store().createSet(new SetContent("Delivery basics", null, List.of(standard.id()), SetScope.NONE), ALICE,
                CREATED_AT);

        assertThatThrownBy(() -> store().deleteStandard(standard.id(), OptionalInt.empty(), BOB, UPDATED_AT))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("id", StandardStore.inUse(List.of("Delivery basics")))));
        assertThat(store().findStandard(standard.id())).isPresent();
        assertThat(store().standardHistory(standard.id())).hasSize(1);
    }

    @Test
    void missingStandardsAndSetsAreNotFound() {
        assertThatThrownBy(() -> store().updateStandard(NEVER_USED_ID, 1, StandardFixtures.noOverdueWork(), ALICE,
                UPDATED_AT)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> store().deleteStandard(NEVER_USED_ID, OptionalInt.empty(), ALICE, UPDATED_AT))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> store().updateSet(NEVER_USED_ID, 1, new SetContent("S", null, List.of(),
                SetScope.NONE), ALICE, UPDATED_AT)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> store().deleteSet(NEVER_USED_ID, OptionalInt.empty(), ALICE, UPDATED_AT))
                .isInstanceOf(NotFound.class);
        assertThat(store().findStandard(NEVER_USED_ID)).isEmpty();
        assertThat(store().findSet(NEVER_USED_ID)).isEmpty();
    }

    @Test
    void aSetKeepsItsStandardsInOrderAndItsScope() {
        Standard a = created(StandardFixtures.noOverdueWork());
        Standard b = created(StandardFixtures.projectHasALead());
        SetContent content = new SetContent("Delivery basics", "What every project keeps",
                List.of(b.id(), a.id()), SCOPE);

        StandardSet set = store().createSet(content, ALICE, CREATED_AT);

        assertThat(set.id()).isPositive();
        assertThat(set.version()).isEqualTo(1);
        assertThat(StandardChanges.content(set)).isEqualTo(content);
        assertThat(store().findSet(set.id())).contains(set);
        assertThat(store().allSets()).containsExactly(set);
        assertThat(store().setHistory(set.id())).extracting(AuditEntry::entityType, AuditEntry::field)
                .containsExactly(tuple(StandardChanges.SET, AuditEntry.CREATED));
    }

    @Test
    void aSetCannotListAStandardThatDoesNotExist() {
        Standard a = created(StandardFixtures.noOverdueWork());

        assertThatThrownBy(() -> store().createSet(new SetContent("S", null, List.of(a.id(), NEVER_USED_ID),
                SetScope.NONE), ALICE, CREATED_AT)).isInstanceOfSatisfying(ValidationFailed.class,
                failed -> assertThat(failed.errors()).extracting(FieldError::field).containsExactly("standardIds[1]"));
        assertThat(store().allSets()).isEmpty();
    }

    @Test
    void aSetUpdateRecordsMembershipAndScopeChanges() {
        Standard a = created(StandardFixtures.noOverdueWork());
        Standard b = created(StandardFixtures.projectHasALead());
        StandardSet set = store().createSet(new SetContent("S", null, List.of(a.id()), SetScope.NONE), ALICE,
                CREATED_AT);

        StandardSet saved = store().updateSet(set.id(), 1, new SetContent("S", "now described",
                List.of(a.id(), b.id()), SCOPE), BOB, UPDATED_AT);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(store().findSet(set.id())).contains(saved);
        assertThat(store().setHistory(set.id()).subList(1, 6)).extracting(AuditEntry::field, AuditEntry::newValue)
                .containsExactly(tuple("description", "now described"),
                        tuple("standardIds", a.id() + ", " + b.id()),
                        tuple("scope.portfolioIds", "7"),
                        tuple("scope.categoryIds", "1, 3"),
                        tuple("scope.projectIds", "10000, 10002"));
        assertThatThrownBy(() -> store().updateSet(set.id(), 1, StandardChanges.content(set), ALICE, UPDATED_AT))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(saved));
    }

    @Test
    void aDeletedSetIsGoneItsStandardsStayAndItsHistoryEndsWithTheDeletion() {
        Standard a = created(StandardFixtures.noOverdueWork());
        StandardSet set = store().createSet(new SetContent("S", null, List.of(a.id()), SCOPE), ALICE, CREATED_AT);

        store().deleteSet(set.id(), OptionalInt.of(1), BOB, UPDATED_AT);

        assertThat(store().findSet(set.id())).isEmpty();
        assertThat(store().findStandard(a.id())).isPresent();
        assertThat(store().setHistory(set.id())).extracting(AuditEntry::field, AuditEntry::version)
                .containsExactly(tuple(AuditEntry.CREATED, 1), tuple(AuditEntry.DELETED, 2));
        store().deleteStandard(a.id(), OptionalInt.of(1), BOB, UPDATED_AT);
        assertThat(store().allStandards()).isEmpty();
    }

    @Test
    void aBatchCreatesAndUpdatesStandardsAndSetsThatListNewStandards() {
        Standard kept = created(StandardFixtures.noOverdueWork());
        Standard changed = created(StandardFixtures.projectHasALead());
        StandardDraft newLead = new StandardDraft(changed.name(), "new reason", changed.severity(), 20, true,
                changed.check());

        StandardStore.BatchResult result = store().apply(new Batch(
                List.of(new StandardWrite(0, 0, StandardFixtures.epicsHaveDueDates()),
                        new StandardWrite(changed.id(), 1, newLead)),
                List.of(new SetWrite(0, 0, "Imported", null, List.of(StandardRef.inBatch(0),
                        StandardRef.stored(kept.id()), StandardRef.inBatch(1)), SCOPE))), BOB, UPDATED_AT);

        Standard epics = result.standards().get(0);
        assertThat(epics.id()).isPositive();
        assertThat(result.standards().get(1).version()).isEqualTo(2);
        assertThat(store().findStandard(changed.id()).orElseThrow().draft()).isEqualTo(newLead);
        StandardSet imported = result.sets().get(0);
        assertThat(imported.standardIds()).containsExactly(epics.id(), kept.id(), changed.id());
        assertThat(store().findSet(imported.id())).contains(imported);
        assertThat(store().standardHistory(epics.id())).extracting(AuditEntry::field, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, BOB));
        assertThat(store().standardHistory(changed.id())).extracting(AuditEntry::field)
                .containsExactly(AuditEntry.CREATED, "rationale", "weight");
        assertThat(store().setHistory(imported.id())).hasSize(1);
    }

    @Test
    void aBatchWithOneStaleItemWritesNothing() {
        Standard changed = created(StandardFixtures.projectHasALead());
        store().updateStandard(changed.id(), 1, StandardFixtures.noOverdueWork(), ALICE, CREATED_AT);
        List<AuditEntry> historyBefore = store().standardHistory(changed.id());

        assertThatThrownBy(() -> store().apply(new Batch(
                List.of(new StandardWrite(0, 0, StandardFixtures.epicsHaveDueDates()),
                        new StandardWrite(changed.id(), 1, StandardFixtures.projectHasALead())),
                List.of(new SetWrite(0, 0, "Imported", null, List.of(StandardRef.inBatch(0)), SCOPE))),
                BOB, UPDATED_AT)).isInstanceOf(StaleVersion.class);

        assertThat(store().allStandards()).extracting(Standard::id).containsExactly(changed.id());
        assertThat(store().findStandard(changed.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(store().allSets()).isEmpty();
        assertThat(store().standardHistory(changed.id())).isEqualTo(historyBefore);
    }

    @Test
    void ofTwoUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Standard created = created(StandardFixtures.noOverdueWork());
        int writers = 4;
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int won = 0;
        int stale = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                StandardDraft draft = StandardFixtures.standard("Writer " + w, new Check.NoOverdue(w));
                results.add(pool.submit(() -> {
                    gate.await();
                    try {
                        store().updateStandard(created.id(), 1, draft, "w", UPDATED_AT);
                        return true;
                    } catch (StaleVersion lost) {
                        return false;
                    }
                }));
            }
            gate.countDown();
            for (Future<Boolean> result : results) {
                if (result.get(2, TimeUnit.MINUTES)) {
                    won++;
                } else {
                    stale++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).isEqualTo(1);
        assertThat(stale).isEqualTo(writers - 1);
        Standard now = store().findStandard(created.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(store().standardHistory(created.id())).filteredOn(e -> e.version() == 2)
                .extracting(AuditEntry::field).contains("name");
    }
}
