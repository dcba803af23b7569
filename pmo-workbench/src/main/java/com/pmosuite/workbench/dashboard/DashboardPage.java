package com.pmosuite.workbench.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.Html;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchJson;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import com.pmosuite.workbench.plugin.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static com.pmosuite.workbench.http.Html.escape;

/**
 * Jira's dashboard page ({@code /secure/Dashboard.jspa}) for the workbench: the logged-in user's own dashboard,
 * hosting the plugin's {@code <dashboard-item>} modules as Jira does. The page requires the {@code atl.dashboard}
 * web-resource context (the items' scripts), lists the items the descriptor declares under "Add gadget", and gives
 * each item on the dashboard a container with its id, AMD module and saved preferences; the workbench's
 * {@code dashboard.js} then builds each item's {@code API} and calls its module, and saves preferences through
 * {@link DashboardItemsServlet}. Anonymous visitors are sent to the login page, as Jira sends them from a
 * dashboard they cannot see.
 */
public final class DashboardPage extends HttpServlet {
    public static final String PATH = "/secure/Dashboard.jspa";
    static final String CONTEXT = "atl.dashboard";
    static final String HOST_SCRIPT = "/static/workbench/dashboard.js";

    private final DashboardStore store;
    private final PluginDescriptor descriptor;
    private final I18nResolver i18n;
    private final WebResources webResources;
    private final CurrentUser currentUser;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    public DashboardPage(DashboardStore store, PluginDescriptor descriptor, I18nResolver i18n,
                         WebResources webResources, CurrentUser currentUser) {
        this.store = store;
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.webResources = webResources;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WorkbenchAccount> user = currentUser.get();
        if (user.isEmpty()) {
            response.sendRedirect("/login.jsp?os_destination=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        webResources.requireContext(CONTEXT);
        List<DashboardStore.Item> items = store.items(user.get().key());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html><head><title>Dashboard - PMO workbench</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\">")
                .append("<link rel=\"stylesheet\" href=\"/static/workbench/dashboard.css\">")
                .append("<script src=\"").append(HOST_SCRIPT).append("\"></script></head><body>\n")
                .append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>Dashboard</h1></div>")
                .append("<div class=\"aui-page-header-actions\"><button type=\"button\" id=\"add-gadget\" ")
                .append("class=\"aui-button\" aria-expanded=\"false\" aria-controls=\"gadget-directory\">")
                .append("Add gadget</button></div></div></header>\n");
        directory(html);
        html.append("<div id=\"dashboard\" class=\"workbench-dashboard\">\n");
        if (items.isEmpty()) {
            html.append("<div class=\"aui-message aui-message-info\" id=\"dashboard-empty\"><p>")
                    .append("Your dashboard is empty: add a gadget.</p></div>\n");
        }
        for (DashboardStore.Item item : items) {
            item(html, item);
        }
        html.append("</div>\n</body></html>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html.toString());
    }

    /** "Add gadget": every dashboard item of the descriptor, with its thumbnail, title and description. */
    private void directory(StringBuilder html) {
        html.append("<section id=\"gadget-directory\" class=\"workbench-gadget-directory\" hidden ")
                .append("aria-label=\"Add gadget\"><ul>\n");
        for (PluginDescriptor.DashboardItem module : descriptor.dashboardItems()) {
            String completeKey = descriptor.pluginKey() + ":" + module.key();
            html.append("<li class=\"workbench-gadget-entry\" data-module-key=\"").append(Html.attr(completeKey))
                    .append("\">");
            if (module.thumbnail() != null) {
                html.append("<img src=\"").append(Html.url(module.thumbnail())).append("\" alt=\"\" width=\"120\" ")
                        .append("height=\"60\">");
            }
            html.append("<div><h3>").append(escape(text(module.titleKey(), module.key()))).append("</h3><p>")
                    .append(escape(text(module.descriptionKey(), ""))).append("</p></div>")
                    .append("<button type=\"button\" class=\"aui-button workbench-add-item\">Add gadget</button>")
                    .append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    private void item(StringBuilder html, DashboardStore.Item item) {
        String prefix = descriptor.pluginKey() + ":";
        Optional<PluginDescriptor.DashboardItem> module = item.moduleKey().startsWith(prefix)
                ? descriptor.dashboardItem(item.moduleKey().substring(prefix.length())) : Optional.empty();
        html.append("<section class=\"dashboard-item\" id=\"gadget-").append(item.id())
                .append("\" data-item-id=\"").append(item.id())
                .append("\" data-module-key=\"").append(Html.attr(item.moduleKey())).append('"');
        module.ifPresent(m -> html.append(" data-amd-module=\"").append(Html.attr(m.amdModule()))
                .append("\" data-configurable=\"").append(m.configurable()).append('"'));
        html.append(" data-preferences=\"").append(Html.attr(preferencesJson(item))).append("\">")
                .append("<div class=\"dashboard-item-header\"><h2 class=\"dashboard-item-title\">")
                .append(escape(module.map(m -> text(m.titleKey(), m.key())).orElse("Gadget not available")))
                .append("</h2><div class=\"dashboard-item-actions\">");
        if (module.map(PluginDescriptor.DashboardItem::configurable).orElse(false)) {
            html.append("<button type=\"button\" class=\"aui-button aui-button-subtle dashboard-item-edit\">")
                    .append("Edit</button>");
        }
        html.append("<button type=\"button\" class=\"aui-button aui-button-subtle dashboard-item-remove\">")
                .append("Remove</button></div></div>")
                .append("<div class=\"dashboard-item-loading\" hidden><aui-spinner size=\"small\"></aui-spinner>")
                .append("</div><div class=\"dashboard-item-content\">");
        if (module.isEmpty()) {
            // As Jira does for an item whose plugin was removed or disabled: the item stays, its content does not.
            html.append("<div class=\"aui-message aui-message-warning\"><p>This gadget is no longer available.")
                    .append("</p></div>");
        }
        html.append("</div></section>\n");
    }

    private String preferencesJson(DashboardStore.Item item) {
        try {
            return json.writeValueAsString(item.preferences());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, String fallback) {
        return key == null ? fallback : i18n.getText(key);
    }
}
