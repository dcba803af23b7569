package com.atlassian.webresource.api.assembler;

/**
 * Compile-time stand-in for atlassian-plugins-webresource's RequiredResources, whose requireWebResource returns the
 * same RequiredResources for chaining (no public javadoc page found; shape from the published API class, see
 * docs/host-api.md).
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
