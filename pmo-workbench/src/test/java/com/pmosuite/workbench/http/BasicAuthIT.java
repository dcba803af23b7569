package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasicAuthIT {

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
    void basicCredentialsIdentifyTheUserOnRestCalls() {
        HttpResponse<String> response = workbench.browser().get("/rest/pmo/1.0/access/licensed",
                "Authorization", Browser.basic("alice", "alice-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("alice");
    }

    @Test
    void basicCredentialsIdentifyTheUserOnPages() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/whoami",
                "Authorization", Browser.basic("admin", "admin-secret"));

        assertThat(response.body()).isEqualTo("admin");
    }

    @Test
    void wrongPasswordIsRefusedWithABasicChallenge() {
        HttpResponse<String> response = workbench.browser().get("/rest/pmo/1.0/access/unrestricted",
                "Authorization", Browser.basic("alice", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"workbench\"");
        assertThat(response.body()).isEqualTo("{\"status\":401,\"message\":\"Bad username or password.\"}");
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/whoami",
                "Authorization", Browser.basic("mallory", "alice-secret"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"workbench\"");
    }

    @Test
    void malformedBasicHeaderIsRefused() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/whoami",
                "Authorization", "Basic not-base64!");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void noCredentialsLeaveTheRequestAnonymous() {
        assertThat(workbench.browser().get("/plugins/servlet/test/whoami").body()).isEqualTo("anonymous");
    }
}
