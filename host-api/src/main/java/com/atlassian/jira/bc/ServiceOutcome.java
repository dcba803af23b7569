package com.atlassian.jira.bc;

/**
 * Compile-time stand-in for Jira's ServiceOutcome&lt;T&gt; (an interface), declaring only the members the plugin
 * calls; in Jira isValid() comes from the superinterface ServiceResult, which interface method resolution finds
 * (see docs/host-api.md).
 */
public interface ServiceOutcome<T> {

    boolean isValid();

    T getReturnedValue();
}
