package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginDestinationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/browse/PMO-1", "/plugins/servlet/pmo/risks?project=PMO&view=all#top",
            "/secure/Dashboard.jspa?url=http://evil.example"})
    void pathsOnThisSiteAreKept(String destination) {
        assertThat(LoginServlet.safeDestination(destination)).isEqualTo(destination);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "http://evil.example/", "HTTPS://evil.example", "//evil.example", "///evil.example",
            "/\\evil.example", "\\/evil.example", "javascript:alert(1)", "browse/PMO-1", "/\nLocation: x",
            "/\t/evil.example", "/ spaced", "/%0d%0aSet-Cookie:x", "/path?q=%00"})
    void anythingElseGoesToTheSiteRoot(String destination) {
        assertThat(LoginServlet.safeDestination(destination)).isEqualTo("/");
    }

    @Test
    void aPathWithAnEncodedSlashStaysOnThisSite() {
        assertThat(LoginServlet.safeDestination("/%2F%2Fevil.example")).isEqualTo("/%2F%2Fevil.example");
    }
}
