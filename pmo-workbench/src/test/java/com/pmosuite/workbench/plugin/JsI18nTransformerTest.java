package com.pmosuite.workbench.plugin;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench rewrites i18n calls in served scripts as Jira's jsI18n transformer does. */
class JsI18nTransformerTest {

    private static final Map<String, String> MESSAGES = Map.of(
            "pmo.plain", "Risk register",
            "pmo.args", "Risk {0} of {1}",
            "pmo.quoted", "It''s \"done\" \\ </script><b>\n\u2028end",
            "pmo.apostrophes", "Don''t");

    private final JsI18nTransformer transformer =
            new JsI18nTransformer(key -> Optional.ofNullable(MESSAGES.get(key)));

    @Test
    void aCallWithoutArgumentsBecomesTheTranslatedString() {
        assertThat(transformer.transform("var a = AJS.I18n.getText('pmo.plain');"))
                .isEqualTo("var a = \"Risk register\";");
        assertThat(transformer.transform("x(WRM.I18n.getText(\"pmo.plain\"))")).isEqualTo("x(\"Risk register\")");
    }

    @Test
    void aCallWithArgumentsBecomesAFormatCallOverTheRawMessage() {
        assertThat(transformer.transform("AJS.I18n.getText('pmo.args', n, total)"))
                .isEqualTo("AJS.format(\"Risk {0} of {1}\", n, total)");
    }

    @Test
    void anUnknownKeyIsServedAsTheKeyAsInJira() {
        assertThat(transformer.transform("t = AJS.I18n.getText('pmo.no.such.key');"))
                .isEqualTo("t = \"pmo.no.such.key\";");
    }

    @Test
    void aMessageIsFormattedWithoutArgumentsAsTheServerFormatsIt() {
        assertThat(transformer.transform("AJS.I18n.getText('pmo.apostrophes')")).isEqualTo("\"Don\\u0027t\"");
    }

    @Test
    void aTranslatedStringCannotEndTheLiteralTheLineOrAScriptElement() {
        String served = transformer.transform("var q = AJS.I18n.getText('pmo.quoted');");

        String literal = served.substring("var q = \"".length(), served.length() - "\";".length());
        assertThat(literal).doesNotContain("\"", "'", "\\\\", "<", ">", "\n", "\u2028");
        assertThat(unescape(literal)).isEqualTo("It's \"done\" \\ </script><b>\n\u2028end");
    }

    @Test
    void callsWhoseKeyIsNotALiteralAreLeftForTheBrowserToAnswerWithTheKey() {
        String script = "AJS.I18n.getText('pmo.' + kind); AJS.I18n.getText(key)";
        assertThat(transformer.transform(script)).isEqualTo(script);
    }

    @Test
    void aQualifiedNamespaceKeepsItsPathAndFormatsTheMessage() {
        assertThat(transformer.transform("window.AJS.I18n.getText('pmo.plain')"))
                .isEqualTo("window.AJS.format(\"Risk register\")");
    }

    /** Reads back \\uXXXX escapes, the only escapes the transformer writes. */
    private static String unescape(String literal) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) == '\\') {
                assertThat(literal.charAt(i + 1)).isEqualTo('u');
                text.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(literal.charAt(i));
            }
        }
        return text.toString();
    }
}
