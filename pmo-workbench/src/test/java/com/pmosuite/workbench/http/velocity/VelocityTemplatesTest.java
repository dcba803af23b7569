package com.pmosuite.workbench.http.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.message.I18nResolver;
import org.junit.jupiter.api.Test;

class VelocityTemplatesTest {

    /** Stands in for a host's i18n object whose getText a host allowlist names. */
    public static final class I18n {
        public String getText(String key) {
            return "<" + key + ">";
        }

        public String getLocaleName() {
            return "en";
        }
    }

    /** Jira's own I18nHelper, the one i18n object on Jira's global allowlist. */
    public static final class JiraI18n implements I18nHelper {
        @Override
        public String getText(String key) {
            return "jira:" + key;
        }

        @Override
        public String getText(String key, Object parameters) {
            return "jira:" + key + ":" + parameters;
        }
    }

    /** SAL's resolver: a host class, not on Jira's global allowlist. */
    public static final class SalI18n implements I18nResolver {
        @Override
        public String getText(String key) {
            return "sal:" + key;
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return "sal:" + key;
        }
    }

    /** A view model type that is not on the allowlist. */
    public static final class Unlisted {
        public String secret() {
            return "leaked";
        }
    }

    /** A template on a fake plugin class path, so the test needs no resource files. */
    private static final ClassLoader PLUGIN = new ClassLoader(VelocityTemplatesTest.class.getClassLoader()) {
        @Override
        public InputStream getResourceAsStream(String name) {
            return name.equals("templates/risk/title.vm")
                    ? new ByteArrayInputStream("<h1>$title</h1><p>$bodyHtml</p> Zoë".getBytes(StandardCharsets.UTF_8))
                    : super.getResourceAsStream(name);
        }
    };

    private final VelocityTemplates templates = new VelocityTemplates(PLUGIN,
            Set.of(I18n.class.getName() + "#getText(java.lang.String)"), Set.of());

    private String render(String vtl, Map<String, Object> context) {
        return templates.renderFragment(vtl, context);
    }

    @Test
    void plainReferencesAreHtmlEscaped() {
        assertThat(render("$title", Map.of("title", "<b>Risk</b> & 'more'")))
                .isEqualTo("&lt;b&gt;Risk&lt;/b&gt; &amp; &#39;more&#39;");
    }

    @Test
    void referencesNamedHtmlAreInsertedAsMarkup() {
        Map<String, Object> context = Map.of("titleHtml", "<b>Risk</b>", "risk",
                Map.of("descriptionHtml", "<i>d</i>", "description", "<i>d</i>"));

        assertThat(render("$titleHtml|$!{titleHtml}|$risk.descriptionHtml|$risk.description", context))
                .isEqualTo("<b>Risk</b>|<b>Risk</b>|<i>d</i>|&lt;i&gt;d&lt;/i&gt;");
    }

    @Test
    void methodResultsAreEscapedUnlessTheMethodNameEndsInHtml() {
        Map<String, Object> context = Map.of("i18n", new I18n());

        assertThat(render("$i18n.getText('risk.title')", context)).isEqualTo("&lt;risk.title&gt;");
    }

    @Test
    void templatesAreLoadedFromThePluginClassPathAsUtf8() {
        StringWriter out = new StringWriter();

        templates.render("templates/risk/title.vm", Map.of("title", "<b>x</b>", "bodyHtml", "<b>y</b>"), out);

        assertThat(out).hasToString("<h1>&lt;b&gt;x&lt;/b&gt;</h1><p><b>y</b></p> Zoë");
    }

    @Test
    void missingTemplateFailsWithItsName() {
        assertThatThrownBy(() -> templates.render("templates/none.vm", Map.of(), new StringWriter()))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("templates/none.vm");
    }

    /** An i18n helper with overloads, reached only through a descriptor-style method allowlist. */
    public static final class Messages {
        public String getText(String key) {
            return "text:" + key;
        }

        public String getText(String key, Object argument) {
            return "text:" + key + ":" + argument;
        }

        public String secret() {
            return "leaked";
        }
    }

    @Test
    void onlyTheMethodsADescriptorAllowlistsCanBeCalledOnAnOtherwiseUnlistedType() {
        VelocityTemplates listed = new VelocityTemplates(PLUGIN,
                Set.of(Messages.class.getName() + "#getText(java.lang.String)"));
        Map<String, Object> context = Map.of("i18n", new Messages());

        assertThat(listed.renderFragment("$i18n.getText('a')|$i18n.getText('a', 1)|$i18n.secret()", context))
                .isEqualTo("text:a|$i18n.getText('a', 1)|$i18n.secret()");
    }

    @Test
    void jirasI18nHelperGetTextIsOnTheGlobalAllowlistButSalsI18nResolverIsNot() {
        VelocityTemplates jira = new VelocityTemplates(PLUGIN, Set.of());

        assertThat(jira.renderFragment("$i18n.getText('a')", Map.of("i18n", new JiraI18n()))).isEqualTo("jira:a");
        assertThat(jira.renderFragment("$i18n.getText('a')", Map.of("i18n", new SalI18n())))
                .isEqualTo("$i18n.getText('a')");
    }

    @Test
    void aMethodOnNoListIsRefusedEvenWhenAnotherMethodOfTheSameObjectIsListed() {
        Map<String, Object> context = Map.of("i18n", new I18n());

        assertThat(render("$i18n.getText('k')|$i18n.getLocaleName()|$i18n.localeName", context))
                .isEqualTo("&lt;k&gt;|$i18n.getLocaleName()|$i18n.localeName");
    }

    @Test
    void anOverloadIsAllowedOnlyWithTheListedParameterTypes() {
        VelocityTemplates listed = new VelocityTemplates(PLUGIN,
                Set.of(Messages.class.getName() + "#getText(java.lang.String, java.lang.Object)"));

        assertThat(listed.renderFragment("$m.getText('a')|$m.getText('a', 1)", Map.of("m", new Messages())))
                .isEqualTo("$m.getText('a')|text:a:1");
    }

    @Test
    void getClassIsRefusedEvenOnAnAllowedType() {
        assertThat(render("$title.getClass().getName() $title.class.name", Map.of("title", "t")))
                .isEqualTo("$title.getClass().getName() $title.class.name");
    }

    @Test
    void methodsOfTypesOutsideTheAllowlistAreRefused() {
        assertThat(render("$obj.secret()", Map.of("obj", new Unlisted()))).isEqualTo("$obj.secret()");
    }

    @Test
    void methodsOfStringsCollectionsAndRegisteredTypesAreAllowed() {
        Map<String, Object> context = Map.of("title", "risk", "items", List.of(1, 2), "i18n", new I18n());

        assertThat(render("$title.toUpperCase() $items.size() $i18n.getText('k')", context))
                .isEqualTo("RISK 2 &lt;k&gt;");
    }

    @Test
    void velocityCountNumbersLoopIterationsFromOneAndSurvivesNesting() {
        Map<String, Object> context = Map.of("rows", List.of("a", "b"), "cells", List.of("x", "y"));

        assertThat(render("#foreach($r in $rows)$velocityCount:#foreach($c in $cells)$velocityCount#end:$velocityCount #end",
                context)).isEqualTo("1:12:1 2:12:2 ");
    }

    @Test
    void emptyStringIsTrueInIfAsInVelocityOne() {
        assertThat(render("#if($blank)yes#{else}no#end", Map.of("blank", ""))).isEqualTo("yes");
    }
}
