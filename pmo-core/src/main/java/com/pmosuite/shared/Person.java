package com.pmosuite.shared;

/** A user of the host application as the PMO domain sees one: a stable key, a login name and a name to show. */
public record Person(String key, String username, String displayName) {
}
