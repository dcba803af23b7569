package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {

    @Test
    void escapeCoversTheFiveHtmlSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void nullEscapesToNothing() {
        assertThat(Html.escape(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/pmo?a=1&b=2", "https://example.com/x", "HTTP://example.com",
            "risks?view=all", "#top", "/path/with:colon"})
    void relativeAndWebUrlsAreKeptEscaped(String url) {
        assertThat(Html.url(url)).isEqualTo(Html.attr(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
            "\u0001javascript:alert(1)", "data:text/html,<script>", "vbscript:x"})
    void scriptAndDataUrlsBecomeHash(String url) {
        assertThat(Html.url(url)).isEqualTo("#");
    }

    @Test
    void characterReferencesInAttributesAreDecoded() {
        assertThat(Html.unescape("&lt;b&gt; &amp;amp; &quot;x&quot; &#39;y&#x27; &eacute;"))
                .isEqualTo("<b> &amp; \"x\" 'y' &eacute;");
    }
}
