package com.pmosuite.workbench.plugin;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's copy of the behaviour of Jira's {@code jsI18n} web-resource transformer (see docs/host-api.md),
 * so a script that relies on it works here exactly as in Jira:
 * <ul>
 * <li>{@code AJS.I18n.getText('key')} (or {@code WRM.}, any single identifier) becomes the translated text as a
 * JavaScript string literal, formatted as the server formats a message without arguments;</li>
 * <li>{@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("raw message", a, b)}, so {@code {0}} is
 * filled in the browser;</li>
 * <li>a key with no translation becomes the key itself, as Jira shows it;</li>
 * <li>a call whose key is not a quoted literal of letters, digits, dots, hyphens and underscores is left alone (and
 * the browser's {@code AJS.I18n.getText} then answers the key), which is why page scripts write every key out.</li>
 * </ul>
 */
public final class JsI18nTransformer {
    public static final String KEY = "jsI18n";

    private static final Pattern GET_TEXT = Pattern.compile(
            "(?:\\.I18n|\\['I18n']|\\[\"I18n\"])\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*([),])");
    // Jira looks back a bounded distance for the identifier before ".I18n": the same bound keeps this linear.
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile("([\\p{Alpha}$_][\\p{Alnum}$_]{0,100})$");
    private static final int LOOK_BACK = 120;

    private final Function<String, Optional<String>> rawMessages;

    /** @param rawMessages the unformatted message of a key in the viewer's locale, if the bundle has one */
    public JsI18nTransformer(Function<String, Optional<String>> rawMessages) {
        this.rawMessages = rawMessages;
    }

    public String transform(CharSequence script) {
        Matcher call = GET_TEXT.matcher(script);
        Matcher identifier = IDENTIFIER_BEFORE.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        int copied = 0;
        while (call.find()) {
            identifier.region(Math.max(copied, call.start() - LOOK_BACK), call.start());
            if (!identifier.find()) {
                continue;
            }
            String key = call.group(2);
            boolean hasArguments = ",".equals(call.group(3));
            boolean qualified = qualified(script, identifier.start());
            if (hasArguments || qualified) {
                // Identifier stays: AJS.format("raw", a, b) or window.AJS.format("raw")
                out.append(script, copied, call.start()).append(".format(\"")
                        .append(escape(rawMessages.apply(key).orElse(key))).append(hasArguments ? "\"," : "\")");
            } else {
                out.append(script, copied, identifier.start()).append('"').append(escape(formatted(key))).append('"');
            }
            copied = call.end();
        }
        return out.append(script, copied, script.length()).toString();
    }

    private String formatted(String key) {
        return rawMessages.apply(key).map(raw -> MessageFormat.format(raw, new Object[0])).orElse(key);
    }

    private static boolean qualified(CharSequence script, int identifierStart) {
        int i = identifierStart - 1;
        while (i >= 0 && Character.isWhitespace(script.charAt(i))) {
            i--;
        }
        return i >= 0 && (script.charAt(i) == '.' || script.charAt(i) == ']');
    }

    /**
     * A JavaScript string body that cannot end the literal, the line or an inline script element: quotes,
     * backslashes, markup characters, line terminators (U+2028/2029 included) and every other character outside
     * printable ASCII become {@code \\uXXXX}.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c < 0x7f && "\"'\\<>&/`".indexOf(c) < 0;
            if (plain) {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.toString();
    }
}
