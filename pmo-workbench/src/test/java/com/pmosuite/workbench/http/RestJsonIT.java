package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestJsonIT {

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
    void recordsAreWrittenAsTheirComponentsWithIsoDates() {
        HttpResponse<String> response = workbench.browser().get("/rest/pmo/1.0/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"name\":\"Go live\",\"due\":\"2026-03-01\",\"changed\":\"2026-02-01T10:15:30Z\"}");
    }
}
