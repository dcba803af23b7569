package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaticFilesIT {

    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        // The build copies AUI and jQuery from npm; only -Dpmo.skipNpm=true leaves them out.
        assumeTrue(StaticFilesIT.class.getClassLoader().getResource("workbench/static/jquery/jquery.min.js") != null,
                "AUI and jQuery were not copied to the class path (-Dpmo.skipNpm=true?)");
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void auiAndJqueryAreServedWithCacheHeaders() {
        HttpResponse<String> jquery = workbench.browser().get("/static/jquery/jquery.min.js");
        HttpResponse<String> aui = workbench.browser().get("/static/aui/aui-prototyping.css");

        assertThat(jquery.statusCode()).isEqualTo(200);
        assertThat(jquery.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(jquery.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(jquery.headers().firstValue("ETag")).isPresent();
        assertThat(aui.statusCode()).isEqualTo(200);
    }

    @Test
    void directoriesAreNotListed() {
        HttpResponse<String> listing = workbench.browser().get("/static/aui/");

        assertThat(listing.statusCode()).isIn(403, 404);
        assertThat(listing.body()).doesNotContain("aui-prototyping.js");
    }
}
