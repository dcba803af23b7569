/**
 * The workbench's HTTP side: a Jetty server that hosts the plugin's REST resources, servlets and pages the way
 * Jira would, with Jira's login and logout, HTTP Basic, REST v2 access annotations, XSRF rules and the
 * {@code atl.general} page decorator.
 *
 * <p>Pages ask for the decorator with {@code <meta name="decorator" content="atl.general">} and, on project
 * pages, name the project with {@code <meta name="projectKey">} and {@code <meta name="projectName">} and the
 * selected sidebar item with {@code <meta name="admin.active.tab">}.
 */
package com.pmosuite.workbench.http;
