package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Optional;

/**
 * What Jira Software says about its own fields and issue types. An interface without Jira Software types, so the
 * plugin loads when Jira Software is not installed ({@link #NONE}); {@link JiraSoftwareFields} asks the real one.
 */
public interface AgileFields {

    /** Jira Software is absent: it names nothing. */
    AgileFields NONE = new AgileFields() {
        @Override
        public Optional<CustomField> storyPoints() {
            return Optional.empty();
        }

        @Override
        public Optional<CustomField> epicLink() {
            return Optional.empty();
        }

        @Override
        public Optional<String> epicIssueTypeId() {
            return Optional.empty();
        }
    };

    /** The Story Points field Jira Software manages. */
    Optional<CustomField> storyPoints();

    /** The Epic Link field. */
    Optional<CustomField> epicLink();

    /** The id of the Epic issue type. */
    Optional<String> epicIssueTypeId();
}
