package com.pmosuite.plugin.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static Path jar() {
        Path jar = Path.of(System.getProperty("pmo.plugin.jar", "target/pmo-plugin-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged plugin jar").exists();
        return jar;
    }

    private static List<String> entries() throws IOException {
        try (JarFile file = new JarFile(jar().toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        }
    }

    private static String text(JarFile file, String entry) throws IOException {
        try (InputStream in = file.getInputStream(file.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

    /** Jira provides AUI but no charting library: the plugin carries uPlot, and its MIT licence goes with it. */
    @Test
    void shipsTheChartLibraryWithItsLicence() throws IOException {
        VendoredLibraries.requireCopiedFromNpm();
        assertThat(entries()).contains(VendoredLibraries.CHART_LIBRARY, VendoredLibraries.CHART_STYLES,
                VendoredLibraries.CHART_LICENCE, "web/common/pmo-charts.js", "web/common/pmo-charts.css");
        try (JarFile file = new JarFile(jar().toFile())) {
            assertThat(text(file, VendoredLibraries.CHART_LICENCE)).contains("MIT License")
                    .contains("Leon Sorokin");
            assertThat(text(file, VendoredLibraries.CHART_LIBRARY)).startsWith("/*! https://github.com/leeoniya/uPlot")
                    .contains("var uPlot=");
        }
    }

    /** The copy comes from node_modules at build time; nothing else from npm belongs in the plugin. */
    @Test
    void shipsNothingElseFromNodeModules() throws IOException {
        assertThat(entries()).noneMatch(name -> name.contains("node_modules") || name.endsWith("package.json")
                || name.endsWith(".map"));
    }

    /**
     * Commons CSV reads uploaded files; it and the Commons libraries it links against travel relocated, so another
     * plugin's copy (or one Jira exports some day) can never be wired to ours, and their Apache notices go along.
     */
    @Test
    void shipsCommonsCsvRelocatedWithItsNotices() throws IOException {
        assertThat(entries()).contains("com/pmosuite/shaded/commons/csv/CSVParser.class",
                "com/pmosuite/shaded/commons/io/IOUtils.class", "com/pmosuite/shaded/commons/codec/binary/Base64.class",
                "META-INF/LICENSE.txt", "META-INF/NOTICE");
        assertThat(entries()).noneMatch(name -> name.startsWith("org/apache/"));
        assertThat(entries()).as("Codec's digest classes, which would need javax.crypto, are left out")
                .noneMatch(name -> name.startsWith("com/pmosuite/shaded/commons/codec/digest/"));
        try (JarFile file = new JarFile(jar().toFile())) {
            assertThat(text(file, "META-INF/NOTICE")).contains("Apache Commons CSV", "Apache Commons IO",
                    "Apache Commons Codec");
            assertThat(text(file, "META-INF/LICENSE.txt")).contains("Apache License", "Version 2.0");
            try (InputStream reader = file.getInputStream(
                    file.getEntry("com/pmosuite/plugin/platform/csv/SpreadsheetCsv.class"))) {
                assertThat(new String(reader.readAllBytes(), StandardCharsets.ISO_8859_1))
                        .as("our reader's references, rewritten by the shade")
                        .contains("com/pmosuite/shaded/commons/csv/CSVFormat").doesNotContain("org/apache/commons");
            }
        }
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
