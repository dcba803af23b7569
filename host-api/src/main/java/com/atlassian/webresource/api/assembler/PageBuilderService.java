package com.atlassian.webresource.api.assembler;

/**
 * Compile-time stand-in for atlassian-plugins-webresource's PageBuilderService, declaring only the member the plugin
 * calls (no public javadoc page found; shape from the published API class, see docs/host-api.md).
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
