package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Compile-time stand-in for the web-fragment ContextProvider SPI that the plugin implements (see
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/rapid/PageLoadDataContextProvider.html,
 * a Jira 11 implementation).
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
