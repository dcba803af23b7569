package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.compliance.rest.PortfolioComplianceJson.CellJson;
import com.pmosuite.plugin.compliance.rest.PortfolioComplianceJson.CellsJson;
import com.pmosuite.plugin.platform.rest.JsonText;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compliance bodies' JSON as clients see it: cells keyed by standard id, checks as JSON objects. */
class ComplianceJsonTest {

    @Test
    void aRowsCellsAreAnObjectKeyedByStandardId() {
        PortfolioComplianceJson.ProjectJson row = new PortfolioComplianceJson.ProjectJson("ALPHA", "Apollo", "75.0",
                "amber", "2026-03-02T09:30:00Z", new CellsJson(List.of(new CellJson(12, "failed", 3),
                new CellJson(7, "passed", 0))));

        assertThat(PmoJson.write(row)).isEqualTo("{\"key\":\"ALPHA\",\"name\":\"Apollo\",\"score\":\"75.0\","
                + "\"rag\":\"amber\",\"scannedAt\":\"2026-03-02T09:30:00Z\",\"cells\":{\"12\":{\"outcome\":\"failed\","
                + "\"total\":3},\"7\":{\"outcome\":\"passed\",\"total\":0}}}");
    }

    @Test
    void aCheckIsReadAsItsJsonTextAndWrittenBackAsJson() {
        StandardBody body = PmoJson.read("{\"name\": \"Overdue\", \"check\": {\"type\": \"no-overdue\","
                + " \"graceDays\": 7}}", StandardBody.class);

        assertThat(body.check().json()).isEqualTo("{\"type\":\"no-overdue\",\"graceDays\":7}");
        StandardJson read = new StandardJson(1, "Overdue", null, "major", 10, true, body.check(), 1, "pmo",
                "Priya Mehta", "2026-03-02T09:30:00Z");
        assertThat(PmoJson.write(read)).contains("\"check\":{\"type\":\"no-overdue\",\"graceDays\":7}");
    }

    @Test
    void aCheckThatIsNullOrAbsentIsNoCheck() {
        assertThat(PmoJson.read("{\"name\": \"N\", \"check\": null}", StandardBody.class).check()).isNull();
        assertThat(PmoJson.read("{\"name\": \"N\"}", StandardBody.class).check()).isNull();
    }

    @Test
    void aCheckNestedBeyondTheBodysLimitIsRefusedAtTheCheck() {
        String deep = "{\"check\": " + "{\"rule\": ".repeat(30) + "1" + "}".repeat(30) + "}";

        assertThatThrownBy(() -> PmoJson.read(deep, StandardBody.class))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> {
                            assertThat(e.errors().get(0).field()).isEqualTo("check");
                            assertThat(e.errors().get(0).message()).startsWith("is nested more than 16 levels deep");
                        });
    }

    @Test
    void jsonTextIsAlwaysText() {
        assertThatThrownBy(() -> new JsonText(null)).isInstanceOf(NullPointerException.class);
    }
}
