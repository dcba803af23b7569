package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.BETA;
import static com.pmosuite.workbench.risk.RiskFixtures.BOB;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk picker's search, {@code GET /projects/{key}/risks/search}, over real HTTP on the shared demo workbench
 * (who may call it is in {@link RiskEndpointsAuthorizationIT} with every other endpoint).
 */
class RiskSearchIT {

    @Test
    void findsTheProjectsRisksWhoseTitleContainsTheTextIgnoringCase() {
        String marker = RiskBody.uniqueTitle("Picker").replace(' ', '-');
        JsonNode first = created(ALICE, ALPHA, RiskBody.threat("a").with("title", "Vendor " + marker + " slips"));
        JsonNode second = created(ALICE, ALPHA, RiskBody.threat("b").with("title", "Budget " + marker));
        created(ALICE, BETA, RiskBody.threat("c").with("title", "Elsewhere " + marker));

        PmoRestClient.Reply reply = ALICE.get(search(ALPHA, marker.toUpperCase()));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(ids(reply.json().path("items"))).containsExactly(idOf(second), idOf(first));
        assertThat(reply.json().path("total").asLong()).isEqualTo(2);
        assertThat(reply.json().path("items").get(0).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRisksIdFindsItFirstWithOrWithoutHash() {
        JsonNode risk = created(ALICE, ALPHA, RiskBody.threat("By id"));

        List<Long> plain = ids(ALICE.get(search(ALPHA, String.valueOf(idOf(risk)))).json().path("items"));
        List<Long> hashed = ids(ALICE.get(search(ALPHA, "#" + idOf(risk))).json().path("items"));

        assertThat(plain).startsWith(idOf(risk));
        assertThat(hashed).startsWith(idOf(risk));
    }

    @Test
    void anotherProjectsRiskIdFindsNothing() {
        JsonNode beta = created(ALICE, BETA, RiskBody.threat("Not in ALPHA"));

        assertThat(ids(ALICE.get(search(ALPHA, "#" + idOf(beta))).json().path("items"))).doesNotContain(idOf(beta));
    }

    @Test
    void wildcardsAreSearchedAsText() {
        String marker = RiskBody.uniqueTitle("Pct").replace(' ', '-');
        JsonNode percent = created(ALICE, ALPHA, RiskBody.threat("x").with("title", marker + " 100% of budget"));
        created(ALICE, ALPHA, RiskBody.threat("y").with("title", marker + " 100 days"));

        assertThat(ids(ALICE.get(search(ALPHA, marker + " 100%")).json().path("items")))
                .containsExactly(idOf(percent));
    }

    @Test
    void limitCapsTheItemsButNotTheTotal() {
        String marker = RiskBody.uniqueTitle("Capped").replace(' ', '-');
        for (int i = 0; i < 3; i++) {
            created(ALICE, ALPHA, RiskBody.threat("z").with("title", marker + " " + i));
        }

        JsonNode page = ALICE.get(search(ALPHA, marker) + "&limit=2").json();

        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void aMissingOrOverlongQueryOrABadLimitIsA400NamingTheField() {
        assertThat(ALICE.get(risksOf(ALPHA) + "/search").errorFields()).containsExactly("query");
        assertThat(ALICE.get(risksOf(ALPHA) + "/search?query=%20%20").errorFields()).containsExactly("query");
        assertThat(ALICE.get(search(ALPHA, "x".repeat(256))).errorFields()).containsExactly("query");
        assertThat(ALICE.get(search(ALPHA, "x".repeat(255))).status()).isEqualTo(200);
        assertThat(ALICE.get(search(ALPHA, "x") + "&limit=51").errorFields()).containsExactly("limit");
        assertThat(ALICE.get(search(ALPHA, "x") + "&limit=0").errorFields()).containsExactly("limit");
        assertThat(ALICE.get(search(ALPHA, "x") + "&limit=two").errorFields()).containsExactly("limit");
    }

    @Test
    void aProjectTheCallerMayNotBrowseIsNotFoundEvenWithABadQuery() {
        assertThat(BOB.get(search(ALPHA, "risk")).status()).isEqualTo(404);
        assertThat(BOB.get(risksOf(ALPHA) + "/search").status()).isEqualTo(404);
    }

    private static String search(String project, String query) {
        return risksOf(project) + "/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
