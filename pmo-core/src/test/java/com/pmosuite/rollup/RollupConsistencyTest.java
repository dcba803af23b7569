package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static com.pmosuite.rollup.FactBuilder.epic;
import static com.pmosuite.rollup.FactBuilder.issue;
import static com.pmosuite.rollup.FactBuilder.subTask;
import static com.pmosuite.rollup.RollupEngineTest.ALPHA;
import static com.pmosuite.rollup.RollupEngineTest.TODAY;
import static com.pmosuite.rollup.RollupEngineTest.project;
import static com.pmosuite.rollup.RollupEngineTest.visibility;
import static org.assertj.core.api.Assertions.assertThat;

/** The project sums (one scan per bucket) and the issue levels (walked per row) apply the same rules. */
class RollupConsistencyTest {

    @Test
    void aProjectsTopIssuesAddUpToTheProject() {
        ListFactStore store = new ListFactStore();
        Random random = new Random(11);
        List<IssueFact> facts = new ArrayList<>();
        long id = 1;
        for (int e = 0; e < 30; e++) {
            long epicId = id++;
            boolean realEpic = random.nextInt(5) > 0;
            if (realEpic) {
                facts.add(vary(epic(epicId, ALPHA), random).build());
            }
            for (int s = 0; s < 5 + random.nextInt(10); s++) {
                long storyId = id++;
                facts.add(vary(issue(storyId, ALPHA).parent(realEpic ? epicId : null), random)
                        .points(random.nextInt(4) == 0 ? 0.5 : random.nextInt(9)).build());
                for (int t = 0; t < random.nextInt(3); t++) {
                    facts.add(vary(subTask(id++, ALPHA, storyId), random).build());
                }
            }
        }
        store.upsert(facts);
        RollupEngine engine = new RollupEngine(store);
        engine.refresh();

        RollupNode node = engine.rollup(project("ALPHA", ALPHA), visibility(Set.of(ALPHA), Set.of(1L)), Map.of(),
                TODAY, 1);

        RollupNode.Counts counts = node.counts();
        assertThat(node.children().stream().mapToLong(c -> c.counts().total()).sum()).isEqualTo(counts.total());
        assertThat(node.children().stream().mapToLong(c -> c.counts().done()).sum()).isEqualTo(counts.done());
        assertThat(node.children().stream().mapToLong(c -> c.effort().timeSpentSeconds()).sum())
                .isEqualTo(node.effort().timeSpentSeconds());
        assertThat(node.children().stream().mapToLong(c -> c.effort().remainingEstimateSeconds()).sum())
                .isEqualTo(node.effort().remainingEstimateSeconds());
        assertThat(node.children().stream().map(c -> c.effort().points()).reduce(java.math.BigDecimal::add))
                .contains(node.effort().points());
        assertThat(node.children().stream().mapToLong(c -> c.schedule().overdue()).sum())
                .isEqualTo(node.schedule().overdue());
        assertThat(node.children().stream().mapToLong(c -> c.schedule().resolvedLastFourWeeks()).sum())
                .isEqualTo(node.schedule().resolvedLastFourWeeks());
        assertThat(node.children().stream().map(c -> c.schedule().latestDue().orElseThrow())
                .max(java.util.Comparator.naturalOrder())).isEqualTo(node.schedule().latestDue());
        assertThat(node.schedule().overdue()).isPositive();
        assertThat(node.counts().total()).isLessThan(facts.size());
    }

    private static FactBuilder vary(FactBuilder builder, Random random) {
        int roll = random.nextInt(3);
        if (roll == 0) {
            builder.done(TODAY.minusDays(random.nextInt(60)));
        } else if (roll == 1) {
            builder.inProgress();
        }
        if (random.nextInt(10) == 0) {
            builder.securityLevel(random.nextBoolean() ? 1 : 2);
        }
        builder.due(TODAY.plusDays(random.nextInt(40) - 20)).start(TODAY.minusDays(random.nextInt(90)));
        return builder.hours(random.nextInt(20), random.nextInt(10), random.nextInt(15));
    }
}
