package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-time stand-in for Jira's CustomField (an interface), declaring only the members the plugin calls and
 * omitting its many Jira-only superinterfaces (Field, NavigableField, OrderableField, ...); getId and getName come
 * from Field in Jira, which interface method resolution finds (see docs/host-api.md).
 */
public interface CustomField {

    /** The text key, e.g. {@code customfield_10002}. */
    String getId();

    String getName();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}
