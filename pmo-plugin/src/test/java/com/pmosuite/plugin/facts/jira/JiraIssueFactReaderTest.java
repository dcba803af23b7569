package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static com.pmosuite.plugin.facts.jira.JiraIssueBuilder.field;
import static com.pmosuite.plugin.facts.jira.JiraIssueBuilder.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraIssueFactReaderTest {
    private static final ZoneId SERVER_ZONE = ZoneId.of("Europe/Berlin");
    private static final String STORY = "10001";
    private static final String EPIC = "10000";
    private static final String INITIATIVE = "10100";

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final CustomField storyPoints = field("customfield_10002", "Story Points",
            JiraFieldCatalog.NUMBER_TYPE);
    private final CustomField epicLink = field("customfield_10008", "Epic Link", JiraFieldCatalog.EPIC_LINK_TYPE);
    private final CustomField parentLink = field("customfield_10200", "Parent Link",
            JiraFieldCatalog.PARENT_LINK_TYPE);
    private final CustomField startDate = field("customfield_10201", "Target start",
            JiraFieldCatalog.TARGET_START_TYPE);
    private final CustomField actualCost = field("customfield_10300", "Actual cost", JiraFieldCatalog.NUMBER_TYPE);
    private final AtomicReference<FieldMapping> mapping = new AtomicReference<>(new FieldMapping(
            "customfield_10002", "customfield_10008", "customfield_10200", "customfield_10201", "customfield_10300",
            Map.of(EPIC, IssueFact.EPIC, INITIATIVE, 2)));
    private JiraIssueFactReader reader;

    @BeforeEach
    void mapFields() {
        for (CustomField f : new CustomField[] {storyPoints, epicLink, parentLink, startDate, actualCost}) {
            when(customFields.getCustomFieldObject(f.getId())).thenReturn(f);
        }
        reader = new JiraIssueFactReader(customFields, issues, mapping::get, SERVER_ZONE);
    }

    @Test
    void aStoryCarriesEveryMappedFactAndJirasOwnFields() {
        MutableIssue epic = issue(500).ofType(EPIC).build();
        Timestamp dueMidnightInBerlin = Timestamp.from(Instant.parse("2026-03-30T22:00:00Z"));
        MutableIssue story = issue(501).inProject(100).ofType(STORY).statusCategory("done")
                .resolved(Instant.parse("2026-02-20T08:00:00Z"))
                .due(dueMidnightInBerlin)
                .estimates(28_800L, 3_600L, 25_200L)
                .assignee("JIRAUSER10100")
                .securityLevel(10_400L)
                .value(epicLink, epic)
                .value(storyPoints, 5.0)
                .value(startDate, Timestamp.from(Instant.parse("2026-02-01T23:00:00Z")))
                .value(actualCost, 1234.567)
                .build();

        IssueFact fact = reader.read(story);

        assertThat(fact).isEqualTo(new IssueFact(501, 100, STORY, IssueFact.STANDARD, 500L, 500L,
                StatusCategory.DONE, JiraIssueBuilder.CREATED, Instant.parse("2026-02-20T08:00:00Z"),
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 31), 5.0, 28_800L, 3_600L, 25_200L,
                new BigDecimal("1234.57"), "JIRAUSER10100", 10_400L, JiraIssueBuilder.UPDATED));
    }

    @Test
    void estimatesAreJirasSecondsUnconverted() {
        IssueFact fact = reader.read(issue(1).estimates(7_200L, 1_800L, 5_400L).build());

        assertThat(fact.originalEstimateSeconds()).isEqualTo(7_200L);
        assertThat(fact.remainingEstimateSeconds()).isEqualTo(1_800L);
        assertThat(fact.timeSpentSeconds()).isEqualTo(5_400L);
    }

    @Test
    void unsetFieldsAreNullFacts() {
        IssueFact fact = reader.read(issue(2).build());

        assertThat(fact.parentId()).isNull();
        assertThat(fact.epicId()).isNull();
        assertThat(fact.resolved()).isNull();
        assertThat(fact.start()).isNull();
        assertThat(fact.due()).isNull();
        assertThat(fact.storyPoints()).isNull();
        assertThat(fact.originalEstimateSeconds()).isNull();
        assertThat(fact.actualCost()).isNull();
        assertThat(fact.assigneeKey()).isNull();
        assertThat(fact.securityLevelId()).isNull();
    }

    @Test
    void unmappedFieldsAreNullFactsEvenWhenTheIssueHasValues() {
        mapping.set(FieldMapping.NONE);
        MutableIssue story = issue(3).value(storyPoints, 8.0).value(actualCost, 10.0)
                .value(epicLink, issue(500).ofType(EPIC).build()).build();

        IssueFact fact = reader.read(story);

        assertThat(fact.storyPoints()).isNull();
        assertThat(fact.actualCost()).isNull();
        assertThat(fact.epicId()).isNull();
        assertThat(fact.hierarchyLevel()).isEqualTo(IssueFact.STANDARD);
    }

    @Test
    void aMappedFieldThatNoLongerExistsIsANullFact() {
        when(customFields.getCustomFieldObject("customfield_10002")).thenReturn(null);

        assertThat(reader.read(issue(4).value(storyPoints, 3.0).build()).storyPoints()).isNull();
    }

    @Test
    void aSubTaskHangsUnderItsParentAndBelongsToTheParentsEpic() {
        MutableIssue epic = issue(600).ofType(EPIC).build();
        MutableIssue story = issue(601).value(epicLink, epic).build();
        when(issues.getIssueObject(601L)).thenReturn(story);

        IssueFact fact = reader.read(issue(602).subTaskOf(601).build());

        assertThat(fact.hierarchyLevel()).isEqualTo(IssueFact.SUB_TASK);
        assertThat(fact.parentId()).isEqualTo(601L);
        assertThat(fact.epicId()).isEqualTo(600L);
        assertThat(fact.isSubTask()).isTrue();
    }

    @Test
    void aSubTaskDirectlyUnderAnEpicBelongsToThatEpic() {
        MutableIssue epic = issue(700).ofType(EPIC).build();
        when(issues.getIssueObject(700L)).thenReturn(epic);

        IssueFact fact = reader.read(issue(701).subTaskOf(700).build());

        assertThat(fact.parentId()).isEqualTo(700L);
        assertThat(fact.epicId()).isEqualTo(700L);
    }

    @Test
    void aSubTaskOfAStoryWithoutEpicHasNoEpic() {
        MutableIssue story = issue(801).build();
        when(issues.getIssueObject(801L)).thenReturn(story);

        assertThat(reader.read(issue(802).subTaskOf(801).build()).epicId()).isNull();
    }

    @Test
    void anEpicHangsUnderItsParentLinkAndHasNoEpic() {
        MutableIssue initiative = issue(900).ofType(INITIATIVE).build();
        MutableIssue epic = issue(901).ofType(EPIC).value(parentLink, initiative)
                .value(epicLink, issue(999).build()).build();

        IssueFact fact = reader.read(epic);

        assertThat(fact.hierarchyLevel()).isEqualTo(IssueFact.EPIC);
        assertThat(fact.parentId()).isEqualTo(900L);
        assertThat(fact.epicId()).isNull();
    }

    @Test
    void levelsAboveEpicsComeFromTheMappingAndTheirParentLink() {
        IssueFact fact = reader.read(issue(1000).ofType(INITIATIVE).value(parentLink, 1001L).build());

        assertThat(fact.hierarchyLevel()).isEqualTo(2);
        assertThat(fact.parentId()).isEqualTo(1001L);
        assertThat(fact.epicId()).isNull();
    }

    @Test
    void aParentLinkGivenAsAnIssueKeyIsLookedUp() {
        MutableIssue initiative = issue(1100).ofType(INITIATIVE).build();
        when(issues.getIssueObject("PLAN-7")).thenReturn(initiative);

        assertThat(reader.read(issue(1101).ofType(EPIC).value(parentLink, "PLAN-7").build()).parentId())
                .isEqualTo(1100L);
    }

    @Test
    void aParentLinkOfAnUnknownShapeIsANullParent() {
        assertThat(reader.read(issue(1201).ofType(EPIC).value(parentLink, new Object()).build()).parentId())
                .isNull();
    }

    @Test
    void statusCategoriesMapToTheCoreCategoriesAndUndefinedCountsAsToDo() {
        assertThat(reader.read(issue(1).statusCategory("new").build()).statusCategory()).isEqualTo(StatusCategory.TODO);
        assertThat(reader.read(issue(2).statusCategory("indeterminate").build()).statusCategory())
                .isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(reader.read(issue(3).statusCategory("done").build()).statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(reader.read(issue(4).statusCategory("undefined").build()).statusCategory())
                .isEqualTo(StatusCategory.TODO);
        assertThat(reader.read(issue(5).statusCategory(null).build()).statusCategory()).isEqualTo(StatusCategory.TODO);
    }

    @Test
    void nonFiniteNumbersAreNullFactsNotNaN() {
        IssueFact fact = reader.read(issue(6).value(storyPoints, Double.NaN).value(actualCost, Double.POSITIVE_INFINITY)
                .build());

        assertThat(fact.storyPoints()).isNull();
        assertThat(fact.actualCost()).isNull();
    }

    @Test
    void costIsRoundedHalfUpToTheCent() {
        assertThat(reader.read(issue(7).value(actualCost, new BigDecimal("10.005")).build()).actualCost())
                .isEqualByComparingTo("10.01");
        assertThat(reader.read(issue(8).value(actualCost, 99).build()).actualCost()).isEqualTo(new BigDecimal("99.00"));
    }

    @Test
    void aChangedMappingAppliesToTheNextRead() {
        MutableIssue story = issue(9).value(storyPoints, 3.0).build();
        assertThat(reader.read(story).storyPoints()).isEqualTo(3.0);

        mapping.set(mapping.get().with(FieldMapping.Role.STORY_POINTS, null));

        assertThat(reader.read(story).storyPoints()).isNull();
    }

    @Test
    void anIssueWithoutTypeIsRefusedRatherThanGivenAMadeUpOne() {
        MutableIssue broken = issue(10).build();
        when(broken.getIssueType()).thenReturn(null);

        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(IllegalArgumentException.class);
    }
}
