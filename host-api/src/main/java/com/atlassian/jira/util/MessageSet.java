package com.atlassian.jira.util;

import java.util.Set;

/**
 * Compile-time stand-in for Jira's MessageSet (an interface), the errors of a JQL parse; only the error messages
 * are declared (see docs/host-api.md).
 */
public interface MessageSet {

    Set<String> getErrorMessages();
}
