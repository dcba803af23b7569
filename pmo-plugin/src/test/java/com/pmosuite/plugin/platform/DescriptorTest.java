package com.pmosuite.plugin.platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything {@code atlassian-plugin.xml} names exists: classes, templates, downloadable resources, i18n keys;
 * and every i18n key the templates and view models use is in the bundle. Jira would otherwise fail at install
 * time or show raw keys to users.
 */
class DescriptorTest {
    /** Top-level elements that describe the plugin itself rather than declare a module. */
    private static final Set<String> NOT_MODULES = Set.of("plugin-info", "resource");
    private static Element root;
    private static Properties i18n;

    @BeforeAll
    static void readDescriptorAndBundle() throws Exception {
        try (InputStream in = resource("atlassian-plugin.xml")) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        Element bundle = elements("resource").stream().filter(e -> "i18n".equals(e.getAttribute("type")))
                .findFirst().orElseThrow();
        i18n = new Properties();
        try (InputStream in = resource(bundle.getAttribute("location") + ".properties")) {
            i18n.load(in);
        }
    }

    @Test
    void thePluginKeyAndVersionAreFilledInByTheBuild() {
        assertThat(root.getAttribute("key")).isEqualTo("com.pmosuite.pmo-plugin");
        assertThat(text(elements("version").get(0))).doesNotContain("${");
    }

    @Test
    void declaresDataCenterCompatibility() {
        List<String> params = elements("param").stream()
                .map(p -> p.getAttribute("name") + "=" + text(p)).toList();
        assertThat(params).contains("atlassian-data-center-status=compatible",
                "atlassian-data-center-compatible=true");
    }

    /**
     * Jira identifies each module by its key (to enable, disable and depend on it) and refuses a module without
     * one; {@code <rest-migration>} is a module too, as Atlassian's own Platform 8 plugins declare it.
     */
    @Test
    void everyModuleHasAUniqueKey() {
        List<String> keys = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element module && !NOT_MODULES.contains(module.getTagName())) {
                assertThat(module.getAttribute("key")).as("key of <%s>", module.getTagName()).isNotBlank();
                keys.add(module.getAttribute("key"));
            }
        }
        assertThat(keys).contains("pmo-rest").doesNotHaveDuplicates();
    }

    @Test
    void everyClassItNamesExists() {
        List<String> classes = new ArrayList<>();
        elements("entity").forEach(e -> classes.add(text(e)));
        Stream.of("servlet", "context-provider", "condition").flatMap(tag -> elements(tag).stream())
                .map(e -> e.getAttribute("class")).filter(c -> !c.isEmpty()).forEach(classes::add);
        assertThat(classes).isNotEmpty();
        for (String name : classes) {
            assertThat(loads(name)).as("class %s", name).isTrue();
        }
    }

    @Test
    void everyRestPackageHoldsClasses() {
        for (Element pkg : elements("package")) {
            Path dir = Path.of("target/classes", text(pkg).replace('.', '/'));
            assertThat(dir).as("REST package %s", text(pkg)).isDirectoryContaining("glob:**.class");
        }
    }

    @Test
    void everyTemplateAndDownloadableResourceExists() {
        List<String> locations = elements("resource").stream()
                .filter(r -> !"i18n".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).toList();
        assertThat(locations).isNotEmpty();
        for (String location : locations) {
            assertThat(onClassPath(location)).as("resource %s", location).isTrue();
        }
    }

    @Test
    void everyLabelKeyIsTranslated() {
        for (Element label : elements("label")) {
            assertThat(i18n).as("i18n key %s", label.getAttribute("key")).containsKey(label.getAttribute("key"));
        }
    }

    @Test
    void everyKeyTheTemplatesAskForIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern getText = Pattern.compile("getText\\(\\s*[\"']([a-z0-9.\\-_]+)[\"']");
        Pattern dataKey = Pattern.compile("data-key=\"([a-z0-9.\\-_]+)\"");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                String vtl = Files.readString(template, StandardCharsets.UTF_8);
                collect(getText.matcher(vtl), used);
                collect(dataKey.matcher(vtl), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(i18n).as("i18n key %s", key).containsKey(key));
    }

    @Test
    void everyEnumLabelTheViewModelsBuildIsTranslated() {
        List<String> keys = new ArrayList<>();
        for (String status : List.of("open", "responding", "monitoring", "occurred", "closed")) {
            keys.add("pmo.risk.status." + status);
        }
        for (String severity : List.of("low", "medium", "high", "critical")) {
            keys.add("pmo.risk.severity." + severity);
        }
        for (String strategy : List.of("avoid", "mitigate", "transfer", "exploit", "enhance", "share", "accept",
                "escalate")) {
            keys.add("pmo.risk.strategy." + strategy);
        }
        keys.add("pmo.risk.kind.threat");
        keys.add("pmo.risk.kind.opportunity");
        assertThat(keys).allSatisfy(key -> assertThat(i18n).as("i18n key %s", key).containsKey(key));
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static boolean loads(String className) {
        try {
            Class.forName(className, false, DescriptorTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static InputStream resource(String location) {
        InputStream in = DescriptorTest.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new UncheckedIOException(new IOException(location + " is not on the class path"));
        }
        return in;
    }

    private static boolean onClassPath(String location) {
        return DescriptorTest.class.getClassLoader().getResource(location) != null;
    }
}
