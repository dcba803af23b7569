package com.pmosuite.risk;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.ViewerZone;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskRegisterTest {
    private static final String PROJECT = "APOLLO";
    private static final String SMALL_PROJECT = "GEMINI";
    private static final String ALICE = InMemoryPeople.ALICE.key();
    private static final String BOB = InMemoryPeople.BOB.key();
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));
    private static final long UNKNOWN_ID = 4711;
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final InMemoryRiskSettingsStore settingsStore = new InMemoryRiskSettingsStore();
    private final FixedClock clock = FixedClock.atStart();
    private final RiskRegister register =
            new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(), clock);

    // ------------------------------------------------------------------------------------------------ create

    @Test
    void aCreatedRiskIsStoredByItsAuthorAtTheClocksTime() {
        Risk risk = register.create(PROJECT, aThreat().build(), BOB);

        assertThat(store.find(risk.id())).contains(risk);
        assertThat(risk.createdBy()).isEqualTo(BOB);
        assertThat(risk.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void createValidatesAgainstTheProjectsOwnMatrix() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);
        RiskDraft probabilityFour = aThreat().withProbability(4).withImpact(3).build();

        assertThatThrownBy(() -> register.create(SMALL_PROJECT, probabilityFour, BOB))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("probability", "must be between 1 and 3")));
        assertThat(store.findByProject(SMALL_PROJECT, Set.of())).isEmpty();
    }

    @Test
    void aProjectWithoutSettingsScoresOnTheDefaultFiveByFiveMatrix() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);

        Risk risk = register.create(PROJECT, aThreat().withProbability(5).withImpact(5).build(), BOB);

        assertThat(risk.fields().score()).isEqualTo(25);
        assertThat(register.settings(PROJECT)).isEqualTo(RiskSettings.DEFAULT);
    }

    @Test
    void whetherALastReviewLiesAheadIsJudgedByTheClocksDate() {
        RiskDraft reviewedTomorrow = aThreat().withLastReviewDate(clock.today().plusDays(1)).build();

        assertThatThrownBy(() -> register.create(PROJECT, reviewedTomorrow, BOB))
                .isInstanceOf(ValidationFailed.class);
        clock.advance(Duration.ofDays(1));
        assertThat(register.create(PROJECT, reviewedTomorrow, BOB).fields().lastReviewDate())
                .isEqualTo(clock.today());
    }

    @Test
    void todayIsTheViewersDateSoAReviewDoneInAucklandAfterMidnightThereIsNotInTheFuture() {
        // 12:00 UTC on 2 March is 01:00 on 3 March in Auckland (UTC+13 in March).
        FixedClock noonUtc = FixedClock.at(Instant.parse("2026-03-02T12:00:00Z"));
        LocalDate aucklandDate = LocalDate.of(2026, 3, 3);
        RiskRegister inAuckland = new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(),
                noonUtc, ProjectLocks.inThisJvm(), IssueDirectory.ANY, ViewerZone.fixed(AUCKLAND));
        RiskRegister inUtc = new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(),
                noonUtc, ProjectLocks.inThisJvm(), IssueDirectory.ANY, ViewerZone.fixed(ZoneOffset.UTC));
        RiskDraft reviewedToday = aThreat().withLastReviewDate(aucklandDate).build();

        assertThat(inAuckland.today()).isEqualTo(aucklandDate);
        assertThat(inAuckland.create(PROJECT, reviewedToday, BOB).fields().lastReviewDate()).isEqualTo(aucklandDate);
        assertThatThrownBy(() -> inUtc.create(PROJECT, reviewedToday, BOB)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aReviewDueOnTheUtcDateIsOverdueForAViewerWhoseDayHasAlreadyMovedOn() {
        FixedClock noonUtc = FixedClock.at(Instant.parse("2026-03-02T12:00:00Z"));
        Risk dueSecondOfMarch = new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(), noonUtc)
                .create(PROJECT, aThreat().withNextReviewDate(LocalDate.of(2026, 3, 2)).build(), BOB);

        RiskRegister inAuckland = new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(),
                noonUtc, ProjectLocks.inThisJvm(), IssueDirectory.ANY, ViewerZone.fixed(AUCKLAND));
        RiskRegister inUtc = new RiskRegister(store, settingsStore, InMemoryPeople.withAliceBobAndCarol(),
                noonUtc, ProjectLocks.inThisJvm(), IssueDirectory.ANY, ViewerZone.fixed(ZoneOffset.UTC));

        assertThat(inAuckland.assess(dueSecondOfMarch).reviewOverdue()).isTrue();
        assertThat(inUtc.assess(dueSecondOfMarch).reviewOverdue()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------ update

    @Test
    void anUpdateWithoutChangesWritesNothingAndKeepsTheVersion() {
        Risk created = register.create(PROJECT, aThreat().fullyDescribed().build(), ALICE);
        clock.advance(Duration.ofHours(1));

        Risk unchanged = register.update(created.id(), 1, RiskDraft.of(created.fields()), BOB);

        assertThat(unchanged).isEqualTo(created);
        assertThat(store.find(created.id())).contains(created);
        assertThat(store.history(created.id())).extracting(RiskHistoryEntry::field)
                .containsExactly(RiskHistoryEntry.CREATED);
    }

    @Test
    void anUpdateThatOnlyRetypesValuesTheSameWayIsNoChange() {
        Risk created = register.create(PROJECT, aThreat().withCostImpact("1000").withLinkedIssueKeys("OPS-1").build(),
                ALICE);

        Risk unchanged = register.update(created.id(), 1, RiskDraftFixture.copyOf(created.fields())
                .withCostImpact("001000.0").withLinkedIssueKeys(" ops-1 ", "OPS-1").withTitle(" "
                        + created.fields().title() + " ").build(), BOB);

        assertThat(unchanged.version()).isEqualTo(1);
    }

    @Test
    void anUpdateStoresTheNewFieldsAndRecordsEachChange() {
        Risk created = register.create(PROJECT, aThreat().build(), ALICE);
        clock.advance(Duration.ofHours(1));

        Risk updated = register.update(created.id(), 1,
                RiskDraftFixture.copyOf(created.fields()).withImpact(5).withOwner(BOB).build(), BOB);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.fields().impact()).isEqualTo(5);
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(register.history(created.id())).containsExactly(
                store.history(created.id()).get(0),
                new RiskHistoryEntry(created.id(), 2, BOB, clock.instant(), "impact", "4", "5"),
                new RiskHistoryEntry(created.id(), 2, BOB, clock.instant(), "ownerKey", ALICE, BOB));
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedWithTheCurrentRisk() {
        Risk created = register.create(PROJECT, aThreat().build(), ALICE);
        Risk bobs = register.update(created.id(), 1, RiskDraftFixture.copyOf(created.fields()).withImpact(5).build(),
                BOB);
        RiskDraft alicesEdit = RiskDraftFixture.copyOf(created.fields()).withImpact(1).build();

        assertThatThrownBy(() -> register.update(created.id(), 1, alicesEdit, ALICE))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current()).isEqualTo(bobs));
        assertThat(register.get(created.id())).isEqualTo(bobs);
    }

    @Test
    void anUnchangedDraftFromAStaleVersionIsStillRefused() {
        Risk created = register.create(PROJECT, aThreat().build(), ALICE);
        Risk bobs = register.update(created.id(), 1, RiskDraftFixture.copyOf(created.fields()).withImpact(5).build(),
                BOB);

        assertThatThrownBy(() -> register.update(created.id(), 1, RiskDraft.of(bobs.fields()), ALICE))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void anUpdateIsValidatedAgainstTheSettingsOfTheRisksProject() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);
        Risk created = register.create(SMALL_PROJECT, aThreat().withProbability(2).withImpact(2).build(), ALICE);

        assertThatThrownBy(() -> register.update(created.id(), 1,
                RiskDraftFixture.copyOf(created.fields()).withImpact(5).build(), BOB))
                .isInstanceOf(ValidationFailed.class);
    }

    // -------------------------------------------------------------------------------------- unknown risks

    @Test
    void anUnknownRiskIsNotFound() {
        assertThatThrownBy(() -> register.get(UNKNOWN_ID)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> register.update(UNKNOWN_ID, 1, aThreat().build(), BOB)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> register.delete(UNKNOWN_ID, OptionalInt.empty(), BOB)).isInstanceOf(NotFound.class);
    }

    @Test
    void aDeletedRiskIsNotFoundButItsHistoryRemains() {
        Risk created = register.create(PROJECT, aThreat().build(), ALICE);

        register.delete(created.id(), OptionalInt.of(1), BOB);

        assertThatThrownBy(() -> register.get(created.id())).isInstanceOf(NotFound.class);
        assertThat(register.history(created.id())).extracting(RiskHistoryEntry::field)
                .containsExactly(RiskHistoryEntry.CREATED, RiskHistoryEntry.DELETED);
    }

    // ------------------------------------------------------------------------------------------ list, map

    @Test
    void listingBySeverityUsesTheProjectsBands() {
        // Custom bands: 3-7 medium, 8-14 high; by the default bands an 8 would be medium.
        settingsStore.use(PROJECT, new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(3, 8, 15)));
        Risk eight = register.create(PROJECT, aThreat().withProbability(2).withImpact(4).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(1).withImpact(5).build(), ALICE);
        Risk twelve = register.create(PROJECT, aThreat().withProbability(3).withImpact(4).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(4).withImpact(4).build(), ALICE);

        Page<Risk> high = register.list(PROJECT, new RiskFilter(Set.of(), Set.of(Severity.HIGH), null, RiskSort.SCORE,
                false), PageRequest.first(50));

        assertThat(high.items()).containsExactly(eight, twelve);
    }

    @Test
    void listingSeveralSeveritiesFindsRisksOfAnyOfThem() {
        Risk low = register.create(PROJECT, aThreat().withProbability(1).withImpact(1).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(2).withImpact(3).build(), ALICE);
        Risk critical = register.create(PROJECT, aThreat().withProbability(5).withImpact(4).build(), ALICE);

        Page<Risk> page = register.list(PROJECT, new RiskFilter(Set.of(), Set.of(Severity.CRITICAL, Severity.LOW),
                null, RiskSort.SCORE, true), PageRequest.first(50));

        assertThat(page.items()).containsExactly(critical, low);
    }

    @Test
    void listingFiltersByStatusAndOwner() {
        register.create(PROJECT, aThreat().withOwner(BOB).withStatus(RiskStatus.CLOSED).build(), ALICE);
        Risk match = register.create(PROJECT, aThreat().withOwner(BOB).build(), ALICE);
        register.create(PROJECT, aThreat().withOwner(ALICE).build(), ALICE);

        Page<Risk> page = register.list(PROJECT, new RiskFilter(Set.of(RiskStatus.OPEN), Set.of(), BOB,
                RiskSort.TITLE, false), PageRequest.first(50));

        assertThat(page.items()).containsExactly(match);
    }

    @Test
    void theHeatMapShowsOnlyRisksThatCanStillHappen() {
        register.create(PROJECT, aThreat().withProbability(4).withImpact(4).build(), ALICE);
        register.create(PROJECT, anOpportunity().withProbability(4).withImpact(4).withStatus(RiskStatus.MONITORING)
                .build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(4).withImpact(4).withStatus(RiskStatus.CLOSED).build(),
                ALICE);
        register.create(PROJECT, aThreat().withProbability(4).withImpact(4).withStatus(RiskStatus.OCCURRED).build(),
                ALICE);

        assertThat(register.heatMap(PROJECT).count(false, 4, 4)).isEqualTo(2);
    }

    @Test
    void theHeatMapIsDrawnOnTheProjectsMatrix() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);
        register.create(SMALL_PROJECT, aThreat().withProbability(3).withImpact(2).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(3).withImpact(2).build(), ALICE);

        RiskHeatMap map = register.heatMap(SMALL_PROJECT);

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.count(false, 3, 2)).isEqualTo(1);
    }

    @Test
    void aCombinedHeatMapKeepsEachProjectOnItsOwnScaleAndCountsOnlyLiveRisks() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);
        register.create(SMALL_PROJECT, aThreat().withProbability(3).withImpact(3).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(3).withImpact(3).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(3).withImpact(3).withStatus(RiskStatus.CLOSED).build(),
                ALICE);

        CombinedHeatMap map = register.combinedHeatMap(List.of(PROJECT, SMALL_PROJECT), false);

        assertThat(map.scales()).extracting(CombinedHeatMap.Scale::size).containsExactly(3, 5);
        assertThat(map.scales().get(0).projectKeys()).containsExactly(SMALL_PROJECT);
        assertThat(map.scales().get(0).cell(3, 3).count()).isEqualTo(1);
        assertThat(map.scales().get(1).cell(3, 3).count()).isEqualTo(1);
        assertThat(map.bySeverity()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.MEDIUM, 1);
    }

    @Test
    void overdueReviewsAreJudgedByTheClocksDate() {
        Risk risk = register.create(PROJECT, aThreat().withNextReviewDate(clock.today()).build(), ALICE);

        assertThat(register.assess(risk).reviewOverdue()).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(register.assess(risk).reviewOverdue()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------- import

    @Test
    void anImportCreatesEveryRowAsANewRisk() {
        RiskImport result = register.importCsv(PROJECT,
                Csv.read("title,kind,probability,impact,ownerKey\nServers late,threat,3,4,alice\n"
                        + "Discount,opportunity,2,2,\n"),
                BOB);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.created()).extracting(r -> r.fields().title()).containsExactly("Servers late", "Discount");
        assertThat(store.findByProject(PROJECT, Set.of())).containsExactlyElementsOf(result.created());
        assertThat(result.created()).allSatisfy(r -> assertThat(r.createdBy()).isEqualTo(BOB));
    }

    @Test
    void anImportWithOneBadRowStoresNothing() {
        RiskImport result = register.importCsv(PROJECT,
                Csv.read("title,probability,impact\nFine,3,4\nAlso fine,1,1\nBad,9,4\n"), BOB);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.created()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(4, "probability", "must be between 1 and 5"));
        assertThat(store.findByProject(PROJECT, Set.of())).isEmpty();
    }

    @Test
    void anImportReportsEveryProblemSortedByLine() {
        RiskImport result = register.importCsv(PROJECT,
                Csv.read("title,probability,impact,ownerKey\n"
                        + ",3,4,\n"
                        + "Two,x,4,\n"
                        + "Three,3,4,mallory\n"
                        + "Four,3,4,,too many\n"),
                BOB);

        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(2, "title", "Title is required"),
                new RiskImport.RowError(3, "probability", "must be a whole number"),
                new RiskImport.RowError(4, "ownerKey", "no user with key or username 'mallory'"),
                new RiskImport.RowError(5, "file", "has 5 values but the header has 4 columns"));
    }

    @Test
    void aLineWithAnUnreadableNumberStillHasItsOtherProblemsReported() {
        RiskImport result = register.importCsv(PROJECT,
                Csv.read("title,probability,impact,ownerKey\n" + ",x,4,mallory\n"), BOB);

        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(2, "probability", "must be a whole number"),
                new RiskImport.RowError(2, "title", "Title is required"),
                new RiskImport.RowError(2, "ownerKey", "no user with key or username 'mallory'"));
        assertThat(result.created()).isEmpty();
    }

    @Test
    void anImportIsValidatedAgainstTheProjectsMatrix() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);

        RiskImport result = register.importCsv(SMALL_PROJECT,
                Csv.read("title,probability,impact\nA,3,3\nB,4,1\n"), BOB);

        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(3, "probability", "must be between 1 and 3"));
    }

    @Test
    void anImportWithAHeaderButNoRisksIsAnError() {
        RiskImport result = register.importCsv(PROJECT, Csv.read("title,probability,impact\n"), BOB);

        assertThat(result.created()).isEmpty();
        assertThat(result.errors()).containsExactly(new RiskImport.RowError(1, "file", "has a header but no risks"));
    }

    @Test
    void anExportOfTheProjectImportsBackIntoAnotherProject() {
        register.create(PROJECT, aThreat().fullyDescribed().build(), ALICE);
        register.create(PROJECT, anOpportunity().withStatus(RiskStatus.CLOSED).build(), ALICE);

        RiskImport result = register.importCsv("COPY", Csv.read(register.exportCsv(PROJECT)), BOB);

        assertThat(result.created()).extracting(Risk::fields).containsExactlyElementsOf(
                register.all(PROJECT).stream().map(Risk::fields).toList());
    }

    @Test
    void anExportReadsTheRegisterInSlicesNeverWholeAndWritesEveryRiskOnce() throws Exception {
        List<RiskFields> rows = java.util.stream.IntStream.range(0, 1_001)
                .mapToObj(i -> aThreat().withTitle("Risk " + i).fields()).toList();
        store.createAll(PROJECT, rows, ALICE, clock.instant());
        java.util.concurrent.atomic.AtomicInteger slices = new java.util.concurrent.atomic.AtomicInteger();
        RiskStore slicesOnly = (RiskStore) java.lang.reflect.Proxy.newProxyInstance(RiskStore.class.getClassLoader(),
                new Class<?>[]{RiskStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findByProject")) {
                        throw new AssertionError("the export read the whole register at once");
                    }
                    if (method.getName().equals("findAll")) {
                        slices.incrementAndGet();
                    }
                    return method.invoke(store, args);
                });
        RiskRegister exporting = new RiskRegister(slicesOnly, settingsStore, InMemoryPeople.withAliceBobAndCarol(),
                clock);
        java.io.StringWriter out = new java.io.StringWriter();

        exporting.exportCsv(PROJECT, out);

        assertThat(out.toString()).isEqualTo(RiskCsv.write(store.findByProject(PROJECT, Set.of()).stream()
                .sorted(java.util.Comparator.comparingLong(Risk::id)).toList(), RiskSettings.DEFAULT, clock.today()));
        assertThat(slices.get()).isEqualTo(3);
    }

    // -------------------------------------------------------------------------------------------- settings

    @Test
    void aProjectCannotShrinkToThreeByThreeWhileARiskUsesAHigherLevel() {
        register.create(PROJECT, aThreat().withProbability(3).withImpact(3).build(), ALICE);
        register.create(PROJECT, aThreat().withProbability(2).withImpact(4).build(), ALICE);

        assertThatThrownBy(() -> register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("scale",
                                "1 risk(s) use levels above 3; rescore them before changing the scale")));
        assertThat(register.settings(PROJECT)).isEqualTo(RiskSettings.DEFAULT);
    }

    @Test
    void aResidualLevelAboveThreeAlsoPreventsShrinking() {
        register.create(PROJECT, aThreat().withProbability(3).withImpact(3).withResidual(1, 5).build(), ALICE);

        assertThatThrownBy(() -> register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void closedRisksUsingHigherLevelsAlsoPreventShrinking() {
        register.create(PROJECT, aThreat().withProbability(5).withImpact(1).withStatus(RiskStatus.CLOSED).build(),
                ALICE);

        assertThatThrownBy(() -> register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aProjectWhoseRisksFitThreeByThreeMayShrink() {
        register.create(PROJECT, aThreat().withProbability(3).withImpact(3).withResidual(1, 2).build(), ALICE);
        register.create(SMALL_PROJECT, aThreat().withProbability(5).withImpact(5).build(), ALICE);

        assertThat(register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE).settings()).isEqualTo(THREE_BY_THREE);
        assertThat(register.settings(PROJECT)).isEqualTo(THREE_BY_THREE);
    }

    @Test
    void aProjectMayGrowToFiveByFiveAndChangeItsBands() {
        settingsStore.use(SMALL_PROJECT, THREE_BY_THREE);
        register.create(SMALL_PROJECT, aThreat().withProbability(3).withImpact(3).build(), ALICE);
        RiskSettings custom = new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(4, 12, 20));

        register.updateSettings(SMALL_PROJECT, 1, custom, ALICE);

        assertThat(register.settings(SMALL_PROJECT)).isEqualTo(custom);
        assertThat(register.assess(register.all(SMALL_PROJECT).get(0)).severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aSettingsChangeBasedOnAnOlderVersionIsRefusedWithTheCurrentSettings() {
        register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE);

        assertThatThrownBy(() -> register.updateSettings(PROJECT, 0, RiskSettings.DEFAULT, ALICE))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current())
                        .isEqualTo(new VersionedRiskSettings(THREE_BY_THREE, 1)));
        assertThat(register.settings(PROJECT)).isEqualTo(THREE_BY_THREE);
    }

    @Test
    void savingTheSettingsAProjectAlreadyHasWritesNothing() {
        VersionedRiskSettings same = register.updateSettings(PROJECT, 0, RiskSettings.DEFAULT, ALICE);

        assertThat(same).isEqualTo(VersionedRiskSettings.NEVER_SAVED);
        assertThat(register.settingsHistory(PROJECT)).isEmpty();
    }

    @Test
    void aSettingsChangeIsRecordedWithItsAuthorAndTime() {
        register.updateSettings(PROJECT, 0, THREE_BY_THREE, ALICE);

        assertThat(register.settingsHistory(PROJECT)).extracting(AuditEntry::field)
                .containsExactly("scale", "mediumFrom", "highFrom", "criticalFrom");
        assertThat(register.settingsHistory(PROJECT)).allSatisfy(entry -> {
            assertThat(entry.actorKey()).isEqualTo(ALICE);
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(entry.version()).isEqualTo(1);
        });
    }

    @Test
    void exposureSumsLiveThreatsAndOpportunitiesApartPerProject() {
        register.create(PROJECT, aThreat().withProbability(4).withImpact(5).withCostImpact("1000").build(), BOB);
        register.create(PROJECT, anOpportunity().withProbability(2).withImpact(2).withCostImpact("200").build(), BOB);
        register.create(PROJECT, aThreat().withProbability(5).withImpact(5).withCostImpact("9999")
                .withStatus(RiskStatus.CLOSED).build(), BOB);

        // 4 of 5 is 70 % and 2 of 5 is 30 %; the closed threat is no longer at stake.
        assertThat(register.exposure(Set.of(PROJECT, SMALL_PROJECT))).isEqualTo(Map.of(
                PROJECT, new RiskExposure(new BigDecimal("700.00"), new BigDecimal("60.00"))));
    }
}
