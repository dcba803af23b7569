package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Open in issue navigator" for a condition or JQL standard in one project: the JQL and the navigator's address
 * after the context path ({@code /issues/?jql=…}), or why there is none ({@code jql} and {@code url} then null).
 */
public record NavigatorJson(String jql, String url, String unavailable) implements JsonBody {

    public static NavigatorJson of(NavigatorQueries.NavigatorQuery query) {
        return query.available()
                ? new NavigatorJson(query.jql(), "/issues/?jql=" + URLEncoder.encode(query.jql(),
                StandardCharsets.UTF_8), null)
                : new NavigatorJson(null, null, query.unavailable());
    }
}
