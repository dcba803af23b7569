package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/**
 * The compliance settings as read, and as a change sends them back with the {@code version} read: the scheduled
 * scan's interval, the score bands (green at or above {@code greenAtLeast} percent, amber at or above
 * {@code amberAtLeast}, red below) and how many offenders a result lists.
 */
public record ComplianceSettingsJson(Integer scanIntervalMinutes, Integer greenAtLeast, Integer amberAtLeast,
                                     Integer offenderCap, Integer version) implements JsonBody {
}
