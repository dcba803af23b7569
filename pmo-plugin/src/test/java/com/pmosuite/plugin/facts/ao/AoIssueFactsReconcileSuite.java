package com.pmosuite.plugin.facts.ao;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFacts;
import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryIssueSource;
import com.pmosuite.testkit.InMemoryTrackedProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.testkit.IssueFactFixture.bare;
import static com.pmosuite.testkit.IssueFactFixture.inProject;
import static com.pmosuite.testkit.IssueFactFixture.story;
import static com.pmosuite.testkit.IssueFactFixture.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk over the tracker writing to AO: it fails part-way, a restarted node (new service, store and checkpoint
 * objects over the same database) continues it from the saved checkpoint, and the table ends equal to the tracker.
 */
abstract class AoIssueFactsReconcileSuite {
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;
    private static final long OUTSIDE = 10_099;

    private AoDatabase database;
    private final InMemoryIssueSource jira = new InMemoryIssueSource();
    private final InMemoryTrackedProjects tracked = InMemoryTrackedProjects.of(ALPHA, BETA);
    private final FixedClock clock = FixedClock.atStart();

    protected abstract AoDatabase freshDatabase();

    @BeforeEach
    void open() {
        database = freshDatabase();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private IssueFacts node() {
        return new IssueFacts(new AoIssueFactStore(database.activeObjects()), jira, tracked,
                new AoRebuildProgressStore(database.activeObjects()), PmoLocks.inThisJvm(), clock, 200);
    }

    @Test
    void aWalkThatFailedIsContinuedByARestartedNodeAndEndsEqualToTheTracker() {
        for (long id = 1; id <= 1_500; id++) {
            jira.put(id % 5 == 0 ? story(id, id % 2 == 0 ? ALPHA : BETA) : bare(id, id % 2 == 0 ? ALPHA : BETA));
        }
        jira.put(bare(1_501, OUTSIDE));
        AoIssueFactStore table = new AoIssueFactStore(database.activeObjects());
        table.upsert(List.of(withStatus(story(10, ALPHA), StatusCategory.DONE, story(10, ALPHA).updated()),
                bare(2_000, ALPHA), inProject(bare(77, ALPHA), 55), bare(1_450_000, BETA)));
        jira.failAfter(3);

        RebuildProgress failed = node().reconcile();

        assertThat(failed.state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(failed.lastIssueId()).isEqualTo(600);
        jira.recover();
        int pagesBefore = jira.pagesAskedAfter().size();

        RebuildProgress finished = node().reconcile();

        assertThat(jira.pagesAskedAfter().get(pagesBefore)).isEqualTo(600L);
        assertThat(finished.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(finished.seen()).isEqualTo(1_500);
        assertThat(node().progress()).contains(finished);
        assertThat(stored(table)).hasSize(1_500).isEqualTo(tracker());
        assertThat(table.projectsWithFacts()).containsExactlyInAnyOrder(ALPHA, BETA);

        long stamp = table.stamp();
        RebuildProgress again = node().reconcile();
        assertThat(again.upserted()).isZero();
        assertThat(table.stamp()).as("an unchanged tracker writes nothing").isEqualTo(stamp);
    }

    private List<IssueFact> stored(AoIssueFactStore table) {
        List<IssueFact> all = new ArrayList<>();
        List<IssueFact> page;
        long after = 0;
        do {
            page = table.page(List.of(ALPHA, BETA, 55L, OUTSIDE), after, 500);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).issueId();
        } while (page.size() == 500);
        return all;
    }

    private List<IssueFact> tracker() {
        List<IssueFact> all = new ArrayList<>();
        List<IssueFact> page;
        long after = 0;
        do {
            page = jira.page(List.of(ALPHA, BETA), after, 500);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).issueId();
        } while (page.size() == 500);
        return all;
    }
}
