package com.pmosuite.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The core stays plain Java: no framework or host types, no hidden clocks or dice, no tangled capabilities. */
@AnalyzeClasses(packages = "com.pmosuite", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule theCoreDependsOnlyOnTheJdkAndItself = classes()
            .that().resideInAPackage("com.pmosuite..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.pmosuite..")
            .because("the domain speaks PMO, not Jira: host and framework types stop at the adapters");

    @ArchTest
    static final ArchRule theCoreDoesNotTouchDatabases = noClasses()
            .that().resideInAPackage("com.pmosuite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax..", "jakarta..",
                    "com.atlassian..", "net.java.ao..")
            .because("storage lives behind ports such as RiskStore");

    @ArchTest
    static final ArchRule timeComesFromAClockPassedIn = noClasses()
            .that().resideInAPackage("com.pmosuite..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("a java.time.Clock is passed in, so tests control time without sleeping");

    @ArchTest
    static final ArchRule chanceComesFromASeedPassedIn = noClasses()
            .that().resideInAPackage("com.pmosuite..")
            .should().callConstructor(Random.class)
            .orShould().callMethod(Math.class, "random")
            .because("anything random takes a seed or a Random from its caller, so results can be repeated");

    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles = slices()
            .matching("com.pmosuite.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedKnowsNoCapability = classes()
            .that().resideInAPackage("com.pmosuite.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.pmosuite.shared..")
            .because("every capability may use shared, so shared may use none of them");
}
