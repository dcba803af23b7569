package com.atlassian.sal.api;

/**
 * Compile-time stand-in for SAL's {@code UrlMode} enum (all constants, in declaration order).
 * Javadoc: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
