package com.pmosuite.plugin.facts.jira;

import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.FieldMapping.Role;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog.FoundField;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog.HowFound;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.pmosuite.plugin.facts.jira.JiraIssueBuilder.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraFieldCatalogTest {
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField storyPoints = field("customfield_10002", "Story Points", JiraFieldCatalog.NUMBER_TYPE);
    private final CustomField epicLink = field("customfield_10008", "Epic Link", JiraFieldCatalog.EPIC_LINK_TYPE);
    private final CustomField parentLink = field("customfield_10200", "Parent Link", JiraFieldCatalog.PARENT_LINK_TYPE);
    private final CustomField targetStart = field("customfield_10201", "Target start",
            JiraFieldCatalog.TARGET_START_TYPE);
    private final CustomField actualCost = field("customfield_10300", "Actual cost", JiraFieldCatalog.NUMBER_TYPE);
    private final CustomField unrelated = field("customfield_10400", "Customer", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");

    @Test
    void jiraSoftwaresAnswerWinsAndOtherRolesAreFoundByTypeAndName() {
        when(customFields.getCustomFieldObjects()).thenReturn(
                List.of(unrelated, actualCost, targetStart, parentLink, epicLink, storyPoints));
        JiraFieldCatalog catalog = new JiraFieldCatalog(customFields, jiraSoftware(storyPoints, epicLink, "10000"));

        assertThat(catalog.discover()).containsExactly(
                new FoundField(Role.STORY_POINTS, "customfield_10002", "Story Points", JiraFieldCatalog.NUMBER_TYPE,
                        HowFound.JIRA_SOFTWARE),
                new FoundField(Role.EPIC_LINK, "customfield_10008", "Epic Link", JiraFieldCatalog.EPIC_LINK_TYPE,
                        HowFound.JIRA_SOFTWARE),
                new FoundField(Role.PARENT_LINK, "customfield_10200", "Parent Link",
                        JiraFieldCatalog.PARENT_LINK_TYPE, HowFound.FIELD_TYPE),
                new FoundField(Role.START_DATE, "customfield_10201", "Target start",
                        JiraFieldCatalog.TARGET_START_TYPE, HowFound.FIELD_TYPE),
                new FoundField(Role.ACTUAL_COST, "customfield_10300", "Actual cost", JiraFieldCatalog.NUMBER_TYPE,
                        HowFound.FIELD_NAME));
        assertThat(catalog.proposedMapping()).isEqualTo(new FieldMapping("customfield_10002", "customfield_10008",
                "customfield_10200", "customfield_10201", "customfield_10300", Map.of("10000", IssueFact.EPIC)));
    }

    @Test
    void withoutJiraSoftwareTheFieldsAreFoundByTypeAndNameAndNoEpicTypeIsAssumed() {
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(storyPoints, epicLink));

        FieldMapping proposed = new JiraFieldCatalog(customFields, AgileFields.NONE).proposedMapping();

        assertThat(proposed.storyPointsFieldId()).isEqualTo("customfield_10002");
        assertThat(proposed.epicLinkFieldId()).isEqualTo("customfield_10008");
        assertThat(proposed.issueTypeLevels()).isEmpty();
    }

    @Test
    void twoEqualCandidatesAreReportedButLeftForTheAdministratorToChoose() {
        CustomField otherCost = field("customfield_10301", "Actual Cost", JiraFieldCatalog.NUMBER_TYPE);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(actualCost, otherCost));
        JiraFieldCatalog catalog = new JiraFieldCatalog(customFields, AgileFields.NONE);

        assertThat(catalog.discover()).extracting(FoundField::fieldId)
                .containsExactly("customfield_10300", "customfield_10301");
        assertThat(catalog.proposedMapping().actualCostFieldId()).isNull();
    }

    @Test
    void anInvalidJiraSoftwareOutcomeNamesNothing() {
        ManagedCustomFieldsService fields = mock(ManagedCustomFieldsService.class);
        ManagedIssueTypesService types = mock(ManagedIssueTypesService.class);
        ServiceOutcome<CustomField> invalid = outcome(false, null);
        ServiceOutcome<IssueType> noType = outcome(false, null);
        when(fields.getStoryPointsCustomField()).thenReturn(invalid);
        when(fields.getEpicLinkCustomField()).thenReturn(invalid);
        when(types.getEpicIssueType()).thenReturn(noType);

        JiraSoftwareFields agile = new JiraSoftwareFields(fields, types);

        assertThat(agile.storyPoints()).isEmpty();
        assertThat(agile.epicLink()).isEmpty();
        assertThat(agile.epicIssueTypeId()).isEmpty();
    }

    private static AgileFields jiraSoftware(CustomField points, CustomField link, String epicTypeId) {
        ManagedCustomFieldsService fields = mock(ManagedCustomFieldsService.class);
        ManagedIssueTypesService types = mock(ManagedIssueTypesService.class);
        IssueType epicType = mock(IssueType.class);
        when(epicType.getId()).thenReturn(epicTypeId);
        ServiceOutcome<CustomField> pointsOutcome = outcome(true, points);
        ServiceOutcome<CustomField> linkOutcome = outcome(true, link);
        ServiceOutcome<IssueType> typeOutcome = outcome(true, epicType);
        when(fields.getStoryPointsCustomField()).thenReturn(pointsOutcome);
        when(fields.getEpicLinkCustomField()).thenReturn(linkOutcome);
        when(types.getEpicIssueType()).thenReturn(typeOutcome);
        return new JiraSoftwareFields(fields, types);
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceOutcome<T> outcome(boolean valid, T value) {
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(valid);
        when(outcome.getReturnedValue()).thenReturn(value);
        return outcome;
    }
}
