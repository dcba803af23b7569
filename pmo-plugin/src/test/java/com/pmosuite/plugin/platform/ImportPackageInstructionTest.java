package com.pmosuite.plugin.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules {@link OsgiImportsTest} relies on: bnd's reading of Import-Package, and what a class file refers to. */
class ImportPackageInstructionTest {
    private static final String LOOKS_LIKE_A_DESCRIPTOR = "Lcom/acme/Fake;";

    @Test
    void aTrailingDotStarMatchesThePackageItselfAndEverythingBelowIt() {
        ImportPackageInstruction imports = ImportPackageInstruction.parse("com.atlassian.jira.*");
        assertThat(imports.requires("com.atlassian.jira")).isTrue();
        assertThat(imports.requires("com.atlassian.jira.issue.fields")).isTrue();
        assertThat(imports.requires("com.atlassian.jiraextra")).isFalse();
        assertThat(imports.requires("com.atlassian")).isFalse();
    }

    @Test
    void aPackageWithoutWildcardMatchesOnlyItself() {
        ImportPackageInstruction imports = ImportPackageInstruction.parse("com.atlassian.beehive");
        assertThat(imports.requires("com.atlassian.beehive")).isTrue();
        assertThat(imports.requires("com.atlassian.beehive.core")).isFalse();
    }

    @Test
    void anOptionalClauseDoesNotRequireItsPackages() {
        ImportPackageInstruction imports = ImportPackageInstruction.parse("org.slf4j, *;resolution:=\"optional\"");
        assertThat(imports.requires("org.slf4j")).isTrue();
        assertThat(imports.requires("com.atlassian.beehive")).isFalse();
        assertThat(imports.clauses().getLast()).hasToString("*;resolution:=optional");
    }

    @Test
    void theFirstMatchingClauseDecides() {
        assertThat(ImportPackageInstruction.parse("!com.acme.internal, com.acme.*").requires("com.acme.internal"))
                .isFalse();
        assertThat(ImportPackageInstruction.parse("*;resolution:=optional, com.acme").requires("com.acme"))
                .as("explicit import after the wildcard").isFalse();
    }

    @Test
    void commasInsideQuotedVersionRangesDoNotSplitClauses() {
        ImportPackageInstruction imports = ImportPackageInstruction.parse(
                "com.acme;version=\"[1,2)\", com.beta;com.gamma;version=\"[3,4)\"");
        assertThat(imports.clauses()).extracting(ImportPackageInstruction.Clause::pattern)
                .containsExactly("com.acme", "com.beta", "com.gamma");
    }

    @Test
    void readsTheInstructionOfTheAtlassianProfile() throws Exception {
        ImportPackageInstruction imports = ImportPackageInstruction.fromProfile(Path.of("pom.xml"), "atlassian");
        assertThat(imports.requires("com.atlassian.activeobjects.external")).isTrue();
    }

    /** Reached only through a static field's type and a called method's parameter: invisible to ArchUnit. */
    @Test
    void aClassFileRefersToTheTypesInTheDescriptorsItCalls() throws IOException {
        assertThat(compiled("com/pmosuite/plugin/platform/auth/PmoAccess.class").referencedClasses())
                .contains("com.atlassian.jira.security.plugin.ProjectPermissionKey");
    }

    @Test
    void aClassFileRefersToTheInterfacesOfItsLambdas() throws IOException {
        assertThat(compiled("com/pmosuite/plugin/risk/ao/AoRiskStore.class").referencedClasses())
                .contains("com.atlassian.sal.api.transaction.TransactionCallback");
    }

    @Test
    void stringConstantsAreNotReferences() throws IOException {
        assertThat(LOOKS_LIKE_A_DESCRIPTOR).startsWith("L");
        assertThat(compiled("com/pmosuite/plugin/platform/ImportPackageInstructionTest.class").referencedPackages())
                .doesNotContain("com.acme");
    }

    private static ClassFileReferences compiled(String path) throws IOException {
        Path file = Files.exists(Path.of("target/classes", path)) ? Path.of("target/classes", path)
                : Path.of("target/test-classes", path);
        try (InputStream in = Files.newInputStream(file)) {
            return ClassFileReferences.read(in);
        }
    }
}
