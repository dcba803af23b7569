package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/** The body of a waiver's approve, reject and withdraw: the version read, and an optional note. */
public record DecisionBody(Integer version, String note) implements JsonBody {
}
