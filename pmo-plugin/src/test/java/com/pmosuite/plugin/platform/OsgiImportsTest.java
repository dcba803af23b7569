package com.pmosuite.plugin.platform;

import com.pmosuite.risk.RiskRegister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira wires a plugin only to the packages its manifest imports. AMPS writes {@code Import-Package} from the
 * explicit list in the {@code atlassian} profile, which the default build never runs, so a package our classes
 * use but the list forgets compiles here and fails in Jira at the first call (beehive, missing until issue 6,
 * would have broken every resource). This reads the classes the plugin jar ships, ours and the bundled core,
 * and checks each package they refer to against that list.
 */
class OsgiImportsTest {
    /**
     * Packages imported with {@code resolution:=optional} on purpose, because the product that exports them may be
     * absent (Jira Software), with the only shipped classes allowed to refer to them: the wiring constructs those
     * classes only when that product's services are there, so no other class links against a missing package.
     */
    private static final Map<String, Set<String>> OPTIONAL_ON_PURPOSE = Map.of(
            "com.atlassian.greenhopper.api.", Set.of("com.pmosuite.plugin.facts.jira.JiraSoftwareFields"));

    /**
     * Packages the bundled libraries name only in annotations of class retention (SpotBugs' in Commons CSV): the JVM
     * never loads those, so nothing needs to wire them.
     */
    private static final Set<String> CLASS_RETENTION_ANNOTATIONS_ONLY = Set.of("edu.umd.cs.findbugs.annotations");

    private static List<ClassFileReferences> shipped;
    private static ImportPackageInstruction imports;

    @BeforeAll
    static void readShippedClassesAndInstruction() throws Exception {
        shipped = new ArrayList<>(readDirectory(Path.of("target/classes")));
        // pmo-core is shaded into the jar, so its classes must be wired too: a directory in a reactor build before
        // packaging, its jar after.
        Path core = Path.of(RiskRegister.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        shipped.addAll(Files.isDirectory(core) ? readDirectory(core) : readJar(core, name -> true));
        // Commons CSV and the Commons libraries it links against are shaded (relocated) into the jar too.
        // Of Commons Codec only what pom.xml's shade filter keeps: the root package and binary (Base64).
        shipped.addAll(readJar(jarOf(org.apache.commons.csv.CSVFormat.class), name -> true));
        shipped.addAll(readJar(jarOf(org.apache.commons.io.IOUtils.class), name -> true));
        shipped.addAll(readJar(jarOf(org.apache.commons.codec.binary.Base64.class),
                name -> name.startsWith("org/apache/commons/codec/binary/")
                        || name.startsWith("org/apache/commons/codec/") && name.indexOf('/', 25) < 0));
        imports = ImportPackageInstruction.fromProfile(Path.of("pom.xml"), "atlassian");
    }

    @Test
    void readsThePluginAndTheBundledCore() {
        assertThat(shipped).extracting(ClassFileReferences::className)
                .contains("com.pmosuite.plugin.wiring.HostServices", RiskRegister.class.getName());
    }

    @Test
    void everyPackageTheShippedClassesUseIsBundledOrImported() {
        Set<String> bundled = shipped.stream().map(c -> packageOf(c.className())).collect(Collectors.toSet());
        SortedMap<String, SortedSet<String>> unwired = new TreeMap<>();
        usedPackages().forEach((pkg, users) -> {
            if (!bundled.contains(pkg) && !pkg.startsWith("java.") && !imports.requires(pkg)
                    && !optionalOnPurpose(pkg) && !CLASS_RETENTION_ANNOTATIONS_ONLY.contains(pkg)) {
                unwired.put(pkg, users);
            }
        });
        assertThat(unwired)
                .as("packages used by the plugin jar's classes (with their users) that are neither bundled nor "
                        + "imported by a mandatory clause of Import-Package in pom.xml's atlassian profile; "
                        + "an optional wildcard does not count: Jira would install the plugin and fail at the "
                        + "first call")
                .isEmpty();
    }

    @Test
    void optionallyImportedPackagesAreUsedOnlyByTheClassesThatGuardThem() {
        SortedMap<String, SortedSet<String>> strayUsers = new TreeMap<>();
        usedPackages().forEach((pkg, users) -> guardsOf(pkg).ifPresent(guards -> {
            SortedSet<String> stray = new TreeSet<>(users);
            stray.removeAll(guards);
            if (!stray.isEmpty()) {
                strayUsers.put(pkg, stray);
            }
        }));
        assertThat(strayUsers).as("classes that refer to an optionally imported package without guarding it")
                .isEmpty();
        assertThat(usedPackages().keySet()).as("the Jira Software API is used, so its optional clause is needed")
                .anyMatch(pkg -> guardsOf(pkg).isPresent());
    }

    @Test
    void optionalOnPurposeMeansAnExplicitOptionalClause() {
        usedPackages().keySet().stream().filter(pkg -> guardsOf(pkg).isPresent()).forEach(pkg ->
                assertThat(imports.decide(pkg)).as("clause deciding %s", pkg)
                        .hasValueSatisfying(c -> {
                            assertThat(c.optional()).isTrue();
                            assertThat(c.pattern()).isNotEqualTo("*");
                        }));
    }

    private static boolean optionalOnPurpose(String pkg) {
        return guardsOf(pkg).isPresent()
                && imports.decide(pkg).filter(c -> c.optional() && !c.negated() && !c.pattern().equals("*")).isPresent();
    }

    private static java.util.Optional<Set<String>> guardsOf(String pkg) {
        return OPTIONAL_ON_PURPOSE.entrySet().stream()
                .filter(e -> (pkg + ".").startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Atlassian's Platform 8 plugins end the list with an optional {@code *}: it imports, when Jira exports them,
     * packages bnd finds that this test cannot see (added later by bundled libraries), instead of leaving them
     * unimported. It must come last: bnd takes the first matching clause, so a wildcard earlier in the list
     * would turn the explicit imports after it optional and let a missing package install silently.
     */
    @Test
    void theListEndsWithAnOptionalWildcardAndOnlyThere() {
        List<ImportPackageInstruction.Clause> clauses = imports.clauses();
        assertThat(clauses).isNotEmpty();
        assertThat(clauses.getLast()).hasToString("*;resolution:=optional");
        assertThat(clauses.subList(0, clauses.size() - 1))
                .as("clauses before the last").noneMatch(c -> c.pattern().equals("*"));
    }

    /** A literal import nothing uses still has to resolve in Jira: it can only fail an install, never help one. */
    @Test
    void everyExplicitImportIsUsed() {
        Set<String> used = usedPackages().keySet();
        List<ImportPackageInstruction.Clause> explicit = imports.clauses().stream()
                .filter(c -> !c.pattern().equals("*") && !c.negated()).toList();
        assertThat(explicit).isNotEmpty().allSatisfy(clause -> assertThat(used)
                .as("packages matched by %s", clause).anyMatch(clause::matches));
    }

    /** Each package the shipped classes refer to, with the classes that refer to it. */
    private static Map<String, SortedSet<String>> usedPackages() {
        Map<String, SortedSet<String>> used = new TreeMap<>();
        for (ClassFileReferences origin : shipped) {
            for (String pkg : origin.referencedPackages()) {
                used.computeIfAbsent(pkg, p -> new TreeSet<>()).add(origin.className());
            }
        }
        return used;
    }

    private static String packageOf(String className) {
        return className.substring(0, Math.max(0, className.lastIndexOf('.')));
    }

    private static List<ClassFileReferences> readDirectory(Path root) throws IOException {
        List<ClassFileReferences> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    classes.add(ClassFileReferences.read(in));
                }
            }
        }
        return classes;
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<ClassFileReferences> readJar(Path jar, java.util.function.Predicate<String> shipsEntry)
            throws IOException {
        List<ClassFileReferences> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")
                    && !e.getName().endsWith("module-info.class") && shipsEntry.test(e.getName())).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    classes.add(ClassFileReferences.read(in));
                }
            }
        }
        return classes;
    }
}
