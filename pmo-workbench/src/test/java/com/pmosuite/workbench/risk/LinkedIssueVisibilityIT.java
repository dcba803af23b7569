package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.shared.Csv;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.historyOf;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk in ALPHA linked to DELTA-2, seen by alice, who may edit ALPHA but not browse DELTA: she is never shown
 * that key (risk, list, export, history, conflict), and saving what she was shown keeps the link. Admin, who sees
 * DELTA, is the control: for him the key is there.
 */
class LinkedIssueVisibilityIT {
    private static final String HIDDEN = "DELTA-2";
    private static final String VISIBLE = "ALPHA-3";

    private static JsonNode linkedToDelta() {
        return created(ADMIN, ALPHA, RiskBody.threat("Linked across projects")
                .with("linkedIssueKeys", List.of(VISIBLE, HIDDEN)));
    }

    private static List<String> keys(JsonNode risk) {
        List<String> keys = new ArrayList<>();
        risk.path("linkedIssueKeys").forEach(key -> keys.add(key.asText()));
        return keys;
    }

    @Test
    void theRiskIsShownWithoutTheKeyOfAnIssueTheReaderCannotBrowse() {
        long id = idOf(linkedToDelta());

        PmoRestClient.Reply reply = ALICE.get(risk(id));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(keys(reply.json())).containsExactly(VISIBLE);
        assertThat(reply.body()).doesNotContain(HIDDEN);
        assertThat(keys(ADMIN.get(risk(id)).json())).containsExactly(VISIBLE, HIDDEN);
    }

    @Test
    void filteringByAnIssueTheReaderCannotBrowseFindsNothingAsForAnIssueNoRiskLinks() {
        long id = idOf(linkedToDelta());

        PmoRestClient.Reply hidden = ALICE.get(risksOf(ALPHA) + "?issue=" + HIDDEN);
        PmoRestClient.Reply unlinked = ALICE.get(risksOf(ALPHA) + "?issue=DELTA-3");

        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().path("total").asInt()).isZero();
        assertThat(hidden.body()).isEqualTo(unlinked.body());
        List<Long> admins = new ArrayList<>();
        ADMIN.get(risksOf(ALPHA) + "?limit=500&issue=" + HIDDEN).json().path("items")
                .forEach(item -> admins.add(idOf(item)));
        assertThat(admins).contains(id);
    }

    @Test
    void theListShowsNoKeyOfAnIssueTheReaderCannotBrowse() {
        long id = idOf(linkedToDelta());

        PmoRestClient.Reply list = ALICE.get(risksOf(ALPHA) + "?limit=500&sort=created");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(HIDDEN);
        List<JsonNode> mine = new ArrayList<>();
        list.json().path("items").forEach(item -> {
            if (idOf(item) == id) {
                mine.add(item);
            }
        });
        assertThat(mine).singleElement().satisfies(item -> assertThat(keys(item)).containsExactly(VISIBLE));
    }

    @Test
    void theExportShowsNoKeyOfAnIssueTheReaderCannotBrowse() {
        long id = idOf(linkedToDelta());

        String csv = ALICE.get("projects/" + ALPHA + "/risks.csv").body();

        assertThat(csv).doesNotContain(HIDDEN);
        List<Csv.Row> rows = Csv.read(csv);
        int column = rows.get(0).cells().indexOf("linkedIssueKeys");
        assertThat(rows).filteredOn(row -> row.cells().get(0).equals(String.valueOf(id)))
                .singleElement().satisfies(row -> assertThat(row.cells().get(column)).isEqualTo(VISIBLE));
        assertThat(ADMIN.get("projects/" + ALPHA + "/risks.csv").body()).contains(HIDDEN);
    }

    @Test
    void theHistoryShowsNoKeyOfAnIssueTheReaderCannotBrowse() {
        JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Linked later").with("linkedIssueKeys",
                List.of(VISIBLE)));
        ObjectNode change = edited(risk, "title", risk.path("title").asText() + " (linked to DELTA)");
        change.putArray("linkedIssueKeys").add(VISIBLE).add(HIDDEN);
        assertThat(ADMIN.put(risk(idOf(risk)), change).status()).isEqualTo(200);

        PmoRestClient.Reply history = ALICE.get(historyOf(idOf(risk)));

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).doesNotContain(HIDDEN);
        assertThat(history.json()).extracting(entry -> entry.path("field").asText())
                .containsExactly("created", "title");
        assertThat(ADMIN.get(historyOf(idOf(risk))).body()).contains(HIDDEN);
    }

    @Test
    void savingWhatTheReaderWasShownKeepsTheLinkTheyCannotSee() {
        long id = idOf(linkedToDelta());
        JsonNode shown = ALICE.get(risk(id)).json();

        PmoRestClient.Reply saved = ALICE.put(risk(id), edited(shown, "title", "Renamed by alice " + id));

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(keys(saved.json())).containsExactly(VISIBLE);
        JsonNode stored = fetched(id);
        assertThat(stored.path("title").asText()).isEqualTo("Renamed by alice " + id);
        assertThat(keys(stored)).containsExactly(VISIBLE, HIDDEN);
        assertThat(ADMIN.get(historyOf(id)).json()).extracting(entry -> entry.path("field").asText())
                .containsExactly("created", "title");
    }

    @Test
    void removingTheVisibleLinkKeepsTheOneTheReaderCannotSee() {
        long id = idOf(linkedToDelta());
        ObjectNode change = ALICE.get(risk(id)).json().deepCopy();
        change.putArray("linkedIssueKeys");

        PmoRestClient.Reply saved = ALICE.put(risk(id), change);

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(keys(saved.json())).isEmpty();
        assertThat(keys(fetched(id))).containsExactly(HIDDEN);
    }

    @Test
    void aConflictShowsTheReaderTheCurrentRiskWithoutTheKeyTheyCannotSee() {
        JsonNode risk = linkedToDelta();
        JsonNode shown = ALICE.get(risk(idOf(risk))).json();
        assertThat(ADMIN.put(risk(idOf(risk)), edited(risk, "title", "Changed by admin " + idOf(risk))).status())
                .isEqualTo(200);

        PmoRestClient.Reply stale = ALICE.put(risk(idOf(risk)), edited(shown, "title", "Stale edit by alice"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).doesNotContain(HIDDEN);
        assertThat(keys(fetched(idOf(risk)))).containsExactly(VISIBLE, HIDDEN);
    }

    @Test
    void sendingTheHiddenKeyAnswersAsForAnyIssueTheReaderCannotSeeSoItCannotBeProbed() {
        long id = idOf(linkedToDelta());
        ObjectNode guessLinked = ALICE.get(risk(id)).json().deepCopy();
        guessLinked.putArray("linkedIssueKeys").add(VISIBLE).add(HIDDEN);
        ObjectNode guessNotLinked = ALICE.get(risk(id)).json().deepCopy();
        guessNotLinked.putArray("linkedIssueKeys").add(VISIBLE).add("DELTA-3");

        PmoRestClient.Reply linked = ALICE.put(risk(id), guessLinked);
        PmoRestClient.Reply notLinked = ALICE.put(risk(id), guessNotLinked);

        assertThat(linked.status()).isEqualTo(400);
        assertThat(notLinked.status()).isEqualTo(400);
        assertThat(linked.body()).isEqualTo(notLinked.body().replace("DELTA-3", HIDDEN));
        assertThat(keys(fetched(id))).containsExactly(VISIBLE, HIDDEN);
    }
}
