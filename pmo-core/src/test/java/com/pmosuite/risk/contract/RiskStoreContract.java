package com.pmosuite.risk.contract;

import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskChanges;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskCell;
import com.pmosuite.risk.RiskCellCount;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskGroupTotal;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskQuery;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.RiskUpdate;
import com.pmosuite.risk.ScoreRange;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static com.pmosuite.testkit.RiskDraftFixture.copyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link RiskStore} must do. A store proves it by a test class that extends this one and returns the
 * store under test from {@link #store()}: the same instance for the whole of one test, holding no risks when the
 * test starts (a database-backed subclass empties its tables in its own {@code @BeforeEach}).
 * Ids are never assumed to start at 1 or to follow creation order, and every instant is a whole millisecond
 * because databases keep no more.
 */
public abstract class RiskStoreContract {
    protected static final String PROJECT = "APOLLO";
    protected static final String OTHER_PROJECT = "GEMINI";
    /** Fits the int ids of Active Objects, and no test creates this many risks. */
    protected static final long NEVER_USED_ID = 999_999_999L;

    private static final String ALICE = InMemoryPeople.ALICE.key();
    private static final String BOB = InMemoryPeople.BOB.key();
    private static final String CAROL = InMemoryPeople.CAROL.key();
    private static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant UPDATED_AT = Instant.parse("2026-03-03T14:05:30.456Z");
    private static final Instant LATER = Instant.parse("2026-03-04T08:00:00.789Z");

    /** The store under test; the same instance on every call within one test. */
    protected abstract RiskStore store();

    // ----------------------------------------------------------------------------------------------- create

    @Test
    void aNewRiskStartsAtVersionOneStampedWithItsAuthorAndTime() {
        Risk risk = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        assertThat(risk.version()).isEqualTo(1);
        assertThat(risk.projectKey()).isEqualTo(PROJECT);
        assertThat(risk.createdBy()).isEqualTo(ALICE);
        assertThat(risk.createdAt()).isEqualTo(CREATED_AT);
        assertThat(risk.updatedBy()).isEqualTo(ALICE);
        assertThat(risk.updatedAt()).isEqualTo(CREATED_AT);
    }

    @Test
    void aNewRiskHistoryStartsWithACreatedEntry() {
        Risk risk = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        assertThat(store().history(risk.id())).singleElement().satisfies(entry -> {
            assertThat(entry.riskId()).isEqualTo(risk.id());
            assertThat(entry.field()).isEqualTo(RiskHistoryEntry.CREATED);
            assertThat(entry.version()).isEqualTo(1);
            assertThat(entry.actorKey()).isEqualTo(ALICE);
            assertThat(entry.at()).isEqualTo(CREATED_AT);
        });
    }

    @Test
    void everyNewRiskGetsAnIdOfItsOwn() {
        Risk first = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        Risk second = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        Risk elsewhere = store().create(OTHER_PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        assertThat(List.of(first.id(), second.id(), elsewhere.id())).doesNotHaveDuplicates();
    }

    @Test
    void createAllStoresEveryRowAtVersionOneInTheGivenOrder() {
        List<RiskFields> rows = List.of(aThreat().withTitle("First").fields(),
                anOpportunity().withTitle("Second").fields(), aThreat().withTitle("Third").fields());

        List<Risk> created = store().createAll(PROJECT, rows, BOB, CREATED_AT);

        assertThat(created).extracting(Risk::fields).containsExactlyElementsOf(rows);
        assertThat(created).allSatisfy(risk -> {
            assertThat(risk.version()).isEqualTo(1);
            assertThat(risk.createdBy()).isEqualTo(BOB);
            assertThat(store().find(risk.id())).contains(risk);
            assertThat(store().history(risk.id())).extracting(RiskHistoryEntry::field)
                    .containsExactly(RiskHistoryEntry.CREATED);
        });
        assertThat(store().findByProject(PROJECT, Set.of())).hasSize(3);
    }

    @Test
    void writeAllCreatesAndUpdatesInOneGoWithTheirHistory() {
        Risk existing = store().create(PROJECT, aThreat().withTitle("Budget cut").fields(), ALICE, CREATED_AT);
        RiskFields changed = aThreat().withTitle("Budget cut by 20%").fields();

        List<Risk> written = store().writeAll(PROJECT, List.of(aThreat().withTitle("New from a sheet").fields()),
                List.of(new RiskUpdate(existing.id(), 1, changed, RiskChanges.between(existing.fields(), changed))),
                BOB, LATER);

        assertThat(written).extracting(r -> r.fields().title()).containsExactly("New from a sheet",
                "Budget cut by 20%");
        assertThat(store().find(existing.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(store().history(existing.id())).extracting(RiskHistoryEntry::field)
                .containsExactly(RiskHistoryEntry.CREATED, "title");
        assertThat(store().findByProject(PROJECT, Set.of())).hasSize(2);
    }

    @Test
    void writeAllWritesNothingWhenOneUpdateIsStale() {
        Risk existing = store().create(PROJECT, aThreat().withTitle("Budget cut").fields(), ALICE, CREATED_AT);
        RiskFields changed = aThreat().withTitle("Budget halved").fields();

        assertThatThrownBy(() -> store().writeAll(PROJECT, List.of(aThreat().withTitle("Not kept").fields()),
                List.of(new RiskUpdate(existing.id(), 7, changed, RiskChanges.between(existing.fields(), changed))),
                BOB, LATER)).isInstanceOf(StaleVersion.class);

        assertThat(store().findByProject(PROJECT, Set.of())).extracting(r -> r.fields().title())
                .containsExactly("Budget cut");
    }

    @Test
    void createAllStoresNothingWhenOneRowCannotBeStored() {
        List<RiskFields> rows = Arrays.asList(aThreat().withTitle("Fine").fields(), null);

        assertThatThrownBy(() -> store().createAll(PROJECT, rows, BOB, CREATED_AT))
                .isInstanceOf(RuntimeException.class);

        assertThat(store().findByProject(PROJECT, Set.of())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- find

    @Test
    void findReturnsEveryFieldOfAFullyDescribedRiskExactlyAsStored() {
        RiskFields fields = aThreat().fullyDescribed().fields();

        Risk created = store().create(PROJECT, fields, ALICE, CREATED_AT);

        Risk found = store().find(created.id()).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.fields()).isEqualTo(fields);
    }

    @Test
    void findReturnsAnOpportunityWithItsOwnKindOfResponse() {
        RiskFields fields = anOpportunity().fullyDescribed().withStrategy(ResponseStrategy.SHARE)
                .withStatus(RiskStatus.OCCURRED).fields();

        Risk created = store().create(PROJECT, fields, ALICE, CREATED_AT);

        assertThat(store().find(created.id()).orElseThrow().fields()).isEqualTo(fields);
    }

    @Test
    void findKeepsOptionalFieldsEmpty() {
        RiskFields fields = aThreat().withoutOwner().fields();

        Risk found = store().find(store().create(PROJECT, fields, ALICE, CREATED_AT).id()).orElseThrow();

        assertThat(found.fields()).isEqualTo(fields);
        assertThat(found.fields()).extracting(RiskFields::description, RiskFields::category, RiskFields::cause,
                        RiskFields::effect, RiskFields::ownerKey, RiskFields::strategy, RiskFields::responsePlan,
                        RiskFields::contingencyPlan, RiskFields::trigger, RiskFields::proximityDate,
                        RiskFields::lastReviewDate, RiskFields::nextReviewDate, RiskFields::residualProbability,
                        RiskFields::residualImpact, RiskFields::costImpact)
                .containsOnlyNulls();
        assertThat(found.fields().linkedIssueKeys()).isEmpty();
    }

    @Test
    void findKeepsLinkedIssueKeysInTheirOrderAndUpperCase() {
        RiskFields fields = aThreat().withLinkedIssueKeys("zed-9", "ABC-10", "abc-2").fields();

        Risk found = store().find(store().create(PROJECT, fields, ALICE, CREATED_AT).id()).orElseThrow();

        assertThat(found.fields().linkedIssueKeys()).containsExactly("ZED-9", "ABC-10", "ABC-2");
    }

    @Test
    void findKeepsCostsToTheCentFromOneCentToTheLargestAllowed() {
        Risk oneCent = store().create(PROJECT, aThreat().withCostImpact("0.01").fields(), ALICE, CREATED_AT);
        Risk whole = store().create(PROJECT, aThreat().withCostImpact("7").fields(), ALICE, CREATED_AT);
        Risk largest = store().create(PROJECT,
                aThreat().withCostImpact(RiskDraft.COST_MAX.toPlainString()).fields(), ALICE, CREATED_AT);

        // isEqualTo on BigDecimal compares the scale too: 7.00 is not 7.
        assertThat(costOf(oneCent)).isEqualTo(new BigDecimal("0.01"));
        assertThat(costOf(whole)).isEqualTo(new BigDecimal("7.00"));
        assertThat(costOf(largest)).isEqualTo(new BigDecimal("9999999999999.99"));
    }

    @Test
    void findKeepsUnicodeAndLongTextToTheLastCharacter() {
        String title = textOfLength("Überschwemmung im Rechenzentrum – 洪水 – Ærøskøbing ",
                RiskDraft.TITLE_MAX);
        String longText = textOfLength("Zeile ü/行 ½ «quoted» \"double\" 'single' \\ % _\n\t",
                RiskDraft.LONG_TEXT_MAX);
        String justOverShort = textOfLength("Ursache ", RiskDraft.SHORT_TEXT_MAX + 1);
        RiskFields fields = aThreat().withTitle(title).withDescription(longText).withCause(justOverShort)
                .withEffect("Team morale 📉 and 😀 emoji outside the basic plane")
                .withCategory(textOfLength("Lieferkette ", RiskDraft.SHORT_TEXT_MAX)).fields();

        Risk found = store().find(store().create(PROJECT, fields, ALICE, CREATED_AT).id()).orElseThrow();

        assertThat(found.fields().title()).isEqualTo(title).hasSize(255);
        assertThat(found.fields().description()).isEqualTo(longText).hasSize(10_000);
        assertThat(found.fields().cause()).isEqualTo(justOverShort).hasSize(256);
        assertThat(found.fields()).isEqualTo(fields);
    }

    @Test
    void findReturnsNothingForAnIdNeverUsed() {
        assertThat(store().find(NEVER_USED_ID)).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- update

    @Test
    void updateAtTheCurrentVersionReplacesTheFieldsAndBumpsTheVersion() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).fullyDescribed().withProbability(5).fields();

        Risk updated = store().update(created.id(), 1, changed, changesFrom(created, changed), BOB, UPDATED_AT);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.fields()).isEqualTo(changed);
        assertThat(store().find(created.id())).contains(updated);
    }

    @Test
    void updateStampsTheEditorAndKeepsTheCreationStamps() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withImpact(1).fields();

        Risk updated = store().update(created.id(), 1, changed, changesFrom(created, changed), BOB, UPDATED_AT);

        assertThat(updated.updatedBy()).isEqualTo(BOB);
        assertThat(updated.updatedAt()).isEqualTo(UPDATED_AT);
        assertThat(updated.createdBy()).isEqualTo(ALICE);
        assertThat(updated.createdAt()).isEqualTo(CREATED_AT);
        assertThat(updated.projectKey()).isEqualTo(PROJECT);
        assertThat(updated.id()).isEqualTo(created.id());
    }

    @Test
    void updateRecordsEachChangeAsAHistoryEntryOfTheNewVersion() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(5).withStatus(RiskStatus.MONITORING).fields();
        List<FieldChange> changes = changesFrom(created, changed);

        store().update(created.id(), 1, changed, changes, BOB, UPDATED_AT);

        List<RiskHistoryEntry> history = store().history(created.id());
        assertThat(history).hasSize(3);
        assertThat(history.subList(1, 3)).containsExactly(
                new RiskHistoryEntry(created.id(), 2, BOB, UPDATED_AT, "probability", "3", "5"),
                new RiskHistoryEntry(created.id(), 2, BOB, UPDATED_AT, "status", "open", "monitoring"));
    }

    @Test
    void historyListsLaterVersionsAfterEarlierOnes() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields second = copyOf(created.fields()).withTitle("Second title").fields();
        Risk v2 = store().update(created.id(), 1, second, changesFrom(created, second), BOB, UPDATED_AT);
        RiskFields third = copyOf(second).withTitle("Third title").withoutOwner().fields();
        store().update(created.id(), 2, third, changesFrom(v2, third), CAROL, LATER);

        List<RiskHistoryEntry> history = store().history(created.id());
        assertThat(history.get(0).field()).isEqualTo(RiskHistoryEntry.CREATED);
        assertThat(history.subList(1, history.size()))
                .extracting(RiskHistoryEntry::version, RiskHistoryEntry::actorKey, RiskHistoryEntry::field,
                        RiskHistoryEntry::oldValue, RiskHistoryEntry::newValue)
                .containsExactly(
                        tuple(2, BOB, "title", created.fields().title(), "Second title"),
                        tuple(3, CAROL, "title", "Second title", "Third title"),
                        tuple(3, CAROL, "ownerKey", ALICE, null));
    }

    @Test
    void updateReplacesTheLinkedIssues() {
        Risk created = store().create(PROJECT, aThreat().withLinkedIssueKeys("OPS-1", "OPS-2").fields(), ALICE,
                CREATED_AT);
        RiskFields relinked = copyOf(created.fields()).withLinkedIssueKeys("OPS-3", "OPS-2").fields();

        store().update(created.id(), 1, relinked, changesFrom(created, relinked), BOB, UPDATED_AT);

        assertThat(store().find(created.id()).orElseThrow().fields().linkedIssueKeys())
                .containsExactly("OPS-3", "OPS-2");
        assertThat(store().findLinkedTo("OPS-1")).isEmpty();
        assertThat(store().findLinkedTo("OPS-3")).extracting(Risk::id).containsExactly(created.id());
    }

    @Test
    void updateFromAStaleVersionThrowsStaleVersionCarryingTheStoredRisk() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields bobs = copyOf(created.fields()).withProbability(1).fields();
        Risk current = store().update(created.id(), 1, bobs, changesFrom(created, bobs), BOB, UPDATED_AT);
        RiskFields carols = copyOf(created.fields()).withProbability(5).fields();

        assertThatThrownBy(() -> store().update(created.id(), 1, carols, changesFrom(created, carols), CAROL, LATER))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current()).isEqualTo(current));
    }

    @Test
    void updateFromAStaleVersionWritesNothing() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields bobs = copyOf(created.fields()).withProbability(1).fields();
        Risk current = store().update(created.id(), 1, bobs, changesFrom(created, bobs), BOB, UPDATED_AT);
        List<RiskHistoryEntry> historyBefore = store().history(created.id());
        RiskFields carols = copyOf(created.fields()).withProbability(5).withTitle("Carol's title").fields();

        assertThatThrownBy(() -> store().update(created.id(), 1, carols, changesFrom(created, carols), CAROL, LATER))
                .isInstanceOf(StaleVersion.class);

        assertThat(store().find(created.id())).contains(current);
        assertThat(store().history(created.id())).isEqualTo(historyBefore);
    }

    @Test
    void updateFromAVersionNotYetReachedIsStaleToo() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(1).fields();

        assertThatThrownBy(() -> store().update(created.id(), 2, changed, changesFrom(created, changed), BOB,
                UPDATED_AT)).isInstanceOfSatisfying(StaleVersion.class,
                e -> assertThat(e.current()).isEqualTo(created));
    }

    @Test
    void updateOfAnUnknownRiskThrowsNotFound() {
        RiskFields fields = aThreat().fields();

        assertThatThrownBy(() -> store().update(NEVER_USED_ID, 1, fields, List.of(), BOB, UPDATED_AT))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void updateOfADeletedRiskThrowsNotFound() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        store().delete(created.id(), OptionalInt.empty(), BOB, UPDATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(1).fields();

        assertThatThrownBy(() -> store().update(created.id(), 1, changed, changesFrom(created, changed), CAROL,
                LATER)).isInstanceOf(NotFound.class);
    }

    // ----------------------------------------------------------------------------------------------- delete

    @Test
    void deleteRemovesTheRisk() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        store().delete(created.id(), OptionalInt.empty(), BOB, UPDATED_AT);

        assertThat(store().find(created.id())).isEmpty();
        assertThat(store().findByProject(PROJECT, Set.of())).isEmpty();
        assertThat(store().search(query().build()).total()).isZero();
    }

    @Test
    void deleteRemovesTheRisksLinksButNotThoseOfOtherRisks() {
        Risk deleted = store().create(PROJECT, aThreat().withLinkedIssueKeys("OPS-42").fields(), ALICE, CREATED_AT);
        Risk kept = store().create(PROJECT, aThreat().withLinkedIssueKeys("OPS-42").fields(), ALICE, CREATED_AT);

        store().delete(deleted.id(), OptionalInt.empty(), BOB, UPDATED_AT);

        assertThat(store().findLinkedTo("OPS-42")).containsExactly(kept);
    }

    // ----------------------------------------------------------------------------------------------- find by title

    @Test
    void findByTitleMatchesAnyPartOfTheTitleIgnoringCaseInThatProjectOnly() {
        Risk vendor = store().create(PROJECT, aThreat().withTitle("Key VENDOR may slip").fields(), ALICE, CREATED_AT);
        Risk supplier = store().create(PROJECT, aThreat().withTitle("Vendor lock-in").fields(), ALICE, CREATED_AT);
        store().create(PROJECT, aThreat().withTitle("Budget cut").fields(), ALICE, CREATED_AT);
        store().create(OTHER_PROJECT, aThreat().withTitle("Vendor elsewhere").fields(), ALICE, CREATED_AT);

        Page<Risk> found = store().findByTitle(PROJECT, "vendor", PageRequest.first(10));

        assertThat(found.items()).extracting(Risk::id).containsExactly(vendor.id(), supplier.id());
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.items().get(0)).isEqualTo(store().find(vendor.id()).orElseThrow());
    }

    @Test
    void findByTitleTakesWildcardsAsPlainText() {
        Risk percent = store().create(PROJECT, aThreat().withTitle("Only 100% of budget").fields(), ALICE, CREATED_AT);
        store().create(PROJECT, aThreat().withTitle("100 days late").fields(), ALICE, CREATED_AT);
        Risk underscore = store().create(PROJECT, aThreat().withTitle("api_key leaks").fields(), ALICE, CREATED_AT);
        store().create(PROJECT, aThreat().withTitle("apixkey leaks").fields(), ALICE, CREATED_AT);
        Risk bang = store().create(PROJECT, aThreat().withTitle("Go-live!").fields(), ALICE, CREATED_AT);

        assertThat(store().findByTitle(PROJECT, "100%", PageRequest.first(10)).items()).containsExactly(percent);
        assertThat(store().findByTitle(PROJECT, "i_k", PageRequest.first(10)).items()).containsExactly(underscore);
        assertThat(store().findByTitle(PROJECT, "live!", PageRequest.first(10)).items()).containsExactly(bang);
    }

    @Test
    void findByTitlePagesInTitleOrderThenIdAndCountsEveryMatch() {
        Risk second = store().create(PROJECT, aThreat().withTitle("Risk b").fields(), ALICE, CREATED_AT);
        Risk first = store().create(PROJECT, aThreat().withTitle("risk A").fields(), ALICE, CREATED_AT);
        Risk third = store().create(PROJECT, aThreat().withTitle("Risk b").fields(), ALICE, CREATED_AT);

        Page<Risk> page = store().findByTitle(PROJECT, "RISK", new PageRequest(1, 2));

        assertThat(page.items()).extracting(Risk::id).containsExactly(second.id(), third.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(store().findByTitle(PROJECT, "risk", PageRequest.first(1)).items()).extracting(Risk::id)
                .containsExactly(first.id());
        assertThat(store().findByTitle(PROJECT, "risk", PageRequest.first(1)).total()).isEqualTo(3);
        assertThat(store().findByTitle(PROJECT, "risk", PageRequest.first(3)).total()).isEqualTo(3);
        assertThat(store().findByTitle(PROJECT, "risk", PageRequest.first(4)).total()).isEqualTo(3);
        assertThat(store().findByTitle(PROJECT, "risk", new PageRequest(5, 2)).items()).isEmpty();
    }

    @Test
    void deleteKeepsTheHistoryAndEndsItWithADeletedEntry() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(1).fields();
        store().update(created.id(), 1, changed, changesFrom(created, changed), BOB, UPDATED_AT);
        List<RiskHistoryEntry> before = store().history(created.id());

        store().delete(created.id(), OptionalInt.empty(), CAROL, LATER);

        List<RiskHistoryEntry> after = store().history(created.id());
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.get(before.size())).satisfies(entry -> {
            assertThat(entry.riskId()).isEqualTo(created.id());
            assertThat(entry.field()).isEqualTo(RiskHistoryEntry.DELETED);
            assertThat(entry.actorKey()).isEqualTo(CAROL);
            assertThat(entry.at()).isEqualTo(LATER);
        });
    }

    @Test
    void theDeletedEntryCarriesTheVersionTheDeleteProduced() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        store().delete(created.id(), OptionalInt.of(1), BOB, UPDATED_AT);

        assertThat(store().history(created.id())).extracting(RiskHistoryEntry::field, RiskHistoryEntry::version)
                .containsExactly(tuple(RiskHistoryEntry.CREATED, 1), tuple(RiskHistoryEntry.DELETED, 2));
    }

    @Test
    void theProjectOfADeletedRiskIsStillKnown() {
        Risk created = store().create(OTHER_PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        store().delete(created.id(), OptionalInt.empty(), BOB, UPDATED_AT);

        assertThat(store().projectOf(created.id())).contains(OTHER_PROJECT);
    }

    @Test
    void theProjectOfAnIdNeverUsedIsUnknown() {
        assertThat(store().projectOf(NEVER_USED_ID)).isEmpty();
    }

    @Test
    void theHistoryOfAnIdNeverUsedIsEmpty() {
        assertThat(store().history(NEVER_USED_ID)).isEmpty();
    }

    @Test
    void anIdBeyondTheIntRangeNeverAnswersForAnotherRisk() {
        Risk risk = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        // 2^32 + id: a store that narrows ids to int would wrap around onto the risk just created.
        long wrapped = (1L << 32) + risk.id();

        assertThat(store().find(wrapped)).isEmpty();
        assertThat(store().history(wrapped)).isEmpty();
        assertThat(store().projectOf(wrapped)).isEmpty();
    }

    @Test
    void deleteAtTheExpectedVersionDeletes() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        store().delete(created.id(), OptionalInt.of(1), BOB, UPDATED_AT);

        assertThat(store().find(created.id())).isEmpty();
    }

    @Test
    void deleteAtAStaleVersionThrowsStaleVersionCarryingTheStoredRisk() {
        Risk created = store().create(PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(1).fields();
        Risk current = store().update(created.id(), 1, changed, changesFrom(created, changed), BOB, UPDATED_AT);

        assertThatThrownBy(() -> store().delete(created.id(), OptionalInt.of(1), CAROL, LATER))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current()).isEqualTo(current));
    }

    @Test
    void deleteAtAStaleVersionKeepsTheRiskItsLinksAndHistory() {
        Risk created = store().create(PROJECT, aThreat().withLinkedIssueKeys("OPS-42").fields(), ALICE, CREATED_AT);
        RiskFields changed = copyOf(created.fields()).withProbability(1).fields();
        Risk current = store().update(created.id(), 1, changed, changesFrom(created, changed), BOB, UPDATED_AT);
        List<RiskHistoryEntry> historyBefore = store().history(created.id());

        assertThatThrownBy(() -> store().delete(created.id(), OptionalInt.of(1), CAROL, LATER))
                .isInstanceOf(StaleVersion.class);

        assertThat(store().find(created.id())).contains(current);
        assertThat(store().findLinkedTo("OPS-42")).containsExactly(current);
        assertThat(store().history(created.id())).isEqualTo(historyBefore);
    }

    @Test
    void deleteOfAnUnknownRiskThrowsNotFound() {
        assertThatThrownBy(() -> store().delete(NEVER_USED_ID, OptionalInt.empty(), BOB, UPDATED_AT))
                .isInstanceOf(NotFound.class);
    }

    // ----------------------------------------------------------------------------------------------- search

    @Test
    void searchWithoutFiltersFindsEveryRiskOfTheProject() {
        List<Risk> all = List.of(stored(aThreat().withStatus(RiskStatus.CLOSED)), stored(anOpportunity()),
                stored(aThreat().withoutOwner()));

        Page<Risk> page = store().search(query().build());

        assertThat(page.items()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void searchNeverReturnsRisksOfAnotherProject() {
        Risk ours = stored(aThreat());
        store().create(OTHER_PROJECT, aThreat().fields(), ALICE, CREATED_AT);

        Page<Risk> page = store().search(query().build());

        assertThat(page.items()).containsExactly(ours);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void searchFindsRisksInAnyOfTheGivenStatuses() {
        Risk open = stored(aThreat().withStatus(RiskStatus.OPEN));
        stored(aThreat().withStatus(RiskStatus.MONITORING));
        Risk closed = stored(aThreat().withStatus(RiskStatus.CLOSED));
        stored(aThreat().withStatus(RiskStatus.RESPONDING).withStrategy(ResponseStrategy.AVOID));

        Page<Risk> page = store().search(query().statuses(RiskStatus.OPEN, RiskStatus.CLOSED).build());

        assertThat(page.items()).containsExactlyInAnyOrder(open, closed);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void searchFindsRisksWhoseInherentScoreIsInAnyOfTheGivenRanges() {
        Risk low = stored(aThreat().withProbability(1).withImpact(2));
        stored(aThreat().withProbability(2).withImpact(3));
        stored(aThreat().withProbability(3).withImpact(4).withResidual(1, 1));
        Risk critical = stored(aThreat().withProbability(5).withImpact(5).withResidual(1, 1));

        Page<Risk> page = store().search(query().scoreRanges(new ScoreRange(1, 4), new ScoreRange(20, 25)).build());

        assertThat(page.items()).containsExactlyInAnyOrder(low, critical);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void scoreRangesIncludeBothEnds() {
        stored(aThreat().withProbability(1).withImpact(5));
        Risk six = stored(aThreat().withProbability(2).withImpact(3));
        Risk twelve = stored(aThreat().withProbability(4).withImpact(3));
        stored(aThreat().withProbability(5).withImpact(3));

        Page<Risk> page = store().search(query().scoreRanges(new ScoreRange(6, 12)).build());

        assertThat(page.items()).containsExactlyInAnyOrder(six, twelve);
    }

    @Test
    void searchFindsRisksOfTheGivenOwner() {
        stored(aThreat().withOwner(ALICE));
        Risk bobs = stored(aThreat().withOwner(BOB));
        stored(aThreat().withoutOwner());

        Page<Risk> page = store().search(query().owner(BOB).build());

        assertThat(page.items()).containsExactly(bobs);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void searchFindsTheProjectsRisksThatLinkTheGivenIssue() {
        Risk first = stored(aThreat().withTitle("b").withLinkedIssueKeys("OPS-7", "OPS-42"));
        stored(aThreat().withTitle("a").withLinkedIssueKeys("OPS-420", "XOPS-42"));
        stored(aThreat().withTitle("c"));
        Risk second = stored(aThreat().withTitle("a").withLinkedIssueKeys("OPS-42"));
        store().create(OTHER_PROJECT, aThreat().withLinkedIssueKeys("OPS-42").fields(), BOB, CREATED_AT);

        Page<Risk> page = store().search(query().issue("OPS-42").sort(RiskSort.TITLE, false).build());

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.total()).isEqualTo(2);
        assertThat(store().search(query().issue("OPS-43").build()).total()).isZero();
    }

    @Test
    void anIssueFilterIsPagedInTheStoreAndCombinesWithTheOthers() {
        List<Risk> linked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            RiskDraftFixture draft = aThreat().withLinkedIssueKeys("OPS-1").withOwner(i % 2 == 0 ? BOB : ALICE)
                    .withProbability(1 + i % 5);
            Risk risk = stored(draft);
            if (i % 2 == 0) {
                linked.add(risk);
            }
            stored(aThreat().withOwner(BOB).withProbability(1 + i % 5));
        }
        List<Risk> expected = linked.stream().sorted(RiskOrdering.of(RiskSort.SCORE, true)).toList();

        Page<Risk> first = store().search(query().issue("OPS-1").owner(BOB).sort(RiskSort.SCORE, true)
                .page(new PageRequest(0, 3)).build());
        Page<Risk> second = store().search(query().issue("OPS-1").owner(BOB).sort(RiskSort.SCORE, true)
                .page(new PageRequest(3, 3)).build());

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 4));
    }

    @Test
    void searchFindsOnlyRisksThatPassEveryFilter() {
        Risk match = stored(aThreat().withOwner(BOB).withStatus(RiskStatus.MONITORING).withProbability(4)
                .withImpact(4));
        stored(aThreat().withOwner(ALICE).withStatus(RiskStatus.MONITORING).withProbability(4).withImpact(4));
        stored(aThreat().withOwner(BOB).withStatus(RiskStatus.CLOSED).withProbability(4).withImpact(4));
        stored(aThreat().withOwner(BOB).withStatus(RiskStatus.MONITORING).withProbability(1).withImpact(4));
        store().create(OTHER_PROJECT, aThreat().withOwner(BOB).withStatus(RiskStatus.MONITORING).withProbability(4)
                .withImpact(4).fields(), ALICE, CREATED_AT);

        Page<Risk> page = store().search(query().statuses(RiskStatus.MONITORING, RiskStatus.OPEN)
                .scoreRanges(new ScoreRange(10, 16)).owner(BOB).build());

        assertThat(page.items()).containsExactly(match);
        assertThat(page.total()).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0}")
    @EnumSource(RiskSort.class)
    void sortsAscendingWithTiesBrokenByIdAscending(RiskSort sort) {
        Risk middle = storeRanked(sort, 1);
        Risk lowest = storeRanked(sort, 0);
        Risk highest = storeRanked(sort, 2);
        Risk alsoMiddle = storeRanked(sort, 1);

        List<Long> ids = idsOf(store().search(query().sort(sort, false).build()));

        assertThat(ids).containsExactly(lowest.id(), lowerId(middle, alsoMiddle), higherId(middle, alsoMiddle),
                highest.id());
    }

    @ParameterizedTest(name = "by {0}")
    @EnumSource(RiskSort.class)
    void sortsDescendingWithTiesStillBrokenByIdAscending(RiskSort sort) {
        Risk middle = storeRanked(sort, 1);
        Risk lowest = storeRanked(sort, 0);
        Risk highest = storeRanked(sort, 2);
        Risk alsoMiddle = storeRanked(sort, 1);

        List<Long> ids = idsOf(store().search(query().sort(sort, true).build()));

        assertThat(ids).containsExactly(highest.id(), lowerId(middle, alsoMiddle), higherId(middle, alsoMiddle),
                lowest.id());
    }

    @ParameterizedTest(name = "by {0}")
    @EnumSource(value = RiskSort.class, names = {"OWNER", "NEXT_REVIEW", "PROXIMITY"})
    void risksWithoutAValueComeLastWhenSortingAscending(RiskSort sort) {
        Risk none = storeRanked(sort, null);
        Risk low = storeRanked(sort, 0);
        Risk high = storeRanked(sort, 1);
        Risk alsoNone = storeRanked(sort, null);

        List<Long> ids = idsOf(store().search(query().sort(sort, false).build()));

        assertThat(ids).containsExactly(low.id(), high.id(), lowerId(none, alsoNone), higherId(none, alsoNone));
    }

    @ParameterizedTest(name = "by {0}")
    @EnumSource(value = RiskSort.class, names = {"OWNER", "NEXT_REVIEW", "PROXIMITY"})
    void risksWithoutAValueComeLastWhenSortingDescending(RiskSort sort) {
        Risk none = storeRanked(sort, null);
        Risk low = storeRanked(sort, 0);
        Risk high = storeRanked(sort, 1);
        Risk alsoNone = storeRanked(sort, null);

        List<Long> ids = idsOf(store().search(query().sort(sort, true).build()));

        assertThat(ids).containsExactly(high.id(), low.id(), lowerId(none, alsoNone), higherId(none, alsoNone));
    }

    @Test
    void aPageHoldsTheRequestedSliceAndTheTotal() {
        List<Risk> byScore = IntStream.rangeClosed(1, 5)
                .mapToObj(level -> stored(aThreat().withProbability(level).withImpact(level))).toList();

        Page<Risk> page = store().search(query().sort(RiskSort.SCORE, false).page(new PageRequest(1, 2)).build());

        assertThat(page.items()).containsExactly(byScore.get(1), byScore.get(2));
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsTheMatches() {
        IntStream.rangeClosed(1, 3).forEach(i -> stored(aThreat()));

        Page<Risk> page = store().search(query().page(new PageRequest(10, 5)).build());

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void pagingThroughTiedRisksVisitsEachExactlyOnce() {
        List<Long> all = IntStream.range(0, 7).mapToObj(i -> stored(aThreat()).id()).sorted().toList();

        List<Long> visited = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            visited.addAll(idsOf(store().search(query().sort(RiskSort.SCORE, true)
                    .page(new PageRequest(offset, 3)).build())));
        }

        assertThat(visited).isEqualTo(all);
    }

    /**
     * Stores may sort and page in SQL; whatever they do, every page must be the slice of the register sorted by
     * {@link RiskOrdering}: for every key, in both directions, with equal keys (ties broken by id), keys that differ
     * only in case, missing values, and pages that straddle the boundary between valued and missing.
     */
    @Test
    void pagesAgreeWithRiskOrderingForEverySortKeyInBothDirections() {
        String[] titles = {"delta", "Alpha", "alpha", "Charlie", "bravo", "ALPHA", "Bravo", "echo", "charlie"};
        String[] owners = {BOB, null, ALICE, BOB, null, CAROL, ALICE, null, BOB};
        RiskStatus[] statuses = {RiskStatus.CLOSED, RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.OPEN,
                RiskStatus.RESPONDING, RiskStatus.CLOSED, RiskStatus.OPEN, RiskStatus.OCCURRED, RiskStatus.MONITORING};
        int[][] levels = {{2, 3}, {1, 5}, {3, 2}, {5, 5}, {2, 3}, {4, 1}, {1, 1}, {3, 3}, {2, 2}};
        int[][] residuals = {null, {1, 1}, null, {2, 3}, {1, 2}, null, null, {1, 1}, {3, 2}};
        String[] reviews = {null, "2026-05-01", "2026-04-01", null, "2026-05-01", "2026-06-01", null, "2026-04-01",
                null};
        String[] proximities = {"2027-02-15", null, "2027-02-15", "2027-01-15", null, null, "2027-03-15",
                "2027-01-15", null};
        int[] createdMinutes = {2, 0, 1, 2, 0, 3, 1, 2, 0};
        for (int i = 0; i < titles.length; i++) {
            RiskDraftFixture draft = aThreat().withTitle(titles[i]).withOwner(owners[i]).withStatus(statuses[i])
                    .withStrategy(ResponseStrategy.MITIGATE).withProbability(levels[i][0]).withImpact(levels[i][1])
                    .withNextReviewDate(reviews[i] == null ? null : LocalDate.parse(reviews[i]))
                    .withProximityDate(proximities[i] == null ? null : LocalDate.parse(proximities[i]));
            if (residuals[i] != null) {
                draft.withResidual(residuals[i][0], residuals[i][1]);
            }
            Risk risk = store().create(PROJECT, draft.fields(), ALICE, CREATED_AT.plus(Duration.ofMinutes(
                    createdMinutes[i])));
            if (i % 3 != 2) {
                RiskFields changed = copyOf(risk.fields()).withDescription("Reviewed").fields();
                store().update(risk.id(), risk.version(), changed, changesFrom(risk, changed), BOB,
                        UPDATED_AT.plus(Duration.ofMinutes(i % 2)));
            }
        }
        store().create(OTHER_PROJECT, aThreat().withTitle("aardvark").fields(), ALICE, CREATED_AT);
        List<Risk> register = store().findByProject(PROJECT, Set.of());

        for (RiskSort sort : RiskSort.values()) {
            for (boolean descending : new boolean[]{false, true}) {
                List<Long> expected = register.stream().sorted(RiskOrdering.of(sort, descending)).map(Risk::id)
                        .toList();
                for (int size : new int[]{2, 4, PageRequest.MAX_LIMIT}) {
                    List<Long> paged = new ArrayList<>();
                    for (int offset = 0; offset < register.size(); offset += size) {
                        Page<Risk> page = store().search(query().sort(sort, descending)
                                .page(new PageRequest(offset, size)).build());
                        assertThat(page.total()).isEqualTo(register.size());
                        paged.addAll(idsOf(page));
                    }
                    assertThat(paged).as("%s %s in pages of %d", sort, descending ? "descending" : "ascending", size)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aCellFilterFindsTheLiveRisksInThatInherentCell() {
        Risk inCell = stored(aThreat().withProbability(3).withImpact(4).withResidual(1, 1));
        Risk alsoInCell = stored(aThreat().withProbability(3).withImpact(4).withStatus(RiskStatus.MONITORING));
        stored(aThreat().withProbability(4).withImpact(3));
        stored(aThreat().withProbability(3).withImpact(4).withStatus(RiskStatus.CLOSED));
        store().create(OTHER_PROJECT, aThreat().withProbability(3).withImpact(4).fields(), ALICE, CREATED_AT);

        Page<Risk> page = store().search(query().cell(new RiskCell(false, 3, 4)).build());

        assertThat(page.items()).containsExactlyInAnyOrder(inCell, alsoInCell);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void aResidualCellFilterFindsAssessedRisksThereAndUnassessedRisksStillInTheirInherentCell() {
        Risk movedHere = stored(aThreat().withProbability(5).withImpact(5).withResidual(2, 2));
        Risk notAssessed = stored(aThreat().withProbability(2).withImpact(2));
        stored(aThreat().withProbability(2).withImpact(2).withResidual(1, 1));
        stored(aThreat().withProbability(4).withImpact(4).withResidual(2, 2).withStatus(RiskStatus.OCCURRED));

        Page<Risk> page = store().search(query().cell(new RiskCell(true, 2, 2)).statuses(RiskStatus.OPEN).build());

        assertThat(page.items()).containsExactlyInAnyOrder(movedHere, notAssessed);
    }

    // ------------------------------------------------------------------------------------------- countByCell

    @Test
    void countByCellCountsRisksSharingAnInherentCellAndResidualAssessment() {
        stored(aThreat().withProbability(3).withImpact(4).withResidual(1, 2));
        stored(aThreat().withProbability(3).withImpact(4).withResidual(1, 2));
        stored(aThreat().withProbability(3).withImpact(4));
        stored(aThreat().withProbability(1).withImpact(1).withStatus(RiskStatus.MONITORING));
        stored(aThreat().withProbability(3).withImpact(4).withStatus(RiskStatus.CLOSED));
        store().create(OTHER_PROJECT, aThreat().withProbability(3).withImpact(4).fields(), ALICE, CREATED_AT);

        List<RiskCellCount> counts = store().countByCell(PROJECT, Set.of(RiskStatus.OPEN, RiskStatus.MONITORING));

        assertThat(counts).containsExactlyInAnyOrder(new RiskCellCount(3, 4, 1, 2, 2),
                new RiskCellCount(3, 4, null, null, 1), new RiskCellCount(1, 1, null, null, 1));
    }

    @Test
    void countByCellWithoutStatusesCountsEveryRiskAndAnEmptyRegisterNothing() {
        stored(aThreat().withProbability(2).withImpact(2).withStatus(RiskStatus.CLOSED));
        stored(aThreat().withProbability(2).withImpact(2));

        assertThat(store().countByCell(PROJECT, Set.of())).containsExactly(new RiskCellCount(2, 2, null, null, 2));
        assertThat(store().countByCell(OTHER_PROJECT, Set.of())).isEmpty();
    }

    @Test
    void countUsingLevelsAboveCountsRisksOfAnyStatusWithAnInherentOrResidualLevelAboveIt() {
        stored(aThreat().withProbability(3).withImpact(3).withResidual(2, 2));
        stored(aThreat().withProbability(4).withImpact(1).withStatus(RiskStatus.CLOSED));
        stored(aThreat().withProbability(1).withImpact(5));
        stored(aThreat().withProbability(3).withImpact(3).withResidual(3, 4));
        store().create(OTHER_PROJECT, aThreat().withProbability(5).withImpact(5).fields(), ALICE, CREATED_AT);

        assertThat(store().countUsingLevelsAbove(PROJECT, 3)).isEqualTo(3);
        assertThat(store().countUsingLevelsAbove(PROJECT, 4)).isEqualTo(1);
        assertThat(store().countUsingLevelsAbove(PROJECT, 5)).isZero();
    }

    @Test
    void idsOfAProjectAreAscendingAndFindAllReadsThemBackInIdOrder() {
        List<Risk> ours = new ArrayList<>(IntStream.range(0, 4).mapToObj(i -> stored(aThreat())).toList());
        Risk theirs = store().create(OTHER_PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        ours.sort(Comparator.comparingLong(Risk::id));
        List<Long> ids = store().idsOf(PROJECT);

        assertThat(ids).isEqualTo(ours.stream().map(Risk::id).toList());
        assertThat(store().findAll(List.of(ids.get(3), NEVER_USED_ID, ids.get(1), theirs.id(), Long.MAX_VALUE)))
                .containsExactlyElementsOf(List.of(ours.get(1), ours.get(3), theirs).stream()
                        .sorted(Comparator.comparingLong(Risk::id)).toList());
        assertThat(store().findAll(List.of())).isEmpty();
    }

    @Test
    void totalsByProjectCountAndSumCostsPerProjectKindAndCell() {
        stored(aThreat().withProbability(4).withImpact(5).withCostImpact("1000.10"));
        stored(aThreat().withProbability(4).withImpact(5).withCostImpact("2.25"));
        stored(aThreat().withProbability(4).withImpact(5));
        stored(anOpportunity().withProbability(4).withImpact(5).withCostImpact("50.00"));
        stored(aThreat().withProbability(1).withImpact(1));
        stored(aThreat().withProbability(4).withImpact(5).withCostImpact("7.00").withStatus(RiskStatus.CLOSED));
        store().create(OTHER_PROJECT, aThreat().withProbability(2).withImpact(2).withCostImpact("3.00").fields(),
                ALICE, CREATED_AT);
        store().create("THIRD", aThreat().fields(), ALICE, CREATED_AT);

        List<RiskGroupTotal> totals = store().totalsByProject(Set.of(PROJECT, OTHER_PROJECT, "NORISKS"),
                Set.of(RiskStatus.OPEN));

        assertThat(totals).containsExactlyInAnyOrder(
                new RiskGroupTotal(PROJECT, RiskKind.THREAT, 4, 5, 3, new BigDecimal("1002.35")),
                new RiskGroupTotal(PROJECT, RiskKind.OPPORTUNITY, 4, 5, 1, new BigDecimal("50.00")),
                new RiskGroupTotal(PROJECT, RiskKind.THREAT, 1, 1, 1, null),
                new RiskGroupTotal(OTHER_PROJECT, RiskKind.THREAT, 2, 2, 1, new BigDecimal("3.00")));
    }

    // ------------------------------------------------------------------------------- findByProject, findLinkedTo

    @Test
    void findByProjectWithoutStatusesReturnsEveryRiskOrderedById() {
        List<Risk> ours = new ArrayList<>(List.of(stored(aThreat().withStatus(RiskStatus.CLOSED)),
                stored(anOpportunity()), stored(aThreat().withStatus(RiskStatus.OCCURRED))));
        store().create(OTHER_PROJECT, aThreat().fields(), ALICE, CREATED_AT);
        ours.sort(Comparator.comparingLong(Risk::id));

        assertThat(store().findByProject(PROJECT, Set.of())).containsExactlyElementsOf(ours);
    }

    @Test
    void findByProjectReturnsOnlyRisksInTheGivenStatusesOrderedById() {
        Risk monitoring = stored(aThreat().withStatus(RiskStatus.MONITORING));
        stored(aThreat().withStatus(RiskStatus.CLOSED));
        Risk open = stored(aThreat().withStatus(RiskStatus.OPEN));
        store().create(OTHER_PROJECT, aThreat().withStatus(RiskStatus.OPEN).fields(), ALICE, CREATED_AT);

        List<Risk> found = store().findByProject(PROJECT, Set.of(RiskStatus.OPEN, RiskStatus.MONITORING));

        assertThat(found).containsExactlyInAnyOrder(monitoring, open).isSortedAccordingTo(
                Comparator.comparingLong(Risk::id));
    }

    @Test
    void findLinkedToFindsRisksOfEveryProjectOrderedById() {
        Risk ours = stored(aThreat().withLinkedIssueKeys("OPS-7", "OPS-42"));
        Risk theirs = store().create(OTHER_PROJECT, aThreat().withLinkedIssueKeys("OPS-42").fields(), BOB,
                CREATED_AT);
        stored(aThreat().withLinkedIssueKeys("OPS-420", "XOPS-42"));
        stored(aThreat());

        List<Risk> linked = store().findLinkedTo("OPS-42");

        assertThat(linked).containsExactlyInAnyOrder(ours, theirs)
                .isSortedAccordingTo(Comparator.comparingLong(Risk::id));
    }

    // ------------------------------------------------------------------------------------------- concurrency

    @Test
    void concurrentWritersThatRetryOnStaleVersionLoseNoUpdate() throws Exception {
        int writers = 8;
        int updatesEach = 5;
        Risk risk = stored(aThreat().withDescription("Tokens:"));
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int successful = 0;
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "w" + w;
                results.add(pool.submit(() -> {
                    startGate.await();
                    return appendTokens(risk.id(), writer, updatesEach);
                }));
            }
            startGate.countDown();
            for (Future<Integer> result : results) {
                successful += result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Risk last = store().find(risk.id()).orElseThrow();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < updatesEach; i++) {
                assertThat(last.fields().description()).containsOnlyOnce(" w" + w + "-" + i + ";");
            }
        }
        assertThat(successful).isEqualTo(writers * updatesEach);
        assertThat(last.version()).isEqualTo(1 + successful);
        List<RiskHistoryEntry> updates = store().history(risk.id()).stream()
                .filter(e -> e.field().equals("description")).toList();
        assertThat(updates).hasSize(successful);
        assertThat(updates).extracting(RiskHistoryEntry::version).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, 1 + successful).boxed().toList());
    }

    /** Appends {@code count} tokens to the description, one update each, reading again after every lost race. */
    private int appendTokens(long id, String writer, int count) {
        int done = 0;
        for (int i = 0; i < count; i++) {
            String token = " " + writer + "-" + i + ";";
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException(writer + " was stopped before it could save " + token);
                }
                Risk current = store().find(id).orElseThrow();
                String before = current.fields().description();
                RiskFields changed = copyOf(current.fields()).withDescription(before + token).fields();
                try {
                    store().update(id, current.version(), changed,
                            List.of(new FieldChange("description", before, before + token)), writer, UPDATED_AT);
                    done++;
                    break;
                } catch (StaleVersion lostTheRace) {
                    // Someone saved in between: read the new state and try again.
                }
            }
        }
        return done;
    }

    // --------------------------------------------------------------------------------------------- helpers

    private Risk stored(RiskDraftFixture draft) {
        return store().create(PROJECT, draft.fields(), ALICE, CREATED_AT);
    }

    /**
     * Stores a risk whose value for {@code sort} has the given rank (0 lowest, 2 highest; {@code null}: no value),
     * chosen so that sorting by anything else would give a different order.
     */
    private Risk storeRanked(RiskSort sort, Integer rank) {
        RiskDraftFixture draft = aThreat();
        Instant createdAt = CREATED_AT;
        switch (sort) {
            // Scores 2, 5, 9: probability alone would order them 1, 0, 2.
            case SCORE -> draft.withProbability(new int[]{2, 1, 3}[rank]).withImpact(new int[]{1, 5, 3}[rank]);
            // Residual 1, 4 (no residual assessment: the inherent 2x2), 9; inherent 25, 4, 16.
            case RESIDUAL_SCORE -> {
                int inherent = new int[]{5, 2, 4}[rank];
                draft.withProbability(inherent).withImpact(inherent);
                if (rank != 1) {
                    draft.withResidual(rank == 0 ? 1 : 3, rank == 0 ? 1 : 3);
                }
            }
            case TITLE -> draft.withTitle(new String[]{"Alpha", "Bravo", "Charlie"}[rank] + " risk");
            // Life order, not alphabetical: closed would come first alphabetically.
            case STATUS -> draft.withStatus(new RiskStatus[]{RiskStatus.OPEN, RiskStatus.RESPONDING,
                    RiskStatus.CLOSED}[rank]).withStrategy(ResponseStrategy.MITIGATE);
            case OWNER -> draft.withOwner(rank == null ? null : new String[]{ALICE, BOB, CAROL}[rank]);
            case NEXT_REVIEW -> draft.withNextReviewDate(rank == null ? null : LocalDate.of(2026, 4 + rank, 1));
            case PROXIMITY -> draft.withProximityDate(rank == null ? null : LocalDate.of(2027, 1 + rank, 15));
            case CREATED -> createdAt = CREATED_AT.plus(Duration.ofMinutes(rank));
            case UPDATED -> {
                // Updated below.
            }
        }
        Risk risk = store().create(PROJECT, draft.fields(), ALICE, createdAt);
        if (sort == RiskSort.UPDATED) {
            RiskFields changed = copyOf(risk.fields()).withDescription("Reviewed").fields();
            risk = store().update(risk.id(), risk.version(), changed, changesFrom(risk, changed), BOB,
                    UPDATED_AT.plus(Duration.ofMinutes(rank)));
        }
        return risk;
    }

    private static List<FieldChange> changesFrom(Risk before, RiskFields after) {
        return RiskChanges.between(before.fields(), after);
    }

    private static BigDecimal costOf(Risk risk) {
        return risk.fields().costImpact();
    }

    private static List<Long> idsOf(Page<Risk> page) {
        return page.items().stream().map(Risk::id).toList();
    }

    private static long lowerId(Risk a, Risk b) {
        return Math.min(a.id(), b.id());
    }

    private static long higherId(Risk a, Risk b) {
        return Math.max(a.id(), b.id());
    }

    /** The pattern repeated to exactly {@code length} characters, ending in a full stop as stored text is trimmed. */
    private static String textOfLength(String pattern, int length) {
        return pattern.repeat(length / pattern.length() + 1).substring(0, length - 1) + ".";
    }

    private Query query() {
        return new Query();
    }

    /** A search of {@link #PROJECT} that finds everything unless narrowed. */
    private static final class Query {
        private Set<RiskStatus> statuses = Set.of();
        private List<ScoreRange> ranges = List.of();
        private String owner;
        private RiskSort sort = RiskSort.CREATED;
        private boolean descending;
        private PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        private RiskCell cell;
        private String issue;

        Query statuses(RiskStatus... wanted) {
            statuses = Set.of(wanted);
            return this;
        }

        Query scoreRanges(ScoreRange... wanted) {
            ranges = List.of(wanted);
            return this;
        }

        Query owner(String userKey) {
            owner = userKey;
            return this;
        }

        Query sort(RiskSort by, boolean descendingOrder) {
            sort = by;
            descending = descendingOrder;
            return this;
        }

        Query cell(RiskCell wanted) {
            cell = wanted;
            return this;
        }

        Query issue(String issueKey) {
            issue = issueKey;
            return this;
        }

        Query page(PageRequest wanted) {
            page = wanted;
            return this;
        }

        RiskQuery build() {
            return new RiskQuery(PROJECT, statuses, ranges, owner, sort, descending, page, cell, issue);
        }
    }
}
