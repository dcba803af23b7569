package com.pmosuite.plugin.platform;

import com.pmosuite.plugin.risk.web.IssueRisksContextProvider;
import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
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
        elements("upgradeTask").forEach(e -> classes.add(text(e)));
        Stream.of("servlet", "context-provider", "condition").flatMap(tag -> elements(tag).stream())
                .map(e -> e.getAttribute("class")).filter(c -> !c.isEmpty()).forEach(classes::add);
        assertThat(classes).isNotEmpty();
        for (String name : classes) {
            assertThat(loads(name)).as("class %s", name).isTrue();
        }
    }

    @Test
    void upgradeTasksAreChildrenOfTheAoModuleWithDistinctModelVersions() throws Exception {
        List<Element> tasks = elements("upgradeTask");
        assertThat(tasks).isNotEmpty();
        List<String> versions = new ArrayList<>();
        for (Element task : tasks) {
            assertThat(((Element) task.getParentNode()).getTagName()).isEqualTo("ao");
            Object instance = Class.forName(text(task)).getConstructor().newInstance();
            versions.add(((com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask) instance)
                    .getModelVersion().toString());
        }
        assertThat(versions).doesNotHaveDuplicates();
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
                .map(r -> r.getAttribute("location"))
                .filter(location -> !(VendoredLibraries.skipped() && VendoredLibraries.isVendored(location)))
                .toList();
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

    /**
     * Jira's jsI18n transformer translates only {@code X.I18n.getText('literal.key')} calls, and only in web
     * resources that declare it: a script outside such a resource, a key missing from the bundle, or a computed key
     * would show the raw key to users.
     */
    @Test
    void everyScriptThatTranslatesIsServedThroughJsI18nAndNamesOnlyKnownLiteralKeys() throws IOException {
        Pattern literalCall = Pattern.compile("I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*[),]");
        Pattern anyCall = Pattern.compile("I18n\\.getText\\(");
        int scripts = 0;
        for (Element webResource : elements("web-resource")) {
            boolean jsI18n = children(webResource, "transformation").stream()
                    .filter(t -> "js".equals(t.getAttribute("extension")))
                    .flatMap(t -> children(t, "transformer").stream())
                    .anyMatch(t -> "jsI18n".equals(t.getAttribute("key")));
            for (Element download : children(webResource, "resource")) {
                String location = download.getAttribute("location");
                if (!location.endsWith(".js")
                        || (VendoredLibraries.skipped() && VendoredLibraries.isVendored(location))) {
                    continue;
                }
                String script;
                try (InputStream in = resource(location)) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                int calls = count(anyCall.matcher(script));
                Set<String> keys = new TreeSet<>();
                Matcher literal = literalCall.matcher(script);
                int literals = 0;
                while (literal.find()) {
                    keys.add(literal.group(2));
                    literals++;
                }
                if (calls > 0) {
                    scripts++;
                    assertThat(jsI18n).as("%s translates, so its web resource %s needs the jsI18n transformer",
                            location, webResource.getAttribute("key")).isTrue();
                }
                assertThat(literals).as("getText calls with a literal key in %s", location).isEqualTo(calls);
                assertThat(keys).allSatisfy(key -> assertThat(i18n.containsKey(key))
                        .as("i18n key %s in %s", key, location).isTrue());
            }
        }
        assertThat(scripts).isGreaterThanOrEqualTo(2);
    }

    private static int count(Matcher matcher) {
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
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

    @Test
    void theVelocityAllowlistNamesOnlyThePluginsOwnClassesAsJiraRequires() {
        for (Element method : elements("velocity-allowlist").stream()
                .flatMap(list -> children(list, "method").stream()).toList()) {
            String entry = text(method);
            String type = entry.substring(0, entry.indexOf('#'));
            assertThat(type).as("allowlist entry %s", entry).startsWith("com.pmosuite.");
            assertThat(loads(type)).as("class of allowlist entry %s", entry).isTrue();
        }
    }

    @Test
    void everyProjectSidebarItemOpensAProjectPageWhoseContentIsOneOfOurWebPanels() {
        List<Element> items = elements("web-item").stream()
                .filter(i -> "jira.project.sidebar.plugins.navigation".equals(i.getAttribute("section"))).toList();
        assertThat(items).isNotEmpty();
        for (Element item : items) {
            String link = text(children(item, "link").get(0));
            String itemKey = root.getAttribute("key") + ":" + item.getAttribute("key");
            // The item's own complete key as selectedItem: Jira then highlights it in the sidebar.
            assertThat(link).isEqualTo("/projects/$pathEncodedProjectKey?selectedItem=" + itemKey);
            assertThat(elements("web-panel")).as("a web panel located at %s", itemKey)
                    .anyMatch(panel -> panel.getAttribute("location").equals(itemKey));
        }
    }

    @Test
    void theRegistersAddressInCodeIsTheOneTheDescriptorDeclares() {
        assertThat(elements("web-panel")).anyMatch(panel ->
                panel.getAttribute("location").equals(RiskRegisterAddress.SELECTED_ITEM)
                        && "com.pmosuite.plugin.risk.web.RiskRegisterPageContextProvider".equals(
                        children(panel, "context-provider").get(0).getAttribute("class")));
    }

    @Test
    void theIssuePanelHasAConditionAndLoadsNoneOfTheRegisterPagesFiles() {
        Element panel = elements("web-panel").stream()
                .filter(p -> "atl.jira.view.issue.right.context".equals(p.getAttribute("location")))
                .findFirst().orElseThrow();
        assertThat(children(panel, "condition")).isNotEmpty();
        Element resources = webResource(IssueRisksContextProvider.WEB_RESOURCE);
        assertThat(resourcesLoadedBy(resources)).isNotEmpty()
                .noneMatch(location -> location.contains("risk-register"));
    }

    @Test
    void thePanelsFilesLoadWhereThePanelRendersAndOnTheBoardNotOnEveryIssueView() {
        // Its context provider requires them; an issue view <context> would put them on every issue view, panel or
        // not. Only the board (gh-rapid), which loads its detail view's panels too late to require anything, has them.
        assertThat(children(webResource(IssueRisksContextProvider.WEB_RESOURCE), "context"))
                .extracting(Element::getTextContent).containsExactly("gh-rapid");
        assertThat(children(webResource(IssueRisksContextProvider.SCRIPT_RESOURCE), "context"))
                .extracting(Element::getTextContent).containsExactly("gh-rapid");
        assertThat(children(webResource(root.getAttribute("key") + ":risk-severity-resources"), "context")).isEmpty();
    }

    /**
     * The chart library is copied from npm by the build, never committed, and ships in the plugin with its licence;
     * the charts' own script is translated, the library is left as published (no transformer reads it).
     */
    @Test
    void theChartsWebResourceLoadsTheLibraryFromNpmBeforeTheWrapper() throws IOException {
        VendoredLibraries.requireCopiedFromNpm();
        String pluginKey = root.getAttribute("key");
        Element library = webResource(pluginKey + ":pmo-charts-library");
        assertThat(children(library, "resource")).extracting(r -> r.getAttribute("location"))
                .containsExactly(VendoredLibraries.CHART_STYLES, VendoredLibraries.CHART_LIBRARY);
        assertThat(children(library, "transformation")).isEmpty();
        assertThat(resourcesLoadedBy(webResource(pluginKey + ":pmo-charts")))
                .containsSubsequence(VendoredLibraries.CHART_LIBRARY, "web/common/pmo-charts.js")
                .contains("web/common/pmo-common.js");
        assertThat(Path.of("src/main/resources", VendoredLibraries.CHART_LIBRARY)).doesNotExist();
        try (InputStream in = resource(VendoredLibraries.CHART_LICENCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("MIT License");
        }
    }

    /**
     * Each dashboard item as Atlassian's "Dashboard item module" page describes it, rendered wholly in the browser:
     * translated title and description, a thumbnail that one of our web resources serves, and an AMD module that a
     * script in the {@code atl.dashboard} context defines (with {@code renderEdit} when configurable), with no
     * server-side view for Jira (or the workbench) to render.
     */
    @Test
    void everyDashboardItemIsTranslatedHasAServedThumbnailAndAModuleTheDashboardLoads() throws IOException {
        List<Element> items = elements("dashboard-item");
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        String pluginKey = root.getAttribute("key");
        for (Element item : items) {
            String key = item.getAttribute("key");
            Element definition = children(item, "definition").get(0);
            assertThat(i18n).as("name of %s", key).containsKey(item.getAttribute("i18n-name-key"));
            assertThat(i18n).as("title of %s", key)
                    .containsKey(children(definition, "title").get(0).getAttribute("key"));
            assertThat(i18n).as("description of %s", key)
                    .containsKey(children(item, "description").get(0).getAttribute("key"));
            assertThat(item.getAttribute("configurable")).as("%s is configurable", key).isEqualTo("true");
            assertThat(children(item, "resource")).as("%s has no server-side view", key).isEmpty();

            String thumbnail = children(definition, "thumbnail").get(0).getAttribute("location");
            Matcher served = Pattern.compile("/download/resources/" + Pattern.quote(pluginKey) + ":([\\w-]+)/(.+)")
                    .matcher(thumbnail);
            assertThat(served.matches()).as("thumbnail %s of %s is one of our downloads", thumbnail, key).isTrue();
            assertThat(children(webResource(pluginKey + ":" + served.group(1)), "resource"))
                    .anyMatch(r -> r.getAttribute("name").equals(served.group(2)));

            String module = text(children(item, "amd-module").get(0));
            List<String> definingScripts = new ArrayList<>();
            for (Element webResource : elements("web-resource")) {
                boolean onDashboards = children(webResource, "context").stream()
                        .anyMatch(c -> text(c).equals("atl.dashboard"));
                for (Element download : children(webResource, "resource")) {
                    String location = download.getAttribute("location");
                    if (onDashboards && location.endsWith(".js")) {
                        String script;
                        try (InputStream in = resource(location)) {
                            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                        if (script.contains("define('" + module + "'")) {
                            definingScripts.add(location);
                            assertThat(script).as("%s renders and edits", location)
                                    .contains(".prototype.render = ", ".prototype.renderEdit = ");
                        }
                    }
                }
            }
            assertThat(definingScripts).as("scripts on dashboards defining %s", module).hasSize(1);
        }
    }

    private static Element webResource(String completeKey) {
        return elements("web-resource").stream()
                .filter(r -> (root.getAttribute("key") + ":" + r.getAttribute("key")).equals(completeKey))
                .findFirst().orElseThrow(() -> new AssertionError("no web resource " + completeKey));
    }

    /** The download locations a web resource loads, with those of its dependencies in this plugin. */
    private static List<String> resourcesLoadedBy(Element webResource) {
        List<String> locations = new ArrayList<>();
        for (Element dependency : children(webResource, "dependency")) {
            String prefix = root.getAttribute("key") + ":";
            if (text(dependency).startsWith(prefix)) {
                String key = text(dependency).substring(prefix.length());
                elements("web-resource").stream().filter(r -> r.getAttribute("key").equals(key))
                        .forEach(r -> locations.addAll(resourcesLoadedBy(r)));
            }
        }
        children(webResource, "resource").forEach(r -> locations.add(r.getAttribute("location")));
        return locations;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                result.add(element);
            }
        }
        return result;
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
