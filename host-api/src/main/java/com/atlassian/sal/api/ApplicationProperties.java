package com.atlassian.sal.api;

/**
 * Compile-time stand-in for SAL's {@code ApplicationProperties}, declaring only the member the plugin calls.
 * Javadoc: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html
 */
public interface ApplicationProperties {
    /** The host's base URL in the given form, e.g. the context path alone for {@link UrlMode#RELATIVE}. */
    String getBaseUrl(UrlMode urlMode);
}
