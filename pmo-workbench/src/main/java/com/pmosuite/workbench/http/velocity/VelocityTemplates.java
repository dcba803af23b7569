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
 * 1.x syntax, automatic HTML escaping of inserted references and a method allowlist.
 */
public final class VelocityTemplates {

    private static final String LOADER = "plugin";

    private final VelocityEngine engine;

    /**
     * @param classLoader       where templates are found, e.g. {@code templates/risk/register.vm}
     * @param allowedExtraTypes classes and interfaces whose methods templates may call, beyond the built-in
     *                          allowlist (strings, numbers, booleans, maps, collections, iterators)
     */
    public VelocityTemplates(ClassLoader classLoader, Set<Class<?>> allowedExtraTypes) {
        this(classLoader, allowedExtraTypes, Set.of());
    }

    /**
     * @param allowedMethods single methods templates may call, in the form of a descriptor's
     *                       {@code <velocity-allowlist>} entries: {@code com.example.Type#method(java.lang.String)}
     */
    public VelocityTemplates(ClassLoader classLoader, Set<Class<?>> allowedExtraTypes, Set<String> allowedMethods) {
        Objects.requireNonNull(classLoader, "classLoader");
        engine = new VelocityEngine(configuration());
        engine.setProperty("resource.loader." + LOADER + ".instance", new ClassLoaderResourceLoader(classLoader));
        engine.setApplicationAttribute(AllowlistUberspector.EXTRA_TYPES_ATTRIBUTE, Set.copyOf(allowedExtraTypes));
        engine.setApplicationAttribute(AllowlistUberspector.EXTRA_METHODS_ATTRIBUTE, Set.copyOf(allowedMethods));
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
