package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginIT {

    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @Test
    void loginPageShowsJirasFormFieldsInsideTheWorkbenchChrome() {
        HttpResponse<String> page = workbench.browser().get("/login.jsp?os_destination=%2Fbrowse%2FPMO-1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("name=\"os_username\"", "name=\"os_password\"")
                .contains("<input type=\"hidden\" name=\"os_destination\" value=\"/browse/PMO-1\">")
                .contains("id=\"header\"", "aui-prototyping.css");
    }

    @Test
    void rightPasswordStartsASessionAndReturnsToTheDestination() {
        Browser browser = workbench.browser();

        HttpResponse<String> login = browser.postForm("/login.jsp", Map.of("os_username", "alice",
                "os_password", "alice-secret", "os_destination", "/plugins/servlet/test/whoami?x=1"));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(redirectTarget(login)).isEqualTo(browser.base().resolve("/plugins/servlet/test/whoami?x=1"));
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("alice");
    }

    @Test
    void usernameIsNotCaseSensitive() {
        Browser browser = workbench.browser();

        assertThat(browser.logIn("ALICE", "alice-secret").statusCode()).isEqualTo(302);
        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("alice");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAnErrorAnd401() {
        Browser browser = workbench.browser();

        HttpResponse<String> login = browser.postForm("/login.jsp", Map.of("os_username", "alice",
                "os_password", "wrong", "os_destination", "/browse/PMO-1"));

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body())
                .contains("id=\"login-error\"", "your username and password are incorrect")
                .contains("value=\"alice\"", "value=\"/browse/PMO-1\"");
        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("anonymous");
    }

    @Test
    void loginFormEscapesWhatTheUserTyped() {
        HttpResponse<String> login = workbench.browser().postForm("/login.jsp", Map.of(
                "os_username", "\"><script>alert(1)</script>", "os_password", "x",
                "os_destination", "\"><script>alert(2)</script>"));

        assertThat(login.body()).doesNotContain("<script>alert").contains("&quot;&gt;&lt;script&gt;alert(1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/", "https://evil.example", "//evil.example/path",
            "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil.example", "/%0d%0aX:y", "/%2F%2Fevil.example", ""})
    void loginNeverRedirectsOffSite(String destination) {
        Browser browser = workbench.browser();

        HttpResponse<String> login = browser.postForm("/login.jsp", Map.of("os_username", "alice",
                "os_password", "alice-secret", "os_destination", destination));

        URI target = redirectTarget(login);
        assertThat(target.getHost()).isEqualTo(browser.base().getHost());
        assertThat(target.getPort()).isEqualTo(browser.base().getPort());
    }

    /** Each of these once ended off-site or in a 500; a browser given the Location must stay on the site root. */
    @ParameterizedTest
    @ValueSource(strings = {"/.//evil.example", "/..", "/../", "/%2e%2e/", "/.%2e//evil.example",
            "/a/../..//evil.example", "//evil.example", "/\\evil.example", "/%5C/evil.example", "/%2F/evil.example",
            "/%0d%0aSet-Cookie:%20planted=1", "/%0D%0ALocation:%20//evil.example", "http://evil.example/",
            "javascript:alert(1)", "/caf\u00e9/\u2028"})
    void hostileDestinationsLandOnTheSiteRoot(String destination) {
        Browser browser = workbench.browser();

        HttpResponse<String> login = browser.postForm("/login.jsp", Map.of("os_username", "alice",
                "os_password", "alice-secret", "os_destination", destination));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(redirectTarget(login)).isEqualTo(browser.base().resolve("/"));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("planted"));
        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("alice");
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = workbench.browser();
        browser.logIn("alice", "alice-secret");

        HttpResponse<String> logout = browser.get("/logout");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("anonymous");
        assertThat(browser.get(redirectTarget(logout).toString()).body()).contains("You are now logged out.");
    }

    private static URI redirectTarget(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location);
    }
}
