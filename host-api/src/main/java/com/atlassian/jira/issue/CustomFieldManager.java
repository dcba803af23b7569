package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

/**
 * Compile-time stand-in for Jira's CustomFieldManager (an interface), declaring only the members the plugin calls
 * (see docs/host-api.md).
 */
public interface CustomFieldManager {

    /** Every custom field. */
    List<CustomField> getCustomFieldObjects();

    /** The field with this text key (e.g. {@code customfield_10000}), or null. */
    CustomField getCustomFieldObject(String id);
}
