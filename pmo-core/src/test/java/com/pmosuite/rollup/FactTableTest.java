package com.pmosuite.rollup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.pmosuite.rollup.FactBuilder.issue;
import static org.assertj.core.api.Assertions.assertThat;

class FactTableTest {

    @Test
    void rowsStayFindableThroughGrowthAndDeletesInAnyOrder() {
        FactTable table = new FactTable();
        Map<Long, Long> projectOf = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        Random random = new Random(7);
        for (int step = 0; step < 20_000; step++) {
            // Clustered ids, as Jira hands them out, plus far-apart ones, so probe chains wrap and shift.
            long id = random.nextInt(4) == 0 ? random.nextLong(1, Long.MAX_VALUE) : 10_000 + random.nextInt(6_000);
            if (random.nextInt(3) == 0 && !ids.isEmpty()) {
                long gone = ids.remove(random.nextInt(ids.size()));
                table.delete(gone);
                projectOf.remove(gone);
            } else {
                long project = 1 + random.nextInt(5);
                table.upsert(issue(id, project).build());
                if (projectOf.put(id, project) == null) {
                    ids.add(id);
                }
            }
        }

        assertThat(table.size).isEqualTo(projectOf.size());
        projectOf.forEach((id, project) -> {
            int row = table.rowOf(id);
            assertThat(row).isNotNegative();
            assertThat(table.projectIds[table.project[row]]).isEqualTo(project);
        });
        assertThat(table.rowOf(3)).isEqualTo(-1);
    }

    @Test
    void aDeleteMovesTheLastRowWithAllItsColumns() {
        FactTable table = new FactTable();
        table.upsert(issue(1, 10).points(1).build());
        table.upsert(issue(2, 20).points(2).parent(9L).inProgress().securityLevel(5).actualCost("7.25").build());

        table.delete(1);

        int row = table.rowOf(2);
        assertThat(row).isZero();
        assertThat(table.points[row]).isEqualTo(2f);
        assertThat(table.parentId[row]).isEqualTo(9);
        assertThat(table.status[row]).isEqualTo(FactTable.IN_PROGRESS);
        assertThat(table.costCents[row]).isEqualTo(725);
        assertThat(table.bucketLevel[table.bucket[row]]).isEqualTo(5);
    }
}
