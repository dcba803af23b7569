package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring settings over HTTP are versioned like risks (a change sends the version read; a stale one gets 409 with
 * the current settings) and every saved change is in their history. Each test puts GAMMA's settings
 * back; alice views GAMMA without administering it.
 */
class RiskSettingsEndpointsIT {
    private static final String SETTINGS = "projects/" + GAMMA + "/risk-settings";

    private static ObjectNode withMediumFrom(JsonNode settings, int mediumFrom) {
        ObjectNode changed = settings.deepCopy();
        changed.put("mediumFrom", mediumFrom);
        return changed;
    }

    private static void restore(JsonNode original) {
        JsonNode now = ADMIN.get(SETTINGS).json();
        ObjectNode back = original.deepCopy();
        back.put("version", now.path("version").asInt());
        assertThat(ADMIN.put(SETTINGS, back).status()).isEqualTo(200);
    }

    @Test
    void aChangeAnswersTheSettingsAtTheNextVersion() {
        JsonNode before = ADMIN.get(SETTINGS).json();
        try {
            PmoRestClient.Reply reply = ADMIN.put(SETTINGS,
                    withMediumFrom(before, before.path("mediumFrom").asInt() - 1));

            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().path("version").asInt()).isEqualTo(before.path("version").asInt() + 1);
            assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(reply.json());
        } finally {
            restore(before);
        }
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedWith409AndTheCurrentSettings() {
        JsonNode before = ADMIN.get(SETTINGS).json();
        try {
            JsonNode won = ADMIN.put(SETTINGS, withMediumFrom(before, before.path("mediumFrom").asInt() - 1)).json();

            ObjectNode other = before.deepCopy();
            other.put("highFrom", before.path("highFrom").asInt() + 1);
            PmoRestClient.Reply lost = ADMIN.put(SETTINGS, other);

            assertThat(lost.status()).as("%s", lost).isEqualTo(409);
            assertThat(lost.json().path("current")).isEqualTo(won);
            assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(won);
        } finally {
            restore(before);
        }
    }

    @Test
    void aChangeWithoutAVersionIsRefusedForTheVersionField() {
        ObjectNode body = ADMIN.get(SETTINGS).json().deepCopy();
        body.remove("version");

        PmoRestClient.Reply reply = ADMIN.put(SETTINGS, body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("version");
    }

    @Test
    void aViewerPreviewsUnsavedSettingsAsTheHeatMapsWouldDrawThemAndNothingIsSaved() {
        JsonNode before = ADMIN.get(SETTINGS).json();

        PmoRestClient.Reply reply = ALICE.post(SETTINGS + "/preview",
                Map.of("scale", 3, "mediumFrom", 2, "highFrom", 4, "criticalFrom", 9));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode preview = reply.json();
        assertThat(preview.path("cells")).hasSize(9);
        assertThat(preview.path("cells").get(0).toString())
                .isEqualTo("{\"probability\":3,\"impact\":1,\"score\":3,\"severity\":\"medium\"}");
        assertThat(preview.path("bands").get(2).toString())
                .isEqualTo("{\"severity\":\"high\",\"from\":4,\"to\":8}");
        assertThat(preview.path("defaults").toString())
                .isEqualTo("{\"mediumFrom\":3,\"highFrom\":6,\"criticalFrom\":9}");
        assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(before);
    }

    @Test
    void aPreviewOfAScaleAloneShowsItsDefaults() {
        PmoRestClient.Reply reply = ALICE.post(SETTINGS + "/preview", Map.of("scale", 5));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("criticalFrom").asInt()).isEqualTo(20);
        assertThat(reply.json().path("cells")).hasSize(25);
    }

    @Test
    void anInvalidPreviewGetsTheSame400AsSavingIt() {
        JsonNode before = ADMIN.get(SETTINGS).json();
        ObjectNode invalid = before.deepCopy();
        invalid.put("scale", 3);
        invalid.put("mediumFrom", 3);
        invalid.put("highFrom", 6);
        invalid.put("criticalFrom", 12);

        PmoRestClient.Reply preview = ADMIN.post(SETTINGS + "/preview", invalid);
        PmoRestClient.Reply put = ADMIN.put(SETTINGS, invalid);

        assertThat(preview.status()).as("%s", preview).isEqualTo(400);
        assertThat(preview.json()).isEqualTo(put.json());
        assertThat(preview.errorFields()).containsExactly("criticalFrom");
        assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(before);
    }

    @Test
    void theHistoryListsEachSavedChangeWithWhoAndWhen() {
        JsonNode before = ADMIN.get(SETTINGS).json();
        int mediumFrom = before.path("mediumFrom").asInt();
        try {
            JsonNode saved = ADMIN.put(SETTINGS, withMediumFrom(before, mediumFrom - 1)).json();

            JsonNode history = ALICE.get(SETTINGS + "/history").json();

            JsonNode last = history.get(history.size() - 1);
            assertThat(last.path("version").asInt()).isEqualTo(saved.path("version").asInt());
            assertThat(last.path("field").asText()).isEqualTo("mediumFrom");
            assertThat(last.path("oldValue").asText()).isEqualTo(String.valueOf(mediumFrom));
            assertThat(last.path("newValue").asText()).isEqualTo(String.valueOf(mediumFrom - 1));
            assertThat(last.path("actorKey").asText()).isEqualTo("admin");
            assertThat(last.path("at").asText()).isNotBlank();
        } finally {
            restore(before);
        }
    }
}
