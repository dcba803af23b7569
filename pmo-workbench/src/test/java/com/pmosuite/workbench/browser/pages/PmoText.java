package com.pmosuite.workbench.browser.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The plugin's own words ({@code i18n/pmo.properties}), so that tests find a link or a message by what people read
 * without copying the English text, and keep passing when the wording changes.
 */
public final class PmoText {
    private static final Properties TEXTS = load();

    private PmoText() {
    }

    /** The text of {@code key}; a missing key fails loudly rather than matching nothing. */
    public static String of(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " in i18n/pmo.properties");
        }
        return text;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = PmoText.class.getResourceAsStream("/i18n/pmo.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/pmo.properties is not on the test class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
