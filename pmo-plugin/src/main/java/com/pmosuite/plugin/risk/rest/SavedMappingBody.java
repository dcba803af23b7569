package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/** The body that saves a mapping under a name; an update also carries the {@code version} it was read at. */
public record SavedMappingBody(String name, ImportMappingJson mapping, Integer version) implements JsonBody {
}
