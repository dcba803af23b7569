package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XsrfProtectionIT {

    private static final String WRITES = "/rest/pmo/1.0/writes";
    private static final String FAILED = "{\"status\":403,\"message\":\"XSRF check failed\"}";
    private static TestWorkbench workbench;
    private static Browser browser;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
        browser = workbench.browser();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    private static String sameOrigin() {
        String base = browser.base().toString();
        return base.substring(0, base.length() - 1);
    }

    @Test
    void formPostWithoutTokenHeaderIsRejected() {
        HttpResponse<String> response = browser.send("POST", WRITES, "application/x-www-form-urlencoded", "a=1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=x", "text/plain", "TEXT/PLAIN; charset=UTF-8"})
    void otherContentTypesAFormCanSendAreRejected(String contentType) {
        assertThat(browser.send("POST", WRITES, contentType, "a").statusCode()).isEqualTo(403);
    }

    @Test
    void mutationWithoutContentTypeIsRejected() {
        assertThat(browser.send("DELETE", WRITES, null, null).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-check", "nocheck", "No-Check"})
    void formPostWithTokenHeaderPasses(String token) {
        HttpResponse<String> response = browser.send("POST", WRITES, "application/x-www-form-urlencoded", "a=1",
                "X-Atlassian-Token", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("written");
    }

    @Test
    void jsonPostFromTheSameOriginPasses() {
        HttpResponse<String> response = browser.send("POST", WRITES, "application/json", "{}",
                "Origin", sameOrigin());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void jsonPostWithoutOriginOrRefererPasses() {
        assertThat(browser.send("POST", WRITES, "application/json", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void jsonPostFromAnotherOriginIsRejected() {
        HttpResponse<String> response = browser.send("POST", WRITES, "application/json", "{}",
                "Origin", "http://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(FAILED);
    }

    @Test
    void jsonPostFromAnotherPortOfTheSameHostIsRejected() {
        assertThat(browser.send("POST", WRITES, "application/json", "{}",
                "Origin", "http://localhost:1").statusCode()).isEqualTo(403);
    }

    @Test
    void refererCountsWhenOriginIsMissing() {
        assertThat(browser.send("POST", WRITES, "application/json", "{}",
                "Referer", "http://evil.example/page").statusCode()).isEqualTo(403);
        assertThat(browser.send("POST", WRITES, "application/json", "{}",
                "Referer", sameOrigin() + "/plugins/servlet/pmo/risks").statusCode()).isEqualTo(200);
    }

    @Test
    void tokenHeaderPassesEvenFromAnotherOrigin() {
        assertThat(browser.send("POST", WRITES, "application/json", "{}", "Origin", "http://evil.example",
                "X-Atlassian-Token", "no-check").statusCode()).isEqualTo(200);
    }

    @Test
    void getIsNeverBlocked() {
        HttpResponse<String> response = browser.send("GET", WRITES, "text/plain", null,
                "Origin", "http://evil.example");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("read");
    }

    @Test
    void methodMarkedXsrfProtectionExcludedIsNotChecked() {
        assertThat(browser.send("POST", WRITES + "/excluded", "application/x-www-form-urlencoded", "a=1")
                .statusCode()).isEqualTo(200);
    }
}
