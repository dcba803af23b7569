package com.pmosuite.workbench.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a page inside chrome like Jira's {@code atl.general} decorator: AUI, the application header and, for a
 * page that names a project with {@code <meta name="projectKey">}, the project sidebar.
 *
 * <p>The sidebar item whose key equals {@code <meta name="admin.active.tab">} is shown selected; that is the meta
 * tag Jira's own project pages use for the same purpose.
 */
final class AtlGeneralDecorator {

    static final String DECORATOR_NAME = "atl.general";
    static final String PRODUCT_NAME = "Jira \u00b7 PMO workbench";
    // jQuery first: the AUI prototyping bundle expects a global jQuery, as AUI inside Jira does.
    static final List<String> BASE_CSS = List.of("/static/aui/aui-prototyping.css");
    // Then an AMD loader, which Jira also has on every page: plugin scripts may define() modules (dashboard items do).
    static final List<String> BASE_JS = List.of("/static/jquery/jquery.min.js", "/static/aui/aui-prototyping.js",
            "/static/workbench/amd.js");

    // Only the letter avatar and the header on a phone need their own style; everything else is plain AUI markup.
    private static final String CHROME_STYLE = "<style>.pmo-project-avatar{display:inline-flex;align-items:center;"
            + "justify-content:center;width:48px;height:48px;border-radius:3px;background:#0052cc;color:#fff;"
            + "font-size:24px;font-weight:600}"
            // On a phone the user's name gives way to the header's links (Log out stays), so they do not overlap.
            + "@media (max-width:600px){#header .aui-header-logo-device{font-size:16px}"
            + "#header-details-user-fullname{display:none}}</style>";

    private final SidebarLinks sidebarLinks;

    AtlGeneralDecorator(SidebarLinks sidebarLinks) {
        this.sidebarLinks = sidebarLinks;
    }

    /** Jira's administration pages ask for {@code atl.admin}; the workbench gives them the same chrome. */
    static final String ADMIN_DECORATOR_NAME = "atl.admin";

    static boolean wantsDecoration(HtmlPage page) {
        return page.meta("decorator")
                .filter(name -> DECORATOR_NAME.equals(name) || ADMIN_DECORATOR_NAME.equals(name)).isPresent();
    }

    /**
     * @param currentPath the request's path and query, used as the login link's destination
     */
    String decorate(HtmlPage page, Optional<WorkbenchAccount> user, String currentPath, RequiredResourceUrls required) {
        Optional<String> projectKey = page.meta("projectKey").filter(key -> !key.isBlank());
        StringBuilder html = new StringBuilder(page.body().length() + page.headWithoutTitle().length() + 4096);
        // Without a viewport tag phones lay the page out 980 px wide and shrink it; with it, narrow layouts apply.
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(page.title()).append("</title>\n");
        BASE_CSS.forEach(url -> stylesheet(html, url));
        BASE_JS.forEach(url -> script(html, url));
        html.append(CHROME_STYLE).append('\n');
        // The page's required resources come before its own head, so inline scripts there can use them.
        required.css().forEach(url -> stylesheet(html, url));
        required.js().forEach(url -> script(html, url));
        html.append(page.headWithoutTitle().strip()).append("\n</head>\n");

        String bodyClass = "aui-layout aui-theme-default" + (projectKey.isPresent() ? " aui-page-sidebar" : "")
                + (page.bodyClass().isBlank() ? "" : " " + page.bodyClass());
        html.append("<body id=\"jira\" class=\"").append(Html.attr(bodyClass)).append("\">\n<div id=\"page\">\n");
        header(html, user, currentPath, sidebarLinks.topNavigation(user));
        html.append("<div id=\"content\">\n");
        projectKey.ifPresent(key -> sidebar(html, key, page, user));
        html.append("<section class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">\n")
                .append(page.body())
                .append("\n</section></div></section>\n</div>\n")
                .append("<footer id=\"footer\" role=\"contentinfo\"><section class=\"footer-body\">")
                .append("<p>PMO workbench: the plugin outside Jira</p></section></footer>\n")
                .append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, Optional<WorkbenchAccount> user, String currentPath,
                               List<SidebarLink> topLinks) {
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\">")
                .append("<div class=\"aui-header-inner\">\n<div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">")
                .append("<span class=\"aui-header-logo-device\">").append(Html.escape(PRODUCT_NAME))
                .append("</span></a></span>")
                .append("<ul class=\"aui-nav\"><li><a id=\"home_link\" href=\"/secure/Dashboard.jspa\">Dashboards</a></li>")
                .append("<li><a id=\"browse_link\" href=\"/\">Projects</a></li>");
        for (SidebarLink link : topLinks) {
            html.append("<li><a id=\"").append(Html.attr(link.key())).append("\" href=\"")
                    .append(Html.url(link.url())).append("\">").append(Html.escape(link.label())).append("</a></li>");
        }
        html.append("</ul></div>\n<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        if (user.isPresent()) {
            html.append("<li><span id=\"header-details-user-fullname\" class=\"aui-nav-link\">")
                    .append(Html.escape(user.get().displayName())).append("</span></li>")
                    .append("<li><a id=\"log_out\" href=\"/logout\">Log out</a></li>");
        } else {
            String login = currentPath.startsWith("/login.jsp") ? "/login.jsp"
                    : "/login.jsp?os_destination=" + URLEncoder.encode(currentPath, StandardCharsets.UTF_8);
            html.append("<li><a id=\"login-link\" class=\"login-link\" href=\"").append(Html.attr(login))
                    .append("\">Log in</a></li>");
        }
        html.append("</ul></div>\n</div></nav></header>\n");
    }

    private void sidebar(StringBuilder html, String projectKey, HtmlPage page, Optional<WorkbenchAccount> user) {
        String name = page.meta("projectName").filter(n -> !n.isBlank()).orElse(projectKey);
        String selected = page.meta("admin.active.tab").orElse("");
        String letter = name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        html.append("<div class=\"aui-sidebar\" id=\"project-sidebar\" aria-expanded=\"true\"")
                .append(" data-project-key=\"").append(Html.attr(projectKey)).append("\">")
                .append("<div class=\"aui-sidebar-wrapper\"><div class=\"aui-sidebar-body\">\n")
                .append("<div class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-image\"><span class=\"pmo-project-avatar\" aria-hidden=\"true\">")
                .append(Html.escape(letter)).append("</span></div>")
                .append("<div class=\"aui-page-header-main\"><h1 id=\"project-name\">").append(Html.escape(name))
                .append("</h1></div></div></div>\n")
                .append("<nav class=\"aui-navgroup aui-navgroup-vertical\" aria-label=\"Project\">")
                .append("<div class=\"aui-navgroup-inner\"><div class=\"aui-sidebar-group aui-sidebar-group-tier-one\">")
                .append("<ul class=\"aui-nav\">\n");
        for (SidebarLink link : sidebarLinks.forProject(projectKey, user)) {
            boolean isSelected = link.key().equals(selected);
            html.append(isSelected ? "<li class=\"aui-nav-selected\">" : "<li>")
                    .append("<a class=\"aui-nav-item\" href=\"").append(Html.url(link.url()))
                    .append("\" data-link-id=\"").append(Html.attr(link.key())).append('"')
                    .append(isSelected ? " aria-current=\"page\"" : "")
                    // The icon is what a collapsed sidebar (below 1240 px, as AUI and Jira collapse it) shows.
                    .append(" title=\"").append(Html.attr(link.label())).append("\"><span class=\"aui-icon ")
                    .append("aui-icon-large aui-iconfont-").append(iconOf(link.key()))
                    .append("\" aria-hidden=\"true\"></span><span class=\"aui-nav-item-label\">")
                    .append(Html.escape(link.label())).append("</span></a></li>\n");
        }
        html.append("</ul></div></div></nav>\n</div></div></div>\n");
    }

    /** An AUI icon for a sidebar item, chosen by words in its key; a page icon for any other. */
    static String iconOf(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("risk")) {
            return "warning";
        }
        if (k.contains("compliance")) {
            return "check-circle";
        }
        if (k.contains("portfolio") || k.contains("rollup")) {
            return "portfolio";
        }
        if (k.contains("overview") || k.contains("dashboard")) {
            return "dashboard";
        }
        if (k.contains("board")) {
            return "roadmap";
        }
        if (k.contains("issue")) {
            return "issues";
        }
        return "page-default";
    }

    private static void stylesheet(StringBuilder html, String url) {
        html.append("<link rel=\"stylesheet\" href=\"").append(Html.url(url)).append("\" media=\"all\">\n");
    }

    private static void script(StringBuilder html, String url) {
        html.append("<script src=\"").append(Html.url(url)).append("\"></script>\n");
    }
}
