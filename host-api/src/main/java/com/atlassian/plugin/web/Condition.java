package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Compile-time stand-in for the web-fragment {@code Condition} SPI: decides whether a web item or web panel shows.
 * The plugin implements it, so every abstract member of the real interface is declared (see docs/host-api.md).
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
