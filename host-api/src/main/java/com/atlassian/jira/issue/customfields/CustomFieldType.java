package com.atlassian.jira.issue.customfields;

/**
 * Compile-time stand-in for Jira's CustomFieldType&lt;T, S&gt; (a generic interface), declaring only the type key the
 * plugin reads, e.g. {@code com.pyxis.greenhopper.jira:gh-epic-link} (see docs/host-api.md).
 */
public interface CustomFieldType<T, S> {

    String getKey();
}
