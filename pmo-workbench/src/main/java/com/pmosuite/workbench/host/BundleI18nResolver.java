package com.pmosuite.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** SAL's i18n over the plugin's own properties bundle; a missing key shows as the key, as in Jira. */
public final class BundleI18nResolver implements I18nResolver {
    private final ResourceBundle bundle;

    public BundleI18nResolver(String baseName) {
        this.bundle = ResourceBundle.getBundle(baseName.replace('/', '.'), Locale.ROOT,
                BundleI18nResolver.class.getClassLoader());
    }

    @Override
    public String getText(String key) {
        if (key == null) {
            return "";
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return MessageFormat.format(getText(key), (Object[]) arguments);
    }
}
