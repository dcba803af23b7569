package com.pmosuite.workbench.plugin;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.pmosuite.workbench.http.RequiredResourceUrls;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's web resource manager for the workbench: pages require descriptor web resources through
 * {@link PageBuilderService}, the page decorator asks {@link #drain} for their URLs, and {@link #servlet()} serves
 * the files under {@code /download/resources/<plugin key>:<web resource key>/<name>} as Jira does.
 * AUI dependencies ({@code com.atlassian.auiplugin:*}) are already in every workbench page.
 */
public final class WebResources implements PageBuilderService {
    public static final String DOWNLOAD_PATH = "/download/resources/";

    private final PluginDescriptor descriptor;
    private final JsI18nTransformer jsI18n;
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    /**
     * @param jsI18n applied to the JavaScript of web resources that declare {@code <transformer key="jsI18n"/>};
     *               any other transformer key stops the workbench rather than serving a script Jira would change
     */
    public WebResources(PluginDescriptor descriptor, JsI18nTransformer jsI18n) {
        this.descriptor = descriptor;
        this.jsI18n = jsI18n;
        descriptor.webResources().forEach(resource -> resource.jsTransformers().forEach(key -> {
            if (!JsI18nTransformer.KEY.equals(key)) {
                throw new IllegalStateException("Web resource " + resource.key() + " uses the transformer " + key
                        + ", which the workbench does not implement");
            }
        }));
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                if (descriptor.webResource(moduleCompleteKey).isEmpty()
                        && !moduleCompleteKey.startsWith("com.atlassian.")) {
                    throw new IllegalArgumentException("No web resource " + moduleCompleteKey + " in the descriptor");
                }
                required.get().add(moduleCompleteKey);
                return this;
            }
        };
    }

    /** Requires every descriptor web resource declared for a page context, as Jira's pages do for theirs. */
    public void requireContext(String context) {
        descriptor.webResources().stream().filter(r -> r.contexts().contains(context))
                .forEach(r -> required.get().add(descriptor.pluginKey() + ":" + r.key()));
    }

    /** The URLs of the resources required on this thread since the last drain, dependencies first; then forgets them. */
    public RequiredResourceUrls drain(HttpServletRequest request) {
        Set<String> keys = new LinkedHashSet<>();
        required.get().forEach(key -> collect(key, keys));
        required.remove();
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (String key : keys) {
            descriptor.webResource(key).ifPresent(resource -> resource.downloads().forEach(download -> {
                String url = request.getContextPath() + DOWNLOAD_PATH + key + "/" + download.name();
                if (download.name().endsWith(".css")) {
                    css.add(url);
                } else if (download.name().endsWith(".js")) {
                    js.add(url);
                }
            }));
        }
        return RequiredResourceUrls.of(css, js);
    }

    private void collect(String key, Set<String> into) {
        Optional<PluginDescriptor.WebResource> resource = descriptor.webResource(key);
        if (resource.isEmpty() || into.contains(key)) {
            return;
        }
        resource.get().dependencies().forEach(dependency -> collect(dependency, into));
        into.add(key);
    }

    /** Serves the download resources that the descriptor declares, and nothing else. */
    public HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
                int slash = path.indexOf('/');
                Optional<PluginDescriptor.WebResource> resource = slash < 0 ? Optional.empty()
                        : descriptor.webResource(path.substring(0, slash));
                Optional<PluginDescriptor.Download> download = resource.flatMap(r -> r.downloads().stream()
                        .filter(d -> d.name().equals(path.substring(slash + 1))).findFirst());
                if (download.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                try (InputStream in = WebResources.class.getClassLoader()
                        .getResourceAsStream(download.get().location())) {
                    if (in == null) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    String name = download.get().name();
                    response.setContentType(name.endsWith(".css") ? "text/css;charset=UTF-8"
                            : name.endsWith(".js") ? "text/javascript;charset=UTF-8"
                            : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
                    response.setHeader("Cache-Control", "no-cache");
                    if (name.endsWith(".js") && resource.get().jsTransformers().contains(JsI18nTransformer.KEY)) {
                        String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        response.getOutputStream().write(jsI18n.transform(script).getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(response.getOutputStream());
                    }
                }
            }
        };
    }
}
