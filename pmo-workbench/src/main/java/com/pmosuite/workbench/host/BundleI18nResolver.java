package com.pmosuite.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;
import java.util.ResourceBundle;

/** SAL's i18n over the plugin's own properties bundle; a missing key shows as the key, as in Jira. */
public final class BundleI18nResolver implements I18nResolver {
    private final ResourceBundle bundle;

    public BundleI18nResolver(String baseName) {
        this.bundle = ResourceBundle.getBundle(baseName.replace('/', '.'), Locale.ROOT,
                BundleI18nResolver.class.getClassLoader());
    }

    /** The unformatted messages of a bundle, for the web-resource i18n transformer. */
    public static Function<String, Optional<String>> rawMessages(String baseName) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName.replace('/', '.'), Locale.ROOT,
                BundleI18nResolver.class.getClassLoader());
        return key -> bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    // Jira formats every message with MessageFormat, arguments or not (so a lone apostrophe vanishes there):
    // doing the same here keeps such a mistake visible in the workbench.
    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        if (key == null) {
            return "";
        }
        try {
            return MessageFormat.format(bundle.getString(key), (Object[]) arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
