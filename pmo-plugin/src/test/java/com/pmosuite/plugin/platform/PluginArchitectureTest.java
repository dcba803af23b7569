package com.pmosuite.plugin.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Adapters do not know each other, AO stays in its packages, and the core never sees the plugin. */
class PluginArchitectureTest {
    private static JavaClasses plugin;

    @BeforeAll
    static void importClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pmosuite");
    }

    @Test
    void restAndWebAdaptersDoNotUseActiveObjectsTypes() {
        noClasses().that().resideInAnyPackage("..rest..", "..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..ao..", "net.java.ao..")
                .check(plugin);
    }

    @Test
    void onlyTheCompositionRootBuildsTheStores() {
        noClasses().that().resideOutsideOfPackages("..wiring..", "..ao..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Ao")
                .andShould().dependOnClassesThat().resideInAPackage("com.pmosuite.plugin..ao..")
                .check(plugin);
    }

    @Test
    void theCoreDependsOnNothingOfThePlugin() {
        noClasses().that().resideInAnyPackage("com.pmosuite.risk..", "com.pmosuite.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pmosuite.plugin..", "com.atlassian..")
                .check(plugin);
    }

    /**
     * Files users upload are read by Commons CSV at the edge ({@code SpreadsheetCsv}), which bounds them while it
     * reads; the core's own reader is for our stored records and test fixtures.
     */
    @Test
    void uploadedCsvIsReadOnlyThroughTheSpreadsheetReader() {
        noClasses().that().resideInAPackage("com.pmosuite.plugin..")
                .should().callMethod(com.pmosuite.shared.Csv.class, "read", String.class)
                .orShould().callMethod(com.pmosuite.shared.Csv.class, "read", String.class, char.class)
                .check(plugin);
        noClasses().that().resideOutsideOfPackage("com.pmosuite.plugin.platform.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..")
                .check(plugin);
        // bnd reads our classes before the shade relocates them; pom.xml keeps it from importing Commons CSV's
        // original package, and only that one: the other relocated libraries must not be used directly.
        noClasses().that().resideInAPackage("com.pmosuite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.io..",
                        "org.apache.commons.codec..")
                .check(plugin);
    }
}
