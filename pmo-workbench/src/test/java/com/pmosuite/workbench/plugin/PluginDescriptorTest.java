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
}
