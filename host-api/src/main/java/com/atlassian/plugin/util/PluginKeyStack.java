package com.atlassian.plugin.util;

/**
 * No-op stand-in for the plugin framework's PluginKeyStack with the one member AO 4.0.3's EntityManager links against
 * (static getFirstPluginKey()Ljava/lang/String;); no public javadoc exists, shape documented in docs/host-api.md.
 */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    /** Outside Jira no plugin is on the stack, so there is no first key (the real class also returns null then). */
    public static String getFirstPluginKey() {
        return null;
    }
}
