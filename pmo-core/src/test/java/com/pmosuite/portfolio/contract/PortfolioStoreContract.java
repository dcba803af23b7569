package com.pmosuite.portfolio.contract;

import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioChanges;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.PortfolioStore;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.pmosuite.testkit.PortfolioFixtures.STRICT;
import static com.pmosuite.testkit.PortfolioFixtures.digitalTransformation;
import static com.pmosuite.testkit.PortfolioFixtures.named;
import static com.pmosuite.testkit.PortfolioFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link PortfolioStore} must do. A store proves it by a test class that extends this one and returns the
 * store under test from {@link #store()}: the same instance for the whole of one test, holding no portfolios when
 * the test starts. Ids are never assumed to start at 1, and every instant is a whole millisecond.
 */
public abstract class PortfolioStoreContract {
    /** Fits the int ids of Active Objects, and no test creates this many portfolios. */
    protected static final long NEVER_USED_ID = 999_999_999L;
    private static final String ALICE = "alice";
    private static final String BOB = "bob";
    private static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant UPDATED_AT = Instant.parse("2026-03-03T14:05:30.456Z");

    /** The store under test; the same instance on every call within one test. */
    protected abstract PortfolioStore store();

    @Test
    void aNewPortfolioStartsAtVersionOneWithIdsForItselfAndItsPrograms() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedBy()).isEqualTo(ALICE);
        assertThat(created.updatedAt()).isEqualTo(CREATED_AT);
        assertThat(created.fields().programs()).extracting(Program::id).allMatch(id -> id > 0);
        assertThat(created.fields().withPrograms(withoutIds(created.fields().programs())))
                .isEqualTo(digitalTransformation());
    }

    @Test
    void aStoredPortfolioReadsBackExactlyAsCreated() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);

        assertThat(store().find(created.id())).contains(created);
    }

    @Test
    void everyPlanFigureAndThresholdIsKeptAtEveryLevel() {
        PlanFigures full = new PlanFigures(new BigDecimal("9999999999999.99"), "JPY", LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31), new BigDecimal("0.01"), STRICT);
        PortfolioFields fields = new PortfolioFields("Full", "Line one\nline two ✓", "bob", "#ff5630", full,
                List.of(new Program(0, "P", "d", ALICE, full, List.of(new ProjectEntry(10000, full)))),
                List.of(new ProjectEntry(10001, full)), List.of(1L, 2L));

        Portfolio created = store().create(fields, ALICE, CREATED_AT);

        assertThat(store().find(created.id()).orElseThrow().fields()).isEqualTo(created.fields());
        assertThat(created.fields().withPrograms(withoutIds(created.fields().programs()))).isEqualTo(fields);
    }

    @Test
    void creationIsTheFirstHistoryEntry() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);

        assertThat(store().history(created.id()))
                .extracting(AuditEntry::entityType, AuditEntry::version, AuditEntry::actorKey, AuditEntry::at,
                        AuditEntry::field, AuditEntry::newValue)
                .containsExactly(tuple(Portfolio.ENTITY_TYPE, 1, ALICE, CREATED_AT, AuditEntry.CREATED,
                        "Digital Transformation"));
    }

    @Test
    void allListsEveryPortfolioById() {
        Portfolio first = store().create(named("First"), ALICE, CREATED_AT);
        Portfolio second = store().create(named("Second"), ALICE, CREATED_AT);

        assertThat(store().all()).containsExactly(first, second);
    }

    @Test
    void anUpdateReplacesTheContentAndRaisesTheVersion() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        PortfolioFields changed = renamedWithNewDefaults(created.fields());

        Portfolio saved = store().update(created.id(), 1, changed, BOB, UPDATED_AT);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.updatedBy()).isEqualTo(BOB);
        assertThat(saved.updatedAt()).isEqualTo(UPDATED_AT);
        assertThat(saved.fields()).isEqualTo(changed);
        assertThat(store().find(created.id())).contains(saved);
    }

    @Test
    void programsSentWithTheirIdKeepThemNewOnesGetIdsAndMissingOnesAreRemoved() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        Program platform = created.fields().programs().get(0);
        Program renamed = new Program(platform.id(), "Core platform", null, null, PlanFigures.NONE,
                List.of(new ProjectEntry(10001, PlanFigures.NONE)));
        Program added = new Program(0, "Customer", null, null, PlanFigures.NONE,
                List.of(new ProjectEntry(10000, PlanFigures.NONE)));

        Portfolio saved = store().update(created.id(), 1, created.fields().withPrograms(List.of(added, renamed)),
                BOB, UPDATED_AT);

        assertThat(saved.fields().programs()).extracting(Program::name).containsExactly("Customer", "Core platform");
        assertThat(saved.fields().programs().get(1).id()).isEqualTo(platform.id());
        assertThat(saved.fields().programs().get(0).id()).isPositive().isNotEqualTo(platform.id());
        assertThat(store().find(created.id()).orElseThrow().fields()).isEqualTo(saved.fields());

        Portfolio emptied = store().update(created.id(), 2, saved.fields().withPrograms(List.of()), BOB, UPDATED_AT);
        assertThat(store().find(created.id()).orElseThrow().fields().programs()).isEmpty();
        assertThat(emptied.version()).isEqualTo(3);
    }

    @Test
    void anUpdateRecordsEveryChangedFieldInTheHistory() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        PortfolioFields changed = renamedWithNewDefaults(created.fields());

        store().update(created.id(), 1, changed, BOB, UPDATED_AT);

        List<AuditEntry> expected = PortfolioChanges.between(created.id(), created.fields(), changed, 2, BOB,
                UPDATED_AT);
        assertThat(expected).extracting(AuditEntry::field).containsExactly("name", "defaults", "categoryIds");
        assertThat(store().history(created.id())).hasSize(4).endsWith(expected.toArray(AuditEntry[]::new));
    }

    @Test
    void anUpdateFromAnOlderVersionIsRefusedWithTheCurrentPortfolio() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        Portfolio first = store().update(created.id(), 1, renamedWithNewDefaults(created.fields()), BOB, UPDATED_AT);

        assertThatThrownBy(() -> store().update(created.id(), 1, named("Late"), ALICE, UPDATED_AT))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(first));
        assertThat(store().find(created.id())).contains(first);
        assertThat(store().history(created.id())).hasSize(4);
    }

    @Test
    void updatingOrDeletingAPortfolioThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> store().update(NEVER_USED_ID, 1, named("X"), ALICE, UPDATED_AT))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> store().delete(NEVER_USED_ID, OptionalInt.empty(), ALICE, UPDATED_AT))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aDeletedPortfolioIsGoneButItsHistoryStaysAndEndsWithTheDeletion() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);

        store().delete(created.id(), OptionalInt.of(1), BOB, UPDATED_AT);

        assertThat(store().find(created.id())).isEmpty();
        assertThat(store().all()).isEmpty();
        assertThat(store().membership().projectIds()).isEmpty();
        assertThat(store().history(created.id()))
                .extracting(AuditEntry::field, AuditEntry::version, AuditEntry::oldValue, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, 1, null, ALICE),
                        tuple(AuditEntry.DELETED, 2, "Digital Transformation", BOB));
    }

    @Test
    void aDeleteAtAnOlderVersionIsRefusedAndDeletesNothing() {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        store().update(created.id(), 1, renamedWithNewDefaults(created.fields()), BOB, UPDATED_AT);

        assertThatThrownBy(() -> store().delete(created.id(), OptionalInt.of(1), ALICE, UPDATED_AT))
                .isInstanceOf(StaleVersion.class);
        assertThat(store().find(created.id())).isPresent();
    }

    @Test
    void membershipCollectsChosenProjectsAndCategoriesOfEveryPortfolio() {
        store().create(digitalTransformation(), ALICE, CREATED_AT);
        store().create(new PortfolioFields("Other", null, null, "#000000", PlanFigures.NONE, List.of(),
                List.of(new ProjectEntry(10003, PlanFigures.NONE)), List.of(InMemoryProjectCatalog.CUSTOMER.id())),
                ALICE, CREATED_AT);

        PortfolioStore.Membership membership = store().membership();

        assertThat(membership.projectIds()).containsExactlyInAnyOrder(10000L, 10001L, 10002L, 10003L);
        assertThat(membership.categoryIds()).isEqualTo(Set.of(InMemoryProjectCatalog.DATA.id(),
                InMemoryProjectCatalog.CUSTOMER.id()));
    }

    @Test
    void changingOnePortfolioLeavesTheOthersProgramsAndProjectsAlone() {
        Portfolio one = store().create(digitalTransformation(), ALICE, CREATED_AT);
        Portfolio two = store().create(digitalTransformation(), ALICE, CREATED_AT);

        store().update(one.id(), 1, named("Emptied"), BOB, UPDATED_AT);

        assertThat(store().find(two.id())).contains(two);
        assertThat(store().find(one.id()).orElseThrow().fields()).isEqualTo(named("Emptied"));
    }

    @Test
    void ofTwoUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Portfolio created = store().create(digitalTransformation(), ALICE, CREATED_AT);
        int writers = 4;
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int won = 0;
        int stale = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "Writer " + w;
                results.add(pool.submit(() -> {
                    gate.await();
                    try {
                        store().update(created.id(), 1, named(name), "w", UPDATED_AT);
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
        Portfolio now = store().find(created.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(store().history(created.id())).filteredOn(e -> e.version() == 2)
                .extracting(AuditEntry::newValue).contains(now.name());
    }

    private static PortfolioFields renamedWithNewDefaults(PortfolioFields fields) {
        return new PortfolioFields("Digital Transformation 2027", fields.description(), fields.ownerKey(),
                fields.colour(), plan("1000.00", "EUR", "2026-01-01", "2027-06-30", "80.00"), fields.programs(),
                fields.projects(), List.of());
    }

    private static List<Program> withoutIds(List<Program> programs) {
        return programs.stream().map(p -> p.withId(0)).toList();
    }
}
