package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response carries the headers Jira sends against clickjacking and content sniffing, errors included. */
class SecurityHeadersIT {

    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("login page", 200, get("/login.jsp")),
                Arguments.of("decorated page", 200, get("/plugins/servlet/test/project")),
                Arguments.of("CSV download", 200, get("/plugins/servlet/test/csv")),
                Arguments.of("REST JSON", 200, get("/rest/pmo/1.0/access/unrestricted")),
                Arguments.of("login redirect", 302, (Request) browser -> browser.postForm("/login.jsp",
                        Map.of("os_username", "alice", "os_password", "alice-secret", "os_destination", "/"))),
                Arguments.of("wrong password on the form", 401, (Request) browser -> browser.postForm("/login.jsp",
                        Map.of("os_username", "admin", "os_password", "wrong", "os_destination", "/"))),
                Arguments.of("Basic challenge", 401, (Request) browser -> browser.get(
                        "/rest/pmo/1.0/access/licensed", "Authorization", Browser.basic("admin", "wrong"))),
                Arguments.of("REST refusing anonymous callers", 401, get("/rest/pmo/1.0/access/licensed")),
                Arguments.of("logout redirect", 302, get("/logout")),
                Arguments.of("unknown page", 404, get("/plugins/servlet/nothing-here")),
                Arguments.of("unknown REST path", 404, get("/rest/pmo/1.0/nothing-here")),
                Arguments.of("missing static file", 404, get("/static/nothing-here.css")),
                Arguments.of("failing servlet", 500, get("/plugins/servlet/test/failure")),
                Arguments.of("failing REST resource", 500, get("/rest/pmo/1.0/json/failure")),
                Arguments.of("path Jetty refuses as ambiguous", 400, get("/plugins/servlet/%2e%2e/test/whoami")),
                Arguments.of("method not allowed", 405, (Request) browser -> browser.send("DELETE", "/login.jsp",
                        null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String kind, int status, Request request) {
        HttpResponse<String> response = request.send(workbench.browser());

        assertThat(response.statusCode()).as(kind).isEqualTo(status);
        assertSecurityHeaders(response);
    }

    @Test
    void staticFilesCarryTheSecurityHeaders() {
        assumeTrue(getClass().getClassLoader().getResource("workbench/static/aui/aui-prototyping.css") != null,
                "AUI was not copied to the class path (-Dpmo.skipNpm=true?)");

        HttpResponse<String> response = workbench.browser().get("/static/aui/aui-prototyping.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly("frame-ancestors 'self'");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
    }

    private static Request get(String path) {
        return browser -> browser.get(path);
    }

    /** One request, sent by a fresh browser. */
    @FunctionalInterface
    interface Request {
        HttpResponse<String> send(Browser browser);
    }
}
