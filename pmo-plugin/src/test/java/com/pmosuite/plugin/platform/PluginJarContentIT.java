package com.pmosuite.plugin.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged plugin carries its descriptor and the core it needs, and none of the host-api stand-ins: those
 * must come from Jira, or the plugin would shadow Jira's real classes.
 */
class PluginJarContentIT {

    private static List<String> entries() throws IOException {
        Path jar = Path.of(System.getProperty("pmo.plugin.jar", "target/pmo-plugin-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged plugin jar").exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void containsTheDescriptorTemplatesAndI18n() throws IOException {
        assertThat(entries()).contains("atlassian-plugin.xml", "i18n/pmo.properties",
                "templates/risk/risk-register-page.vm", "META-INF/spring/plugin-context.xml");
    }

    @Test
    void bundlesTheCoreDomain() throws IOException {
        assertThat(entries()).contains("com/pmosuite/risk/RiskRegister.class",
                "com/pmosuite/plugin/wiring/HostServices.class");
    }

    @Test
    void shipsNoAtlassianClasses() throws IOException {
        assertThat(entries()).noneMatch(name -> name.startsWith("com/atlassian/"));
    }

    @Test
    void shipsNoActiveObjectsOrWebContainerClasses() throws IOException {
        assertThat(entries()).noneMatch(name -> name.startsWith("net/java/ao/") || name.startsWith("jakarta/")
                || name.startsWith("org/eclipse/jetty/") || name.startsWith("com/fasterxml/"));
    }
}
