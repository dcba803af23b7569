package com.pmosuite.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.pmosuite.workbench.http.velocity.VelocityTemplates;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Atlassian Template Renderer for the workbench: Velocity with Jira's escaping and a method allowlist, templates
 * from the plugin jar, and {@code $i18n} in every context as the host's renderer provides it.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityTemplates templates;
    private final I18nResolver i18n;

    /**
     * @param allowedMethods the plugin's {@code <velocity-allowlist>} entries: as in Jira 11, templates may call
     *                       those methods and the global allowlist's (strings, maps, lists, I18nHelper#getText),
     *                       nothing else; the SAL {@code $i18n} this renderer adds is not on it
     */
    public VelocityTemplateRenderer(I18nResolver i18n, Set<String> allowedMethods) {
        this.templates = new VelocityTemplates(VelocityTemplateRenderer.class.getClassLoader(), allowedMethods);
        this.i18n = i18n;
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            templates.render(templateName, withI18n(context), writer);
        } catch (RuntimeException e) {
            throw new RenderingException(e.getMessage(), e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        try {
            return templates.renderFragment(fragment, withI18n(context));
        } catch (RuntimeException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    private Map<String, Object> withI18n(Map<String, Object> context) {
        Map<String, Object> full = new HashMap<>(context);
        full.putIfAbsent("i18n", i18n);
        return full;
    }
}
