package com.pmosuite.workbench.http.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEscapingInsertionTest {

    @ParameterizedTest
    @ValueSource(strings = {"$bodyHtml", "$!bodyHtml", "${bodyHTML}", "$!{bodyHtml}", "$risk.descriptionHtml",
            "$panel.renderHtml()", "$panel.getContentHtml('a.b', \"c(d)\")", "$rowsHtml[0]", "$fooHtml.name",
            "${bodyHtml|'none'}"})
    void referencesThatDeclareMarkupAreNotEscaped(String reference) {
        assertThat(HtmlEscapingInsertion.isDeclaredHtml(reference)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$title", "$htmlTitle", "$risk.title", "$i18n.getText('x.bodyHtml')",
            "$panel.getHtmlContent()", "$risk.descriptionHtml.length()", "$rows[0]", "${title|$bodyHtml}"})
    void everythingElseIsEscaped(String reference) {
        assertThat(HtmlEscapingInsertion.isDeclaredHtml(reference)).isFalse();
    }
}
