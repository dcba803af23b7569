package com.pmosuite.workbench.plugin;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's web-panel rendering for the workbench: for a location, the descriptor's panels in weight order whose
 * conditions all hold, each rendered from its Velocity view with the map its context provider returns. Context
 * providers and conditions are created once, at start-up, so a descriptor naming a missing class fails early.
 */
public final class WebPanels {

    /** A panel that showed, its HTML, and the context its provider returned (Jira Software reads values from it). */
    public record Rendered(PluginDescriptor.WebPanel module, String html, Map<String, Object> context) {
    }

    private record Guard(Condition condition, boolean invert) {
    }

    private record Panel(PluginDescriptor.WebPanel module, ContextProvider provider, List<Guard> guards) {
    }

    private final List<Panel> panels;
    private final TemplateRenderer renderer;

    public WebPanels(PluginDescriptor descriptor, ComponentFactory components, TemplateRenderer renderer) {
        this.renderer = renderer;
        this.panels = descriptor.webPanels().stream().map(module -> {
            ContextProvider provider = module.contextProviderClass() == null ? null
                    : components.create(module.contextProviderClass(), ContextProvider.class);
            if (provider != null) {
                provider.init(Map.of());
            }
            List<Guard> guards = module.conditions().stream().map(c -> {
                Condition condition = components.create(c.className(), Condition.class);
                condition.init(c.params());
                return new Guard(condition, c.invert());
            }).toList();
            return new Panel(module, provider, guards);
        }).toList();
    }

    /** Whether any panel is declared at this location, shown or not. */
    public boolean declaredAt(String location) {
        return panels.stream().anyMatch(p -> p.module().location().equals(location));
    }

    /** The panels at a location that show in this context, rendered, lightest weight first. */
    public List<Rendered> render(String location, Map<String, Object> context) {
        return panels.stream()
                .filter(p -> p.module().location().equals(location))
                .sorted((a, b) -> Integer.compare(a.module().weight(), b.module().weight()))
                .filter(p -> p.guards().stream().allMatch(g -> g.condition().shouldDisplay(Map.copyOf(context)) != g.invert()))
                .map(p -> render(p, context))
                .toList();
    }

    private Rendered render(Panel panel, Map<String, Object> context) {
        Map<String, Object> full = panel.provider() == null ? new HashMap<>(context)
                : panel.provider().getContextMap(new HashMap<>(context));
        StringWriter html = new StringWriter();
        try {
            renderer.render(panel.module().template(), full, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(panel.module(), html.toString(), full);
    }
}
