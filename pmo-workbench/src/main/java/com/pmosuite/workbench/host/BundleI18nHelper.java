package com.pmosuite.workbench.host;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Jira's I18nHelper over the plugin's bundle: what Jira's Velocity contexts carry as {@code $i18n}, and the one
 * i18n object whose {@code getText} is on Jira's global Velocity allowlist. A separate class from the SAL
 * resolver, so a template that calls the SAL one fails here as it would in Jira.
 */
public final class BundleI18nHelper implements I18nHelper {
    private final I18nResolver bundle;

    public BundleI18nHelper(I18nResolver bundle) {
        this.bundle = bundle;
    }

    @Override
    public String getText(String key) {
        return bundle.getText(key);
    }

    @Override
    public String getText(String key, Object parameters) {
        Object[] values = parameters instanceof Object[] array ? array
                : parameters instanceof List<?> list ? list.toArray() : new Object[]{parameters};
        return bundle.getText(key, Arrays.stream(values).map(String::valueOf).toArray(Serializable[]::new));
    }
}
