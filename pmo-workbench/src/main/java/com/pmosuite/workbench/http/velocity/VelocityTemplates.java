package com.pmosuite.workbench.http.velocity;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Renders the plugin's Velocity templates as Jira would: from the plugin's class path, in UTF-8, with Velocity
 * 1.x syntax, automatic HTML escaping of inserted references and Jira's method allowlist.
 */
public final class VelocityTemplates {

    private static final String LOADER = "plugin";

    private final VelocityEngine engine;

    /**
     * The members of Jira's global allowlist that the workbench's templates can meet besides the built-in types'
     * methods: {@code $i18n}'s {@code getText}, with or without message parameters, on the I18nHelper Jira puts in
     * its template contexts.
     */
    public static final Set<String> JIRA_GLOBAL_METHODS = Set.of(
            "com.atlassian.jira.util.I18nHelper#getText(java.lang.String)",
            "com.atlassian.jira.util.I18nHelper#getText(java.lang.String,java.lang.Object)");

    /**
     * @param classLoader   where templates are found, e.g. {@code templates/risk/register.vm}
     * @param pluginMethods the plugin's {@code <velocity-allowlist>} entries,
     *                      {@code com.example.Type#method(java.lang.String)}; with {@link #JIRA_GLOBAL_METHODS}
     *                      and the built-in types' methods, the only methods templates may call
     */
    public VelocityTemplates(ClassLoader classLoader, Set<String> pluginMethods) {
        this(classLoader, JIRA_GLOBAL_METHODS, pluginMethods);
    }

    /** As above, with another host list than Jira's (for tests of the allowlist itself). */
    VelocityTemplates(ClassLoader classLoader, Set<String> hostMethods, Set<String> pluginMethods) {
        Objects.requireNonNull(classLoader, "classLoader");
        engine = new VelocityEngine(configuration());
        engine.setProperty("resource.loader." + LOADER + ".instance", new ClassLoaderResourceLoader(classLoader));
        engine.setApplicationAttribute(AllowlistUberspector.HOST_METHODS_ATTRIBUTE, Set.copyOf(hostMethods));
        engine.setApplicationAttribute(AllowlistUberspector.PLUGIN_METHODS_ATTRIBUTE, Set.copyOf(pluginMethods));
        engine.init();
    }

    private static Properties configuration() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        p.setProperty("resource.loader." + LOADER + ".cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, VelocityCountForeach.class.getName());
        // Velocity 1.x behaviour, which Jira's templates are written for (Velocity's "upgrading from 1.x" list):
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        // #if($x) is false only for null and false, not for empty strings and collections.
        p.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        // Velocity 1.x read $a-b as one identifier; so does Jira, so a template that works here works there.
        p.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, "true");
        // No implicit conversion of method arguments (2.x would turn "3" into 3 to find a method).
        p.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
        p.setProperty(RuntimeConstants.VM_ENABLE_BC_MODE, "true");
        p.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "false");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        return p;
    }

    /** Renders a template from the class path into {@code out}. */
    public void render(String templateName, Map<String, Object> context, Writer out) {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(newContext(context), out);
        } catch (RuntimeException e) {
            throw new TemplateRenderingException(templateName, e);
        }
    }

    /** Renders a piece of template text, with the same escaping and allowlist. */
    public String renderFragment(String vtl, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(newContext(context), out, "fragment", vtl);
        } catch (RuntimeException e) {
            throw new TemplateRenderingException("(fragment)", e);
        }
        return out.toString();
    }

    private static VelocityContext newContext(Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(values));
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscapingInsertion());
        events.attachToContext(context);
        return context;
    }
}
