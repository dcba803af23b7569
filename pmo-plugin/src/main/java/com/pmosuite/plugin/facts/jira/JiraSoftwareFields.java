package com.pmosuite.plugin.facts.jira;

import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Objects;
import java.util.Optional;

/**
 * {@link AgileFields} from Jira Software's public services. The only class that refers to
 * {@code com.atlassian.greenhopper.api}, which the plugin imports optionally: construct it only when Jira Software's
 * services are there, and use {@link AgileFields#NONE} otherwise.
 */
public final class JiraSoftwareFields implements AgileFields {
    private final ManagedCustomFieldsService customFields;
    private final ManagedIssueTypesService issueTypes;

    public JiraSoftwareFields(ManagedCustomFieldsService customFields, ManagedIssueTypesService issueTypes) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.issueTypes = Objects.requireNonNull(issueTypes, "issueTypes");
    }

    @Override
    public Optional<CustomField> storyPoints() {
        return valueOf(customFields.getStoryPointsCustomField());
    }

    @Override
    public Optional<CustomField> epicLink() {
        return valueOf(customFields.getEpicLinkCustomField());
    }

    @Override
    public Optional<String> epicIssueTypeId() {
        return valueOf(issueTypes.getEpicIssueType()).map(IssueType::getId);
    }

    // Jira Software documents that an outcome may be invalid, e.g. while it is still creating its fields.
    private static <T> Optional<T> valueOf(ServiceOutcome<T> outcome) {
        return outcome != null && outcome.isValid() ? Optional.ofNullable(outcome.getReturnedValue()) : Optional.empty();
    }
}
