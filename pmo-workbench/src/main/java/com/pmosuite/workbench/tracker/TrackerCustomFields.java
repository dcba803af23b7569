package com.pmosuite.workbench.tracker;

import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.List;

/**
 * The workbench Jira's custom fields, as Jira and Jira Software report them: Epic Link and Story Points (found
 * through Jira Software's {@link ManagedCustomFieldsService}, as the plugin finds them inside Jira), a Start date,
 * an Actual cost number field (no issue has a value), and the Epic issue type ({@link ManagedIssueTypesService}). Values are read with
 * {@link JiraIssueView#getCustomFieldValue}.
 */
public final class TrackerCustomFields implements CustomFieldManager, ManagedCustomFieldsService,
        ManagedIssueTypesService {

    /** One custom field: its id, name and type key. */
    public record Field(String id, String name, String typeKey) implements CustomField {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public CustomFieldType getCustomFieldType() {
            return (CustomFieldType<Object, Object>) () -> typeKey;
        }
    }

    public static final Field EPIC_LINK = new Field(TrackerFields.EPIC_LINK, "Epic Link",
            "com.pyxis.greenhopper.jira:gh-epic-link");
    public static final Field STORY_POINTS = new Field(TrackerFields.STORY_POINTS, "Story Points",
            "com.atlassian.jira.plugin.system.customfieldtypes:float");
    public static final Field START_DATE = new Field(TrackerFields.START_DATE, "Start date",
            "com.atlassian.jira.plugin.system.customfieldtypes:datepicker");
    public static final Field ACTUAL_COST = new Field(TrackerFields.ACTUAL_COST, "Actual cost",
            "com.atlassian.jira.plugin.system.customfieldtypes:float");
    private static final List<CustomField> ALL = List.of(EPIC_LINK, STORY_POINTS, START_DATE, ACTUAL_COST);

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return ALL;
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        return ALL.stream().filter(f -> f.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public ServiceOutcome<CustomField> getEpicLinkCustomField() {
        return found(EPIC_LINK);
    }

    @Override
    public ServiceOutcome<CustomField> getStoryPointsCustomField() {
        return found(STORY_POINTS);
    }

    @Override
    public ServiceOutcome<IssueType> getEpicIssueType() {
        return found(TrackerScheme.EPIC);
    }

    private static <T> ServiceOutcome<T> found(T value) {
        return new ServiceOutcome<>() {
            @Override
            public boolean isValid() {
                return true;
            }

            @Override
            public T getReturnedValue() {
                return value;
            }
        };
    }
}
