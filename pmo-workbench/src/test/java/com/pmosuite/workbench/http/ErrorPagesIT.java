package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorPagesIT {

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
    void failingServletShowsAPlain500WithoutDetails() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("500 Server Error")
                .doesNotContain("secret", "IllegalStateException", "at com.");
    }

    @Test
    void failingRestResourceAnswersJsonWithoutDetails() {
        HttpResponse<String> response = workbench.browser().get("/rest/pmo/1.0/json/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"status\":500,\"message\":\"Internal server error\"}");
    }

    /** Jetty refuses such a path before any servlet runs; its answer must look like every other error. */
    @Test
    void ambiguousPathIsAPlain400WithoutDetails() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/%2e%2e/test/whoami");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("400 Bad Request").doesNotContain("Ambiguous", "Jetty", "at org.");
    }

    @Test
    void unknownPageIsA404WithoutDetails() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("404 Not Found").doesNotContain("Jetty", "at org.");
    }
}
