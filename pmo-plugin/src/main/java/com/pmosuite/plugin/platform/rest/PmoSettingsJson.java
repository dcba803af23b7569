package com.pmosuite.plugin.platform.rest;

import com.pmosuite.plugin.platform.settings.PmoSettings;

/**
 * The body of {@code /rest/pmo/1.0/admin/settings}: what is read, and what a change sends back with the version it
 * read ({@code null} there is refused).
 */
public record PmoSettingsJson(String pmoAdminGroup, Integer version) implements JsonBody {
    static PmoSettingsJson of(PmoSettings settings) {
        return new PmoSettingsJson(settings.pmoAdminGroup(), settings.version());
    }
}
