package com.atlassian.plugin;

/**
 * Compile-time stand-in for the plugin framework's PluginParseException, declared by ContextProvider.init (see
 * https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html).
 */
public class PluginParseException extends PluginException {

    public PluginParseException() {
        super();
    }
}
