package com.pmosuite.workbench.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's {@code atlassian-plugin.xml}, read the way Jira reads it, so the workbench hosts exactly the
 * modules the plugin declares: AO entities, REST packages, servlets, web resources, web items, web panels and
 * dashboard items.
 */
public final class PluginDescriptor {
    public static final String LOCATION = "atlassian-plugin.xml";

    /** A downloadable file of a web resource. */
    public record Download(String name, String location) {
    }

    /**
     * A {@code <web-resource>} module; {@code jsTransformers} are the keys of the {@code <transformer>}s in its
     * {@code <transformation extension="js">}, applied to its JavaScript downloads when they are served.
     */
    public record WebResource(String key, List<String> dependencies, List<Download> downloads, List<String> contexts,
                              List<String> jsTransformers) {
    }

    /** A {@code <servlet>} module; Jira serves it under {@code /plugins/servlet}. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** A {@code <web-item>} module. */
    public record WebItem(String key, String section, int weight, String labelKey, String link) {
    }

    /** A {@code <condition>} of a web fragment; {@code invert="true"} shows the fragment when it is false. */
    public record Condition(String className, boolean invert, Map<String, String> params) {
    }

    /** A {@code <web-panel>} module with a Velocity view, shown when all its conditions hold. */
    public record WebPanel(String key, String location, int weight, String labelKey, String contextProviderClass,
                           String template, List<Condition> conditions, Map<String, String> params) {
        public WebPanel {
            params = Map.copyOf(params);
        }

        /** A {@code <param>} of the panel (Jira Software's board reads {@code iconFont}). */
        public Optional<String> param(String name) {
            return Optional.ofNullable(params.get(name));
        }
    }

    /**
     * A {@code <dashboard-item>} module: its title and description keys, thumbnail URL (as written, with the
     * plugin key filled in by the build) and the AMD module that renders it; {@code configurable} items have an
     * edit view.
     */
    public record DashboardItem(String key, String titleKey, String descriptionKey, String thumbnail,
                                String amdModule, boolean configurable) {
    }

    private final String pluginKey;
    private final List<String> entityClasses;
    private final List<String> upgradeTaskClasses;
    private final List<String> restPackages;
    private final List<WebResource> webResources;
    private final List<Servlet> servlets;
    private final List<WebItem> webItems;
    private final List<WebPanel> webPanels;
    private final List<DashboardItem> dashboardItems;
    private final String i18nBundle;
    private final List<String> velocityAllowlist;

    private PluginDescriptor(Element root) {
        this.pluginKey = root.getAttribute("key");
        this.entityClasses = texts(child(root, "ao"), "entity");
        this.upgradeTaskClasses = texts(child(root, "ao"), "upgradeTask");
        this.restPackages = texts(child(root, "rest"), "package");
        this.webResources = children(root, "web-resource").stream().map(e -> new WebResource(e.getAttribute("key"),
                texts(e, "dependency"),
                children(e, "resource").stream().filter(r -> "download".equals(r.getAttribute("type")))
                        .map(r -> new Download(r.getAttribute("name"), r.getAttribute("location"))).toList(),
                texts(e, "context"), transformers(e, "js")))
                .toList();
        this.servlets = children(root, "servlet").stream().map(e -> new Servlet(e.getAttribute("key"),
                e.getAttribute("class"), texts(e, "url-pattern"))).toList();
        this.webItems = children(root, "web-item").stream().map(e -> new WebItem(e.getAttribute("key"),
                e.getAttribute("section"), weight(e), labelKey(e), text(child(e, "link")))).toList();
        this.webPanels = children(root, "web-panel").stream().map(e -> new WebPanel(e.getAttribute("key"),
                e.getAttribute("location"), weight(e), labelKey(e),
                Optional.ofNullable(child(e, "context-provider")).map(c -> c.getAttribute("class")).orElse(null),
                children(e, "resource").stream().filter(r -> "velocity".equals(r.getAttribute("type")))
                        .map(r -> r.getAttribute("location")).findFirst().orElse(null),
                conditions(e), params(e))).toList();
        this.dashboardItems = children(root, "dashboard-item").stream().map(PluginDescriptor::dashboardItem).toList();
        this.velocityAllowlist = children(root, "velocity-allowlist").stream()
                .flatMap(e -> texts(e, "method").stream()).toList();
        velocityAllowlist.forEach(this::checkOwnMethod);
        this.i18nBundle = children(root, "resource").stream().filter(r -> "i18n".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).findFirst().orElse(null);
    }

    /** Reads the descriptor from the class path (the plugin jar). */
    public static PluginDescriptor load(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path: is pmo-plugin built?");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + LOCATION, e);
        }
    }

    /** Reads a descriptor; refuses what Jira would refuse to install (see {@link #checkOwnMethod}). */
    static PluginDescriptor read(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return new PluginDescriptor(document.getDocumentElement());
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + LOCATION, e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<String> entityClasses() {
        return entityClasses;
    }

    /** The {@code <ao>} module's upgrade tasks, by class name, in the order written. */
    public List<String> upgradeTaskClasses() {
        return upgradeTaskClasses;
    }

    public List<String> restPackages() {
        return restPackages;
    }

    public List<WebResource> webResources() {
        return webResources;
    }

    public Optional<WebResource> webResource(String completeKey) {
        String prefix = pluginKey + ":";
        if (!completeKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = completeKey.substring(prefix.length());
        return webResources.stream().filter(w -> w.key().equals(key)).findFirst();
    }

    public List<Servlet> servlets() {
        return servlets;
    }

    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(w -> w.section().equals(section))
                .sorted(Comparator.comparingInt(WebItem::weight)).toList();
    }

    /** Every web panel, whatever its location. */
    public List<WebPanel> webPanels() {
        return webPanels;
    }

    public List<WebPanel> webPanels(String location) {
        return webPanels.stream().filter(w -> w.location().equals(location))
                .sorted(Comparator.comparingInt(WebPanel::weight)).toList();
    }

    /** The dashboard items, in the order written. */
    public List<DashboardItem> dashboardItems() {
        return dashboardItems;
    }

    /** A dashboard item by its key (without the plugin key), if the descriptor declares it. */
    public Optional<DashboardItem> dashboardItem(String key) {
        return dashboardItems.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    /**
     * The workbench renders dashboard items on the client only, as Jira does for an item without a server-side
     * {@code view} resource; a descriptor that declares one (Soy in Jira) stops the start rather than showing an
     * item without its view.
     */
    private static DashboardItem dashboardItem(Element e) {
        String key = e.getAttribute("key");
        if (children(e, "resource").stream().anyMatch(r -> "view".equals(r.getAttribute("name")))) {
            throw new IllegalStateException("Dashboard item " + key + " has a server-side view, which the "
                    + "workbench does not render; render it in its <amd-module>");
        }
        String amdModule = text(child(e, "amd-module"));
        if (amdModule == null || amdModule.isEmpty()) {
            throw new IllegalStateException("Dashboard item " + key + " has no <amd-module>");
        }
        Element definition = child(e, "definition");
        return new DashboardItem(key,
                Optional.ofNullable(child(definition, "title")).map(t -> t.getAttribute("key")).orElse(null),
                Optional.ofNullable(child(e, "description")).map(d -> d.getAttribute("key")).orElse(null),
                Optional.ofNullable(child(definition, "thumbnail")).map(t -> t.getAttribute("location")).orElse(null),
                amdModule, "true".equals(e.getAttribute("configurable")));
    }

    /**
     * Jira accepts {@code <velocity-allowlist>} entries for the plugin's own classes only. Inside Jira "own" means
     * loaded by the plugin's bundle; here it means in the plugin's namespace, the plugin key without its last
     * segment ({@code com.pmosuite} for {@code com.pmosuite.pmo-plugin}). An entry naming a host or JDK class, or
     * not written {@code Type#method(parameter types)}, stops the workbench as it would stop the plugin in Jira.
     */
    private void checkOwnMethod(String entry) {
        int hash = entry.indexOf('#');
        if (hash <= 0 || !entry.endsWith(")") || entry.indexOf('(') < hash) {
            throw new IllegalStateException("<velocity-allowlist> entry " + entry
                    + " is not of the form com.example.Type#method(java.lang.String)");
        }
        String type = entry.substring(0, hash);
        int lastDot = pluginKey.lastIndexOf('.');
        String ownNamespace = (lastDot < 0 ? pluginKey : pluginKey.substring(0, lastDot)) + ".";
        if (!type.startsWith(ownNamespace)) {
            throw new IllegalStateException("<velocity-allowlist> entry " + entry + " names " + type
                    + ", which is not one of the plugin's own classes (" + ownNamespace + "*): Jira refuses it");
        }
    }

    /** The methods the descriptor's {@code <velocity-allowlist>} modules let templates call. */
    public List<String> velocityAllowlist() {
        return velocityAllowlist;
    }

    /** The i18n bundle's base name, e.g. {@code i18n/pmo}. */
    public String i18nBundle() {
        return i18nBundle;
    }

    private static List<Condition> conditions(Element fragment) {
        if (!children(fragment, "conditions").isEmpty()) {
            // Jira supports nested AND/OR groups; the workbench would rather refuse them than evaluate them wrongly.
            throw new IllegalStateException("<conditions> groups in " + fragment.getAttribute("key")
                    + " are not supported by the workbench; use <condition> elements (all must hold)");
        }
        return children(fragment, "condition").stream().map(c -> {
            Map<String, String> params = new LinkedHashMap<>();
            children(c, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
            return new Condition(c.getAttribute("class"), "true".equals(c.getAttribute("invert")), Map.copyOf(params));
        }).toList();
    }

    private static Map<String, String> params(Element module) {
        Map<String, String> params = new LinkedHashMap<>();
        children(module, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
        return params;
    }

    private static List<String> transformers(Element webResource, String extension) {
        return children(webResource, "transformation").stream()
                .filter(t -> extension.equals(t.getAttribute("extension")))
                .flatMap(t -> children(t, "transformer").stream()).map(t -> t.getAttribute("key")).toList();
    }

    private static int weight(Element e) {
        String weight = e.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }

    private static String labelKey(Element e) {
        Element label = child(e, "label");
        return label == null ? null : label.getAttribute("key");
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<String> texts(Element parent, String name) {
        return parent == null ? List.of() : children(parent, name).stream().map(PluginDescriptor::text).toList();
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }
}
