package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestAccessIT {

    private static final String UNAUTHENTICATED =
            "{\"status\":401,\"message\":\"Client must be authenticated to access this resource.\"}";
    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @AfterEach
    void anonymousAccessBackToDefault() {
        workbench.anonymousAccess.set(false);
    }

    private static HttpResponse<String> anonymous(String path) {
        return workbench.browser().get("/rest/pmo/1.0/" + path);
    }

    private static HttpResponse<String> as(String username, String password, String path) {
        return workbench.browser().get("/rest/pmo/1.0/" + path, "Authorization", Browser.basic(username, password));
    }

    @Test
    void unrestrictedAccessAdmitsAnonymousCallers() {
        HttpResponse<String> response = anonymous("access/unrestricted");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("anonymous");
    }

    @Test
    void anonymousSiteAccessRefusesAnonymousCallersWhileTheSiteDisallowsThem() {
        HttpResponse<String> response = anonymous("access/anonymous-site");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void anonymousSiteAccessAdmitsAnonymousCallersOnceTheSiteAllowsThem() {
        workbench.anonymousAccess.set(true);

        assertThat(anonymous("access/anonymous-site").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousSiteAccessAdmitsLoggedInUsers() {
        assertThat(as("alice", "alice-secret", "access/anonymous-site").body()).isEqualTo("alice");
    }

    @Test
    void licensedOnlyRefusesAnonymousCallersEvenWhenTheSiteAllowsThem() {
        workbench.anonymousAccess.set(true);

        HttpResponse<String> response = anonymous("access/licensed");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void licensedOnlyAdmitsLoggedInUsers() {
        assertThat(as("alice", "alice-secret", "access/licensed").body()).isEqualTo("alice");
    }

    @Test
    void aResourceWithoutAnnotationIsLicensedOnlyByDefault() {
        workbench.anonymousAccess.set(true);

        assertThat(anonymous("access/unannotated").statusCode()).isEqualTo(401);
        assertThat(as("alice", "alice-secret", "access/unannotated").statusCode()).isEqualTo(200);
    }

    @Test
    void aClassAnnotationAppliesToMethodsWithoutTheirOwn() {
        assertThat(anonymous("open").statusCode()).isEqualTo(200);
    }

    @Test
    void aMethodAnnotationOverridesItsClassAnnotation() {
        assertThat(anonymous("open/licensed").statusCode()).isEqualTo(401);
    }

    @Test
    void sessionLoginCountsAsAuthenticated() {
        Browser browser = workbench.browser();
        browser.logIn("alice", "alice-secret");

        assertThat(browser.get("/rest/pmo/1.0/access/licensed").body()).isEqualTo("alice");
    }

    @Test
    void adminOnlyRefusesUsersOutsideTheAdministratorGroupsWith403() {
        HttpResponse<String> response = as("alice", "alice-secret", "access/admin");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).startsWith("{\"status\":403,");
        assertThat(as("admin", "admin-secret", "access/admin").body()).isEqualTo("admin");
    }
}
