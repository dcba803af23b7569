package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkbenchJsonTest {

    private final ObjectMapper mapper = WorkbenchJson.newMapper();

    record Window(LocalDate start, Instant stamp, Duration length) {
        public boolean isOpen() {
            return true;
        }

        public String getLabel() {
            return "derived";
        }
    }

    record Titled(String title) {
        public String getTitle() {
            return title;
        }
    }

    @Test
    void javaTimeValuesAreIsoStrings() throws Exception {
        String json = mapper.writeValueAsString(
                new Window(LocalDate.of(2026, 1, 2), Instant.parse("2026-01-02T03:04:05Z"), Duration.ofHours(2)));

        assertThat(json).isEqualTo("{\"start\":\"2026-01-02\",\"stamp\":\"2026-01-02T03:04:05Z\",\"length\":\"PT2H\"}");
    }

    @Test
    void recordsAreReadBackFromTheirComponents() throws Exception {
        Window window = mapper.readValue("{\"start\":\"2026-01-02\",\"stamp\":\"2026-01-02T03:04:05Z\"}", Window.class);

        assertThat(window.start()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(window.stamp()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aGetterNamedLikeAComponentDoesNotHideIt() throws Exception {
        assertThat(mapper.writeValueAsString(new Titled("Go live"))).isEqualTo("{\"title\":\"Go live\"}");
    }
}
