package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.pmosuite.rollup.FactBuilder.epic;
import static com.pmosuite.rollup.FactBuilder.issue;
import static com.pmosuite.rollup.FactBuilder.subTask;
import static org.assertj.core.api.Assertions.assertThat;

class RollupEngineTest {
    static final long ALPHA = 1001;
    static final long BETA = 1002;
    static final long GAMMA = 1003;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final long HOUR = 3600;

    final ListFactStore store = new ListFactStore();
    // A page of three changes, so every test also walks the change log over several pages.
    final RollupEngine engine = new RollupEngine(store, 3);

    static RollupScope project(String key, long id) {
        return project(key, id, ProjectPlan.NONE);
    }

    static RollupScope project(String key, long id, ProjectPlan plan) {
        return RollupScope.project(key, key + " project", id, plan, RagThresholds.DEFAULTS);
    }

    static RollupScope group(RollupScope.Level level, String key, RollupScope... children) {
        return new RollupScope(key, key, level, 0, ProjectPlan.NONE, RagThresholds.DEFAULTS, List.of(children));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Optional<BigDecimal> is(String value) {
        return Optional.of(new BigDecimal(value));
    }

    RollupNode rollup(RollupScope scope) {
        engine.refresh();
        return engine.rollup(scope, Visibility.EVERYTHING, Map.of(), TODAY);
    }

    RollupNode rollup(RollupScope scope, int depth) {
        engine.refresh();
        return engine.rollup(scope, Visibility.EVERYTHING, Map.of(), TODAY, depth);
    }

    /** Epic 1 (own 1 h logged, own 20 points) → story 2 (2 h logged, 1 h left) → sub-tasks 3 (1 h, 1 h left) and 4 (3 h). */
    void epicWithStoryAndSubTasks() {
        store.with(epic(1, ALPHA).points(20).hours(0, 0, 1).build(),
                issue(2, ALPHA).parent(1L).points(5).hours(3, 1, 2).inProgress().build(),
                subTask(3, ALPHA, 2).points(2).hours(2, 1, 1).build(),
                subTask(4, ALPHA, 2).hours(3, 0, 3).done(TODAY.minusDays(1)).build());
    }

    @Test
    void subTaskTimeIsNotCountedTwice() {
        epicWithStoryAndSubTasks();

        RollupNode alpha = rollup(project("ALPHA", ALPHA));

        assertThat(alpha.effort().timeSpentSeconds()).isEqualTo((1 + 2 + 1 + 3) * HOUR);
        assertThat(alpha.effort().remainingEstimateSeconds()).isEqualTo((1 + 1) * HOUR);
        assertThat(alpha.effort().originalEstimateSeconds()).isEqualTo((3 + 2 + 3) * HOUR);
        // 7 h spent of 7 + 2
        assertThat(alpha.progress().byTime()).isEqualTo(is("0.7778"));
    }

    @Test
    void everyIssueCountsOnceWhateverItsLevel() {
        epicWithStoryAndSubTasks();

        RollupNode alpha = rollup(project("ALPHA", ALPHA));

        assertThat(alpha.counts()).isEqualTo(new RollupNode.Counts(2, 1, 1, 4));
        assertThat(alpha.progress().byCount()).isEqualTo(is("0.2500"));
    }

    @Test
    void pointsComeFromStandardIssuesOnlyNotFromEpicsOrSubTasks() {
        epicWithStoryAndSubTasks();
        store.with(issue(5, ALPHA).parent(1L).points(3).done(TODAY).build());

        RollupNode alpha = rollup(project("ALPHA", ALPHA));

        assertThat(alpha.effort().points()).isEqualTo(d("8.00"));
        assertThat(alpha.effort().donePoints()).isEqualTo(d("3.00"));
        assertThat(alpha.progress().byPoints()).isEqualTo(is("0.3750"));
    }

    @Test
    void aStoryNodeHoldsItsOwnAndItsSubTasksFiguresOnce() {
        epicWithStoryAndSubTasks();

        RollupNode alpha = rollup(project("ALPHA", ALPHA), 3);

        RollupNode epicNode = alpha.children().get(0);
        RollupNode story = epicNode.children().get(0);
        assertThat(epicNode.level()).isEqualTo(RollupNode.Level.EPIC);
        assertThat(epicNode.counts().total()).isEqualTo(4);
        assertThat(epicNode.effort().points()).isEqualTo(d("5.00"));
        assertThat(story.level()).isEqualTo(RollupNode.Level.ISSUE);
        assertThat(story.counts().total()).isEqualTo(3);
        assertThat(story.effort().timeSpentSeconds()).isEqualTo((2 + 1 + 3) * HOUR);
        assertThat(story.effort().points()).isEqualTo(d("5.00"));
        assertThat(story.children()).extracting(RollupNode::issueId).containsExactly(3L, 4L);
        assertThat(story.children().get(1).level()).isEqualTo(RollupNode.Level.SUB_TASK);
    }

    @Test
    void projectDepthStopsAtTheAskedLevelAndGroupsIssuesOutsideEpics() {
        epicWithStoryAndSubTasks();
        store.with(issue(7, ALPHA).build(), subTask(8, ALPHA, 7).build());

        RollupNode alpha = rollup(project("ALPHA", ALPHA), 1);

        assertThat(alpha.children()).extracting(RollupNode::key).containsExactly("1", "ALPHA/without-epic");
        assertThat(alpha.children()).allSatisfy(child -> assertThat(child.children()).isEmpty());
        assertThat(alpha.children().get(1).level()).isEqualTo(RollupNode.Level.WITHOUT_EPIC);
        assertThat(alpha.children().get(1).counts().total()).isEqualTo(2);
        assertThat(rollup(project("ALPHA", ALPHA)).children()).isEmpty();
    }

    @Test
    void levelsAboveEpicsHoldTheirEpics() {
        store.with(issue(50, ALPHA).level(2).build(), epic(1, ALPHA).parent(50L).build(),
                issue(2, ALPHA).parent(1L).points(2).build());

        RollupNode alpha = rollup(project("ALPHA", ALPHA), 2);

        RollupNode initiative = alpha.children().get(0);
        assertThat(initiative.level()).isEqualTo(RollupNode.Level.ABOVE_EPIC);
        assertThat(initiative.counts().total()).isEqualTo(3);
        assertThat(initiative.children()).extracting(RollupNode::issueId).containsExactly(1L);
    }

    @Test
    void issueRollupOfAnEpicCoversItsDescendantsOnly() {
        epicWithStoryAndSubTasks();
        store.with(issue(9, ALPHA).points(13).build());
        engine.refresh();

        RollupNode epicNode = engine.rollupIssue(1, RagThresholds.DEFAULTS, Visibility.EVERYTHING, TODAY, 1)
                .orElseThrow();

        assertThat(epicNode.counts().total()).isEqualTo(4);
        assertThat(epicNode.effort().points()).isEqualTo(d("5.00"));
        assertThat(epicNode.children()).extracting(RollupNode::issueId).containsExactly(2L);
        assertThat(epicNode.children().get(0).children()).isEmpty();
        assertThat(epicNode.evm().notes()).containsExactly("earned value is kept per project and above");
    }

    @Test
    void issueRollupOfAnEpicCountsItsStoriesInOtherProjectsTheReaderMaySee() {
        epicWithStoryAndSubTasks();
        store.with(issue(20, BETA).parent(1L).points(8).build(), subTask(21, BETA, 20).build(),
                issue(30, GAMMA).parent(1L).points(13).build());
        engine.refresh();

        RollupNode epicNode = engine.rollupIssue(1, RagThresholds.DEFAULTS, visibility(Set.of(ALPHA, BETA), Set.of()),
                TODAY, 2).orElseThrow();

        assertThat(epicNode.counts().total()).isEqualTo(6);
        assertThat(epicNode.effort().points()).isEqualTo(d("13.00"));
        assertThat(epicNode.children()).extracting(RollupNode::issueId).containsExactly(2L, 20L);
        assertThat(epicNode.children().get(1).children()).extracting(RollupNode::issueId).containsExactly(21L);
    }

    @Test
    void issueRollupIsEmptyForAnUnknownOrHiddenIssue() {
        store.with(epic(1, ALPHA).securityLevel(10).build());
        engine.refresh();
        Visibility noLevel10 = visibility(Set.of(ALPHA), Set.of());

        assertThat(engine.rollupIssue(99, RagThresholds.DEFAULTS, Visibility.EVERYTHING, TODAY, 1)).isEmpty();
        assertThat(engine.rollupIssue(1, RagThresholds.DEFAULTS, noLevel10, TODAY, 1)).isEmpty();
        assertThat(engine.rollupIssue(1, RagThresholds.DEFAULTS, visibility(Set.of(), Set.of(10L)), TODAY, 1))
                .isEmpty();
    }

    static Visibility visibility(Set<Long> browsable, Set<Long> levels) {
        return new Visibility() {
            @Override
            public boolean projectVisible(long projectId) {
                return browsable.contains(projectId);
            }

            @Override
            public boolean levelVisible(long projectId, long securityLevelId) {
                return levels.contains(securityLevelId);
            }
        };
    }

    @Test
    void hiddenProjectsAreLeftOutOfFiguresAndCounted() {
        store.with(issue(1, ALPHA).build(), issue(2, BETA).build(), issue(3, BETA).build(), issue(4, GAMMA).build());
        RollupScope portfolio = group(RollupScope.Level.PORTFOLIO, "portfolio-1",
                group(RollupScope.Level.PROGRAM, "program-1", project("ALPHA", ALPHA), project("BETA", BETA)),
                project("GAMMA", GAMMA));
        engine.refresh();

        RollupNode root = engine.rollup(portfolio, visibility(Set.of(ALPHA, GAMMA), Set.of()), Map.of(), TODAY);

        assertThat(root.hiddenProjects()).isEqualTo(1);
        assertThat(root.counts().total()).isEqualTo(2);
        RollupNode program = root.children().get(0);
        assertThat(program.hiddenProjects()).isEqualTo(1);
        assertThat(program.children()).extracting(RollupNode::key).containsExactly("ALPHA");
        assertThat(root.children().get(1).hiddenProjects()).isZero();
    }

    @Test
    void aProjectAskedForByAReaderWhoMayNotBrowseItShowsNoFigures() {
        store.with(issue(1, ALPHA).points(3).build());
        engine.refresh();

        RollupNode alpha = engine.rollup(project("ALPHA", ALPHA), visibility(Set.of(), Set.of()), Map.of(), TODAY);

        assertThat(alpha.hiddenProjects()).isEqualTo(1);
        assertThat(alpha.counts().total()).isZero();
        assertThat(alpha.effort().points()).isEqualTo(d("0.00"));
        assertThat(alpha.rag().status()).isEqualTo(RollupNode.RagStatus.GREY);
    }

    @Test
    void onlyIssuesAtSecurityLevelsTheReaderSeesCount() {
        store.with(issue(1, ALPHA).points(1).build(), issue(2, ALPHA).points(2).securityLevel(10).build(),
                issue(3, ALPHA).points(4).securityLevel(11).build(), epic(4, ALPHA).securityLevel(10).build(),
                issue(5, ALPHA).parent(4L).points(8).build());
        engine.refresh();

        RollupNode alpha = engine.rollup(project("ALPHA", ALPHA), visibility(Set.of(ALPHA), Set.of(11L)), Map.of(),
                TODAY, 1);

        // 1, 3 and 5 count; 5's epic is hidden, so 5 shows outside any epic.
        assertThat(alpha.counts().total()).isEqualTo(3);
        assertThat(alpha.effort().points()).isEqualTo(d("13.00"));
        assertThat(alpha.children()).extracting(RollupNode::key).containsExactly("ALPHA/without-epic");
    }

    @Test
    void securityLevelsAreAskedPerProject() {
        store.with(issue(1, ALPHA).securityLevel(10).build(), issue(2, BETA).securityLevel(10).build());
        engine.refresh();
        Visibility onlyInBeta = new Visibility() {
            @Override
            public boolean projectVisible(long projectId) {
                return true;
            }

            @Override
            public boolean levelVisible(long projectId, long securityLevelId) {
                return projectId == BETA;
            }
        };

        RollupNode root = engine.rollup(group(RollupScope.Level.PORTFOLIO, "p", project("ALPHA", ALPHA),
                project("BETA", BETA)), onlyInBeta, Map.of(), TODAY);

        assertThat(root.children()).extracting(n -> n.counts().total()).containsExactly(0L, 1L);
    }

    @Test
    void anUpsertedFactMovesTheRollup() {
        store.with(issue(1, ALPHA).build(), issue(2, ALPHA).build());
        assertThat(rollup(project("ALPHA", ALPHA)).counts().done()).isZero();

        store.with(issue(2, ALPHA).done(TODAY).build());

        assertThat(rollup(project("ALPHA", ALPHA)).counts()).isEqualTo(new RollupNode.Counts(1, 0, 1, 2));
    }

    @Test
    void aDeletedFactLeavesTheRollup() {
        store.with(issue(1, ALPHA).points(1).build(), issue(2, ALPHA).points(2).build(),
                issue(3, ALPHA).points(4).build());
        rollup(project("ALPHA", ALPHA));

        store.delete(List.of(1L));

        RollupNode alpha = rollup(project("ALPHA", ALPHA));
        assertThat(alpha.counts().total()).isEqualTo(2);
        assertThat(alpha.effort().points()).isEqualTo(d("6.00"));
        assertThat(engine.size()).isEqualTo(2);
    }

    @Test
    void anIssueMovedToAnotherProjectCountsThereOnly() {
        store.with(issue(1, ALPHA).points(1).build(), issue(2, ALPHA).points(2).build());
        RollupScope both = group(RollupScope.Level.PORTFOLIO, "p", project("ALPHA", ALPHA), project("BETA", BETA));
        rollup(both);

        store.with(issue(2, BETA).points(2).build());

        RollupNode root = rollup(both);
        assertThat(root.children()).extracting(n -> n.effort().points()).containsExactly(d("1.00"), d("2.00"));
        assertThat(root.counts().total()).isEqualTo(2);
    }

    @Test
    void aReparentedStoryMovesToItsNewEpic() {
        store.with(epic(1, ALPHA).build(), epic(2, ALPHA).build(), issue(3, ALPHA).parent(1L).points(5).build());
        assertThat(rollup(project("ALPHA", ALPHA), 1).children())
                .extracting(n -> n.effort().points()).containsExactly(d("5.00"), d("0.00"));

        store.with(issue(3, ALPHA).parent(2L).points(5).build());

        assertThat(rollup(project("ALPHA", ALPHA), 1).children())
                .extracting(n -> n.effort().points()).containsExactly(d("0.00"), d("5.00"));
    }

    @Test
    void refreshReadsOnlyNewChanges() {
        store.with(issue(1, ALPHA).build(), issue(2, ALPHA).build(), issue(3, ALPHA).build(), issue(4, ALPHA).build());

        assertThat(engine.refresh()).isEqualTo(4);
        assertThat(engine.refresh()).isZero();
        store.with(issue(4, ALPHA).done(TODAY).build());
        assertThat(engine.refresh()).isEqualTo(1);
        assertThat(engine.stamp()).isEqualTo(store.stamp());
    }

    @Test
    void scheduleHasEarliestStartLatestDueAndOverdueOpenIssues() {
        store.with(issue(1, ALPHA).start(LocalDate.of(2026, 1, 5)).due(TODAY.minusDays(1)).build(),
                issue(2, ALPHA).start(LocalDate.of(2026, 2, 1)).due(TODAY.minusDays(3)).done(TODAY).build(),
                issue(3, ALPHA).due(LocalDate.of(2026, 6, 30)).build(),
                issue(4, ALPHA).due(TODAY).build());

        RollupNode.Schedule schedule = rollup(project("ALPHA", ALPHA)).schedule();

        assertThat(schedule.earliestStart()).contains(LocalDate.of(2026, 1, 5));
        assertThat(schedule.latestDue()).contains(LocalDate.of(2026, 6, 30));
        // due today is not overdue yet; a done issue never is
        assertThat(schedule.overdue()).isEqualTo(1);
    }

    @Test
    void eachDayIsJudgedForThatDayWhileTheFactsStayTheSame() {
        store.with(issue(1, ALPHA).due(TODAY).build());
        engine.refresh();

        for (int round = 0; round < 2; round++) {
            assertThat(engine.rollup(project("ALPHA", ALPHA), Visibility.EVERYTHING, Map.of(), TODAY)
                    .schedule().overdue()).isZero();
            assertThat(engine.rollup(project("ALPHA", ALPHA), Visibility.EVERYTHING, Map.of(), TODAY.plusDays(1))
                    .schedule().overdue()).isEqualTo(1);
        }
    }

    @Test
    void forecastDividesOpenWorkByTheLastFourWeeksThroughput() {
        // 8 resolved within the 28 days up to today (the 28th day back is outside), 4 open, an epic ignored
        for (int i = 0; i < 8; i++) {
            store.with(issue(10 + i, ALPHA).done(TODAY.minusDays(i * 3L)).build());
        }
        store.with(issue(30, ALPHA).done(TODAY.minusDays(28)).build(), epic(31, ALPHA).build());
        for (int i = 0; i < 4; i++) {
            store.with(issue(40 + i, ALPHA).build());
        }

        RollupNode.Schedule schedule = rollup(project("ALPHA", ALPHA)).schedule();

        assertThat(schedule.resolvedLastFourWeeks()).isEqualTo(8);
        // 4 open at 8 per 28 days: 14 days
        assertThat(schedule.forecastFinish()).contains(TODAY.plusDays(14));
    }

    @Test
    void noForecastWithoutRecentThroughputAndTheLastResolutionWhenAllIsDone() {
        store.with(issue(1, ALPHA).done(TODAY.minusDays(60)).build(), issue(2, ALPHA).build(),
                issue(3, BETA).done(TODAY.minusDays(60)).build(), issue(4, BETA).done(TODAY.minusDays(90)).build());

        assertThat(rollup(project("ALPHA", ALPHA)).schedule().forecastFinish()).isEmpty();
        assertThat(rollup(project("BETA", BETA)).schedule().forecastFinish()).contains(TODAY.minusDays(60));
    }

    @Test
    void riskExposureIsSummedOverDistinctVisibleProjects() {
        RollupScope alpha = project("ALPHA", ALPHA);
        RollupScope portfolio = group(RollupScope.Level.PORTFOLIO, "p",
                group(RollupScope.Level.PROGRAM, "one", alpha, project("BETA", BETA)),
                group(RollupScope.Level.PROGRAM, "two", alpha, project("GAMMA", GAMMA)));
        Map<Long, RiskExposure> risks = Map.of(ALPHA, new RiskExposure(d("100.00"), d("10.00")),
                BETA, new RiskExposure(d("50.00"), d("0.00")), GAMMA, new RiskExposure(d("7.00"), d("1.00")));
        store.with(issue(1, ALPHA).build());
        engine.refresh();

        RollupNode root = engine.rollup(portfolio, visibility(Set.of(ALPHA, BETA), Set.of()), risks, TODAY);

        assertThat(root.riskExposure()).contains(new RiskExposure(d("150.00"), d("10.00")));
        assertThat(root.counts().total()).isEqualTo(1);
        assertThat(root.hiddenProjects()).isEqualTo(1);
        assertThat(root.children().get(1).riskExposure()).contains(new RiskExposure(d("100.00"), d("10.00")));
    }

    @Test
    void memoryPerFactIsReported() {
        for (int i = 1; i <= 1000; i++) {
            store.with(issue(i, ALPHA).build());
        }
        engine.refresh();

        // 1,000 facts fill the first 1,024 rows: 54 bytes of columns and 6 of index per row
        assertThat(engine.bytesUsed()).isEqualTo(1024L * 60);
    }
}
