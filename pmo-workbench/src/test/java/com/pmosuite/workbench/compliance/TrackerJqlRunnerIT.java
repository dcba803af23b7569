package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.JqlRunner.Match;
import com.pmosuite.compliance.JqlRunner.UnrunnableJql;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A PMO admin's raw JQL over the workbench's issues, on HSQLDB: counted over one project whatever the JQL names,
 * the first ids up to the cap, and everything the workbench cannot run named plainly.
 */
class TrackerJqlRunnerIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private TrackerOnHsqldb jira;
    private JqlRunner runner;
    private long alpha;
    private long beta;
    private final List<TrackerIssue> alphaBugs = new ArrayList<>();

    @BeforeEach
    void open() {
        jira = new TrackerOnHsqldb(data, CLOCK);
        runner = new TrackerJqlRunner(jira.search);
        alpha = jira.project("ALPHA").id();
        beta = jira.project("BETA").id();
        for (int i = 0; i < 5; i++) {
            alphaBugs.add(jira.create("ALPHA", TrackerScheme.BUG, i % 2 == 0 ? null : "carol"));
        }
        jira.create("ALPHA", TrackerScheme.STORY, null);
        jira.create("BETA", TrackerScheme.BUG, null);
        jira.create("BETA", TrackerScheme.BUG, null);
    }

    @AfterEach
    void close() {
        jira.close();
    }

    @Test
    void supportedJqlCountsTheProjectsMatches() throws UnrunnableJql {
        Match unassignedBugs = runner.matches(alpha, "issuetype = Bug AND assignee is EMPTY", 50);

        assertThat(unassignedBugs.total()).isEqualTo(3);
        assertThat(unassignedBugs.issueIds()).containsExactly(alphaBugs.get(0).id(), alphaBugs.get(2).id(),
                alphaBugs.get(4).id());
    }

    @Test
    void jqlNamingAnotherProjectStillMatchesOnlyThisProject() throws UnrunnableJql {
        assertThat(runner.matches(alpha, "project = BETA", 50).total()).isZero();
        assertThat(runner.matches(alpha, "project in (ALPHA, BETA) AND issuetype = Bug", 50).total()).isEqualTo(5);
        assertThat(runner.matches(beta, "project = ALPHA OR issuetype = Bug", 50).total()).isEqualTo(2);
    }

    @Test
    void onlyTheFirstIdsUpToTheCapAreListedButAllAreCounted() throws UnrunnableJql {
        Match capped = runner.matches(alpha, "issuetype = Bug ORDER BY created DESC", 2);

        assertThat(capped.total()).isEqualTo(5);
        assertThat(capped.issueIds()).containsExactly(alphaBugs.get(0).id(), alphaBugs.get(1).id());
        assertThat(runner.matches(alpha, "issuetype = Bug", 0).issueIds()).isEmpty();
    }

    @Test
    void anEmptyQueryMatchesEveryIssueOfTheProject() throws UnrunnableJql {
        assertThat(runner.matches(alpha, "", 50).total()).isEqualTo(6);
    }

    @Test
    void relativeDatesCountFromTheClock() throws UnrunnableJql {
        // Every issue was created at the fixed clock's instant.
        assertThat(runner.matches(alpha, "created > -1d", 50).total()).isEqualTo(6);
        assertThat(runner.matches(alpha, "created < \"-1w 2d\"", 50).total()).isZero();
    }

    @Test
    void everyClauseTheWorkbenchCannotRunIsNamed() {
        List<String> problems = runner.problems("sprint in openSprints() AND NOT status = Done AND labels = x"
                + " AND assignee in membersOf(\"devs\") AND created != 2026-01-01 ORDER BY rank");

        assertThat(problems).containsExactlyInAnyOrder(
                "The workbench cannot run the function 'openSprints()' (character 11); Jira can.",
                "The workbench cannot run NOT (character 29); Jira can.",
                "The workbench cannot run the function 'membersOf()' (character 78); Jira can.",
                "The workbench cannot run the field 'sprint'; Jira can.",
                "The workbench cannot run the field 'labels'; Jira can.",
                "The workbench cannot run the operator '!=' on the field 'created' (in 'created != 2026-01-01');"
                        + " Jira can.",
                "The workbench cannot run ordering by 'rank'; Jira can.");
    }

    @Test
    void aFieldOrFunctionJiraDoesNotHaveEitherIsNamedWithoutPromisingJiraRunsIt() {
        assertThat(runner.problems("cf[12345] = 3 OR issue in myAppFunction()")).containsExactlyInAnyOrder(
                "The workbench cannot run the field 'cf[12345]'.",
                "The workbench cannot run the function 'myAppFunction()' (character 27).");
    }

    @Test
    void historyAndTextOperatorsAreNamed() {
        assertThat(runner.problems("status WAS NOT IN (Done, \"In Progress\") BY carol DURING (-1w, now())"
                + " OR summary ~ budget")).containsExactly(
                "The workbench cannot run the history operator 'WAS' (character 8); Jira can.",
                "The workbench cannot run the function 'now()' (character 63); Jira can.",
                "The workbench cannot run the operator '~' (character 81); Jira can.",
                "The workbench cannot run the field 'summary'; Jira can.");
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        assertThat(runner.problems("project = ALPHA AND")).containsExactly(
                "Error in the JQL Query: Expecting a field name but got 'end of query'. (line 1, character 20)");
        assertThat(runner.problems("status = \"Done")).singleElement().asString().contains("not closed");
    }

    @Test
    void valuesThatDoNotExistAreNamed() {
        assertThat(runner.problems("status = Shipped AND project = NOPE")).containsExactly(
                "The value 'Shipped' does not exist for the field 'status'.",
                "The value 'NOPE' does not exist for the field 'project'.");
    }

    @Test
    void jqlLongerThanTheStandardsLimitIsRefusedUnread() {
        assertThat(runner.problems("(".repeat(2_001))).containsExactly(
                "The JQL may be at most 2000 characters long.");
    }

    @Test
    void supportedJqlHasNoProblems() {
        assertThat(runner.problems("project = ALPHA AND statusCategory != Done AND updated < -14d"
                + " AND (assignee is EMPTY OR \"Epic Link\" is EMPTY) ORDER BY key")).isEmpty();
    }

    @Test
    void runningJqlWithProblemsThrowsThemAll() {
        assertThatThrownBy(() -> runner.matches(alpha, "sprint = 1 AND labels = x", 50))
                .isInstanceOfSatisfying(UnrunnableJql.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
