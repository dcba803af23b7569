package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a login may send the user: a normalised path on this site, or else the site root. */
class LoginDestinationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/browse/PMO-1", "/plugins/servlet/pmo/risks?project=PMO&view=all#top",
            "/secure/Dashboard.jspa?url=http://evil.example", "/projects/ALPHA?selectedItem=x", "/browse/",
            "/plugins/servlet/pmo/risk-register/R%C3%A9SK", "/issues/?jql=project%20%3D%20PMO",
            "/a/file.with.dots/..a/a..", "/browse/PMO-1?next=%2F%2Fevil.example"})
    void normalisedPathsOnThisSiteAreKept(String destination) {
        assertThat(LoginDestination.sameSitePathOrRoot(destination)).isEqualTo(destination);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            // another site, by scheme or authority
            "", "http://evil.example/", "HTTPS://evil.example", "//evil.example", "///evil.example",
            "//evil.example/path", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
            "browse/PMO-1", "evil.example", "?x=1", "#top",
            // backslashes, which browsers read as slashes, raw or encoded
            "/\\evil.example", "\\/evil.example", "\\\\evil.example", "/%5Cevil.example", "/%5cevil.example",
            // dot segments a browser or Jetty would resolve, some into "//evil.example" or above the root
            "/.//evil.example", "/./", "/..", "/../", "/../evil.example", "/a/../..//evil.example", "/a/./b",
            "/%2e%2e/", "/%2E%2E/evil", "/.%2e/", "/%2e/%2fevil.example", "/a/%2e",
            // empty segments and encoded slashes, which some servers and proxies collapse or decode
            "/a//b", "/%2F/evil.example", "/%2f%2fevil.example", "/%2F%2Fevil.example",
            // control characters, raw or encoded (header injection), spaces and non-ASCII
            "/\nLocation: x", "/\r\nSet-Cookie: x=1", "/\t/evil.example", "/ spaced", "/%0d%0aSet-Cookie:x",
            "/%0D%0ALocation:%20//evil.example", "/path?q=%00", "/path#%0a", "/%c2%85", "/caf\u00e9",
            "/\u2028", "/%E2%80%AE",
            // malformed escapes
            "/%", "/%zz", "/%2"})
    void anythingElseGoesToTheSiteRoot(String destination) {
        assertThat(LoginDestination.sameSitePathOrRoot(destination)).isEqualTo("/");
    }

    @Test
    void anOverlongDestinationGoesToTheSiteRoot() {
        assertThat(LoginDestination.sameSitePathOrRoot("/" + "a".repeat(LoginDestination.MAX_LENGTH))).isEqualTo("/");
    }
}
