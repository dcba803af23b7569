package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-time stand-in for SAL's I18nResolver (no superinterface in the real API), declaring only the members the
 * plugin calls (see https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html).
 */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
