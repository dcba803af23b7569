package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.StaleVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stale write of any versioned record answers 409 with that record's current state in its own JSON view. */
class PmoExceptionMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Portfolio(String name, int version) {
    }

    private final PmoExceptionMapper mapper = new PmoExceptionMapper(CurrentStateViews.builder()
            .view(VersionedRiskSettings.class, s -> new RiskSettingsView(s.settings().matrix().size(), s.version()))
            .view(PmoSettings.class, PmoSettingsJson::of)
            .build());

    private record RiskSettingsView(int scale, int version) implements JsonBody {
    }

    @Test
    void staleScoringSettingsAnswer409WithTheCurrentSettings() throws Exception {
        VersionedRiskSettings current = new VersionedRiskSettings(
                new RiskSettings(RiskMatrix.FIVE_BY_FIVE, SeverityBands.defaultsFor(RiskMatrix.FIVE_BY_FIVE)), 4);

        JsonNode body = answer(new StaleVersion("Risk settings of ALPHA", 3, current), 409);

        assertThat(body.path("current").path("scale").asInt()).isEqualTo(5);
        assertThat(body.path("current").path("version").asInt()).isEqualTo(4);
    }

    @Test
    void stalePmoSettingsAnswer409WithTheCurrentGroup() throws Exception {
        JsonNode body = answer(new StaleVersion("The PMO settings", 1, new PmoSettings("portfolio-office", 2)), 409);

        assertThat(body.path("current").path("pmoAdminGroup").asText()).isEqualTo("portfolio-office");
        assertThat(body.path("current").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aRecordWithoutARegisteredViewAnswers409WithoutLeakingItsFields() throws Exception {
        JsonNode body = answer(new StaleVersion("Portfolio P", 1, new Portfolio("secret plan", 2)), 409);

        assertThat(body.has("current")).isFalse();
        assertThat(body.toString()).doesNotContain("secret plan");
    }

    @Test
    void aDeletedRecordAnswers409WithNoCurrentState() throws Exception {
        JsonNode body = answer(new StaleVersion("Risk 7", 1, null), 409);

        assertThat(body.has("current")).isFalse();
    }

    @Test
    void registeringTwoViewsOfOneTypeIsAWiringMistake() {
        assertThatThrownBy(() -> CurrentStateViews.builder()
                .view(PmoSettings.class, PmoSettingsJson::of)
                .view(PmoSettings.class, PmoSettingsJson::of))
                .isInstanceOf(IllegalStateException.class);
    }

    private JsonNode answer(RuntimeException failure, int status) throws Exception {
        ErrorJson error = mapper.errorOf(failure);
        assertThat(error.status()).isEqualTo(status);
        return JSON.readTree(PmoJson.write(error));
    }
}
