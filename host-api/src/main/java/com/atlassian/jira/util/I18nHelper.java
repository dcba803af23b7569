package com.atlassian.jira.util;

/**
 * Compile-time stand-in for Jira's I18nHelper, the object Jira's own Velocity templates call as {@code $i18n},
 * declaring only the members the plugin's templates call (see docs/host-api.md).
 */
public interface I18nHelper {

    String getText(String key);

    /** @param parameters one value, or a list or array of values, for the message's {0}, {1}, ... */
    String getText(String key, Object parameters);
}
