package com.pmosuite.workbench.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * SiteMesh's role in Jira: HTML pages on page paths that ask for {@code atl.general} are wrapped in the Jira-like
 * chrome; every other response leaves byte for byte as the servlet wrote it.
 */
final class PageDecoratorFilter extends HttpFilter {

    private final AtlGeneralDecorator decorator;
    private final CurrentUser currentUser;
    private final Function<HttpServletRequest, RequiredResourceUrls> requiredResources;
    private final List<String> pagePathPrefixes;

    /**
     * @param pagePathPrefixes paths to decorate: {@code "/"} means the site root only, anything else is a prefix
     */
    PageDecoratorFilter(AtlGeneralDecorator decorator, CurrentUser currentUser,
                        Function<HttpServletRequest, RequiredResourceUrls> requiredResources,
                        List<String> pagePathPrefixes) {
        this.decorator = decorator;
        this.currentUser = currentUser;
        this.requiredResources = requiredResources;
        this.pagePathPrefixes = List.copyOf(pagePathPrefixes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPagePath(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        BufferingResponse buffered = new BufferingResponse(response);
        chain.doFilter(request, buffered);
        if (!buffered.holdsBody()) {
            return;
        }
        byte[] body = buffered.body();
        if (BufferingResponse.isHtml(response.getContentType())) {
            HtmlPage page = HtmlPage.parse(new String(body, Charset.forName(response.getCharacterEncoding())));
            if (AtlGeneralDecorator.wantsDecoration(page)) {
                // Asked for after the page has rendered, because rendering is what requires resources.
                RequiredResourceUrls required = requiredResources.apply(request);
                body = decorator.decorate(page, currentUser.get(), pathAndQuery(request), required)
                        .getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html;charset=UTF-8");
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private boolean isPagePath(String path) {
        return pagePathPrefixes.stream()
                .anyMatch(prefix -> prefix.equals("/") ? path.equals("/") : path.startsWith(prefix));
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
