package com.pmosuite.plugin.platform.rest;

/**
 * A request or response body of the public REST API. Bodies are versioned API: their property names, types and
 * order are pinned by the contract tests, and they are mapped to and from the core's records at the edge, so a
 * rename in the domain never changes what clients send or read. {@link PmoJson} reads and writes nothing else.
 */
public interface JsonBody {
}
