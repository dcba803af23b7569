package com.pmosuite.workbench.plugin;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workbench reads a descriptor as Jira does, and refuses what Jira would refuse to install. */
class PluginDescriptorTest {

    private static PluginDescriptor read(String modules) {
        String xml = "<atlassian-plugin key=\"com.example.acme-plugin\" name=\"Acme\" plugins-version=\"2\">"
                + modules + "</atlassian-plugin>";
        return PluginDescriptor.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aVelocityAllowlistMayNameThePluginsOwnClasses() {
        PluginDescriptor descriptor = read("<velocity-allowlist key=\"v\">"
                + "<method>com.example.web.Row#label(java.lang.String)</method></velocity-allowlist>");

        assertThat(descriptor.velocityAllowlist()).containsExactly("com.example.web.Row#label(java.lang.String)");
    }

    @Test
    void aVelocityAllowlistNamingAHostClassIsRefusedAsJiraRefusesIt() {
        assertThatThrownBy(() -> read("<velocity-allowlist key=\"v\"><method>"
                + "com.atlassian.sal.api.message.I18nResolver#getText(java.lang.String)</method></velocity-allowlist>"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.atlassian.sal.api.message.I18nResolver")
                .hasMessageContaining("not one of the plugin's own classes");
    }

    @Test
    void aVelocityAllowlistNamingAJdkClassOrWrittenWronglyIsRefused() {
        assertThatThrownBy(() -> read("<velocity-allowlist key=\"v\">"
                + "<method>java.lang.Runtime#exec(java.lang.String)</method></velocity-allowlist>"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read("<velocity-allowlist key=\"v\">"
                + "<method>com.example.web.Row.label</method></velocity-allowlist>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not of the form");
    }

    @Test
    void aWebResourcesJsTransformersAreReadAndOnlyJsI18nIsServed() {
        PluginDescriptor descriptor = read("<web-resource key=\"w\">"
                + "<transformation extension=\"js\"><transformer key=\"jsI18n\"/></transformation>"
                + "<transformation extension=\"css\"><transformer key=\"lessTransformer\"/></transformation>"
                + "<resource type=\"download\" name=\"w.js\" location=\"w.js\"/></web-resource>");

        assertThat(descriptor.webResources()).singleElement()
                .satisfies(resource -> assertThat(resource.jsTransformers()).containsExactly("jsI18n"));
        new WebResources(descriptor, new JsI18nTransformer(key -> java.util.Optional.empty()));

        PluginDescriptor unknown = read("<web-resource key=\"w\"><transformation extension=\"js\">"
                + "<transformer key=\"soyTransformer\"/></transformation></web-resource>");
        assertThatThrownBy(() -> new WebResources(unknown, new JsI18nTransformer(key -> java.util.Optional.empty())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("soyTransformer");
    }

    @Test
    void webPanelConditionsAreReadWithTheirInversionAndParameters() {
        PluginDescriptor descriptor = read("<web-panel key=\"p\" location=\"here\">"
                + "<condition class=\"com.example.Shown\" invert=\"true\"><param name=\"n\" value=\"v\"/></condition>"
                + "<resource name=\"view\" type=\"velocity\" location=\"p.vm\"/></web-panel>");

        assertThat(descriptor.webPanels("here")).singleElement().satisfies(panel -> {
            assertThat(panel.template()).isEqualTo("p.vm");
            assertThat(panel.conditions()).containsExactly(
                    new PluginDescriptor.Condition("com.example.Shown", true, Map.of("n", "v")));
        });
    }

    @Test
    void conditionGroupsAreRefusedRatherThanEvaluatedWrongly() {
        assertThatThrownBy(() -> read("<web-panel key=\"p\" location=\"here\"><conditions type=\"OR\">"
                + "<condition class=\"com.example.A\"/></conditions></web-panel>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<conditions>");
    }
    @Test
    void aDashboardItemIsReadWithItsTitleDescriptionThumbnailAndModule() {
        PluginDescriptor descriptor = read("<dashboard-item key=\"d\" i18n-name-key=\"d.title\" configurable=\"true\">"
                + "<definition><title key=\"d.title\"/><thumbnail location=\"/download/resources/x:w/d.svg\"/>"
                + "</definition><description key=\"d.description\"/><amd-module>acme/d</amd-module></dashboard-item>");

        assertThat(descriptor.dashboardItem("d")).hasValue(new PluginDescriptor.DashboardItem("d", "d.title",
                "d.description", "/download/resources/x:w/d.svg", "acme/d", true));
    }

    @Test
    void aDashboardItemWithAServerSideViewOrWithoutAModuleIsRefused() {
        assertThatThrownBy(() -> read("<dashboard-item key=\"d\"><resource name=\"view\" type=\"soy\" "
                + "location=\":w/Acme.View\"/><amd-module>acme/d</amd-module></dashboard-item>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("server-side view");
        assertThatThrownBy(() -> read("<dashboard-item key=\"d\"><definition><title key=\"t\"/></definition>"
                + "</dashboard-item>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no <amd-module>");
    }
}
