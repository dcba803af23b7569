package com.atlassian.jira.util;

/**
 * Compile-time stand-in for Jira's I18nHelper, the object Jira's own Velocity templates call as {@code $i18n},
 * declaring only the member the plugin's templates call (see docs/host-api.md).
 */
public interface I18nHelper {

    String getText(String key);
}
