package com.atlassian.plugin;

/**
 * Compile-time stand-in for the plugin framework's unchecked PluginException, the superclass of PluginParseException
 * (see https://docs.atlassian.com/atlassian-plugins-parent/3.3.1/apidocs/com/atlassian/plugin/PluginException.html).
 */
public class PluginException extends RuntimeException {

    public PluginException() {
        super();
    }
}
