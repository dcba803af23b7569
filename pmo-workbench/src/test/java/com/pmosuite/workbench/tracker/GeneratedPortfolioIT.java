package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --demo-issues N} on a workbench of its own: the generated portfolio has the shapes rollups expect, and
 * more than 10,000 issues are read completely by paging on id, while an offset past Jira 11's search window is
 * refused.
 */
class GeneratedPortfolioIT {
    private static final int GENERATED = 10_300;
    private static Path data;
    private static WorkbenchComponents workbench;
    private static List<TrackerIssue> issues;
    private static int generatedOnFirstStart;

    @BeforeAll
    static void generate() throws IOException {
        data = Files.createTempDirectory("pmo-generated-it");
        workbench = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString(),
                "--demo-issues", String.valueOf(GENERATED)), Clock.systemUTC());
        generatedOnFirstStart = workbench.generatedIssues();
        issues = workbench.tracker().store().select("1 = 1", List.of(), "ID", 0, Integer.MAX_VALUE);
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @Test
    void exactlyTheAskedNumberOfIssuesIsGenerated() {
        assertThat(generatedOnFirstStart).isEqualTo(GENERATED);
        assertThat(issues).hasSize(GENERATED);
        assertThat(issues.get(0).id()).isEqualTo(TrackerStore.FIRST_ISSUE_ID);
    }

    @Test
    void everyEpicHasFiveToFortyStories() {
        Map<Long, Long> storiesPerEpic = issues.stream().filter(i -> i.epicLinkId() != null)
                .collect(Collectors.groupingBy(TrackerIssue::epicLinkId, Collectors.counting()));
        List<TrackerIssue> epics = issues.stream().filter(i -> i.type().equals(TrackerScheme.EPIC)).toList();

        assertThat(epics).hasSizeGreaterThan(50);
        assertThat(epics).allSatisfy(epic -> assertThat(storiesPerEpic.get(epic.id())).isBetween(5L, 40L));
        assertThat(issues).filteredOn(i -> i.epicLinkId() != null)
                .allSatisfy(story -> assertThat(story.type()).isEqualTo(TrackerScheme.STORY));
    }

    @Test
    void subTasksHangUnderStoriesOfTheirOwnProject() {
        Map<Long, TrackerIssue> byId = issues.stream().collect(Collectors.toMap(TrackerIssue::id,
                Function.identity()));
        List<TrackerIssue> subTasks = issues.stream().filter(i -> i.type().isSubTask()).toList();

        assertThat(subTasks).hasSizeGreaterThan(500);
        assertThat(subTasks).allSatisfy(subTask -> {
            TrackerIssue parent = byId.get(subTask.parentId());
            assertThat(parent.type()).isEqualTo(TrackerScheme.STORY);
            assertThat(parent.project()).isEqualTo(subTask.project());
        });
    }

    @Test
    void statusesSpreadOverTheThreeCategoriesWithMatchingResolutionsAndWork() {
        Map<StatusCategory, Long> perCategory = issues.stream()
                .collect(Collectors.groupingBy(TrackerIssue::statusCategory, Collectors.counting()));

        for (StatusCategory category : StatusCategory.values()) {
            assertThat(perCategory.get(category)).as(category.name()).isGreaterThan(GENERATED / 10L);
        }
        assertThat(issues).allSatisfy(i -> assertThat(i.resolved() != null).isEqualTo(i.statusCategory()
                == StatusCategory.DONE));
        assertThat(issues).filteredOn(i -> i.statusCategory() == StatusCategory.TODO)
                .allSatisfy(i -> assertThat(i.timeSpentSeconds()).isZero());
        assertThat(issues).filteredOn(i -> i.type().equals(TrackerScheme.STORY))
                .filteredOn(i -> i.storyPoints() != null).hasSizeGreaterThan(GENERATED / 3);
        assertThat(issues).filteredOn(i -> i.due() != null && i.start() != null)
                .allSatisfy(i -> assertThat(i.start()).isBeforeOrEqualTo(i.due()));
        Map<String, Long> perProject = new HashMap<>();
        issues.forEach(i -> perProject.merge(i.project().key(), 1L, Long::sum));
        assertThat(perProject).containsOnlyKeys("ALPHA", "BETA", "GAMMA", "DELTA");
    }

    @Test
    void pagingByIdReadsAllIssuesPastTheTenThousandWindow() {
        JiraClient admin = new JiraClient(workbench.server().baseUri(), "admin");
        long total = admin.search("", 0, 0).json().get("total").asLong();
        long last = 0;
        int read = 0;
        while (true) {
            JsonNode page = admin.search("project in (ALPHA, BETA, GAMMA, DELTA) AND id > " + last + " ORDER BY id",
                    0, 1000).json();
            JsonNode found = page.get("issues");
            if (found.isEmpty()) {
                break;
            }
            for (JsonNode issue : found) {
                assertThat(issue.get("id").asLong()).isGreaterThan(last);
                last = issue.get("id").asLong();
                read++;
            }
        }

        assertThat(total).isEqualTo(GENERATED);
        assertThat(read).isEqualTo(GENERATED);
        assertThat(admin.search("", 10_000, 1).status()).isEqualTo(400);
        assertThat(admin.search("", 9_000, 1_000).status()).isEqualTo(200);
    }

    @Test
    void aRestartOnTheSameDataGeneratesNothingMore() {
        workbench.close();
        try {
            WorkbenchComponents again = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data",
                    data.toString(), "--demo-issues", String.valueOf(GENERATED)), Clock.systemUTC());
            try {
                assertThat(again.generatedIssues()).isZero();
                assertThat(again.tracker().store().count("1 = 1", List.of())).isEqualTo(GENERATED);
            } finally {
                again.close();
            }
        } finally {
            workbench = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString()),
                    Clock.systemUTC());
        }
    }

    @Test
    void theOptionIsBounded() {
        assertThatThrownBy(() -> WorkbenchOptions.parse("--demo-issues", "0"))
                .hasMessage("--demo-issues must be between 1 and 1000000");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--demo-issues", "1000001"))
                .hasMessage("--demo-issues must be between 1 and 1000000");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--demo-issues", "many"))
                .hasMessage("--demo-issues must be a number, not 'many'");
        assertThat(WorkbenchOptions.parse("--demo-issues", "1000000").demoIssues()).isEqualTo(1_000_000);
    }
}
