package com.pmosuite.workbench.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.portfolio.PortfolioCalls.PMO;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.aPortfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.atVersion;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.body;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.fetched;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.historyOf;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.plan;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.portfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portfolio API refuses and how: 400 with a field list at one past each limit (and success at it), 400 for
 * bodies that are not portfolios, 409 with the current state for a stale version. Nothing is written by a refusal.
 */
class PortfolioEndpointsValidationIT {

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static PmoRestClient.Reply create(Map<String, Object> body) {
        return PMO.post("portfolios", body);
    }

    private static void assertRefused(PmoRestClient.Reply reply, String... fields) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(fields);
    }

    @Test
    void aNameIsAcceptedAtItsLimitAndRefusedOnePast() {
        String atLimit = uniqueName("n").concat("x".repeat(255)).substring(0, 255);

        assertThat(create(body(atLimit)).status()).isEqualTo(201);
        assertRefused(create(body(atLimit + "x")), "name");
    }

    @Test
    void aDescriptionIsAcceptedAtItsLimitAndRefusedOnePast() {
        Map<String, Object> body = body(uniqueName("Long description"));

        assertThat(create(with(body, "description", "d".repeat(10_000))).status()).isEqualTo(201);
        assertRefused(create(with(body(uniqueName("Too long")), "description", "d".repeat(10_001))),
                "description");
    }

    @Test
    void programsAreAcceptedAtTheirLimitAndRefusedOnePast() {
        List<Map<String, Object>> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(Map.of("name", "Program " + i));
        }
        List<Map<String, Object>> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(Map.of("name", "Program 50"));

        JsonNode created = create(with(body(uniqueName("Fifty programs")), "programs", fifty)).json();
        assertThat(created.path("programs").size()).isEqualTo(50);
        assertRefused(create(with(body(uniqueName("Fifty-one")), "programs", fiftyOne)), "programs");
    }

    @Test
    void chosenProjectsPastTheirLimitAreRefusedBeforeAnyIsLookedUp() {
        List<Map<String, Object>> atLimit = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            atLimit.add(Map.of("projectId", 900_000 + id));
        }
        List<Map<String, Object>> pastLimit = new ArrayList<>(atLimit);
        pastLimit.add(Map.of("projectId", 10000));

        // At the limit each unknown project is its own error; one past it, only the limit is.
        // The body's program has no projects here, so these are all the chosen ones.
        PmoRestClient.Reply at = create(with(with(body(uniqueName("500")), "programs", List.of()), "projects",
                atLimit));
        assertThat(at.status()).isEqualTo(400);
        assertThat(at.errorFields()).hasSize(500).doesNotContain("projects");
        assertRefused(create(with(with(body(uniqueName("501")), "programs", List.of()), "projects", pastLimit)),
                "projects");
    }

    @Test
    void categoriesPastTheirLimitAreRefused() {
        assertRefused(create(with(body(uniqueName("Categories")), "categoryIds",
                Collections.nCopies(51, PortfolioCalls.DATA_CATEGORY))), "categoryIds");
    }

    @Test
    void planFiguresAreCheckedWhereverTheyAre() {
        Map<String, Object> body = body(uniqueName("Bad plans"));
        body.put("defaults", plan("1.500,00", "EURO", "2026-12-31", "2026-01-01", "10000000000000"));
        body.put("projects", List.of(Map.of("projectId", PortfolioCalls.GAMMA,
                "plan", Map.of("thresholds", Map.of("spiAmber", "0.8", "spiRed", "0.9", "cpiAmber", "0.9",
                        "cpiRed", "0.8", "overdueShareAmber", "0.1", "overdueShareRed", "0.2")))));

        assertRefused(create(body), "defaults.budgetAtCompletion", "defaults.currency", "defaults.baselineFinish",
                "defaults.costRatePerHour", "projects[0].plan.thresholds.spiRed");
    }

    @Test
    void unknownProjectsAndCategoriesAreFieldErrors() {
        Map<String, Object> body = body(uniqueName("Unknown"));
        body.put("projects", List.of(Map.of("projectId", 424242)));
        body.put("categoryIds", List.of(777));

        assertRefused(create(body), "projects[0].projectId", "categoryIds[0]");
    }

    @Test
    void aBodyOfTheWrongShapeIsA400NamingTheProperty() {
        assertRefused(PMO.post("portfolios", "{\"name\": \"X\", \"programs\": \"Platform\"}"), "programs");
        assertRefused(PMO.post("portfolios", "not json"), "body");
        assertRefused(PMO.post("portfolios", "[]"), "body");
    }

    @Test
    void aBodyNestedDeeperThanAPortfolioEverIsIsRefused() {
        // Unknown properties are ignored, but the parser still reads them: the depth limit applies to them too.
        String deep = "{\"name\":\"Deep\",\"extra\":" + "{\"x\":".repeat(40) + "1" + "}".repeat(40) + "}";

        assertRefused(PMO.post("portfolios", deep), "body");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithoutBeingParsed() {
        String huge = "{\"name\":\"" + "x".repeat(1_000_001) + "\"}";

        assertRefused(PMO.post("portfolios", huge), "body");
    }

    @Test
    void aChangeMustSayWhichVersionItIsBasedOn() {
        long id = aPortfolio();

        assertRefused(PMO.put(portfolio(id), body(uniqueName("No version"))), "version");
        assertThat(fetched(id).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aChangeBasedOnAnOlderVersionGetsA409WithTheCurrentPortfolio() {
        long id = aPortfolio();
        JsonNode read = fetched(id);
        String firstName = uniqueName("First");
        assertThat(PMO.put(portfolio(id), ((ObjectNode) read.deepCopy()).put("name", firstName)).status())
                .isEqualTo(200);

        PmoRestClient.Reply late = PMO.put(portfolio(id), ((ObjectNode) read.deepCopy()).put("name", "Late"));

        assertThat(late.status()).as("%s", late).isEqualTo(409);
        assertThat(late.json().path("current").path("name").asText()).isEqualTo(firstName);
        assertThat(late.json().path("current").path("version").asInt()).isEqualTo(2);
        assertThat(fetched(id).path("name").asText()).isEqualTo(firstName);
    }

    @Test
    void aDeleteAtAnOlderVersionGetsA409AndDeletesNothing() {
        long id = aPortfolio();
        assertThat(PMO.put(portfolio(id), atVersion(body(uniqueName("Moved on")), 1)).status()).isEqualTo(200);

        PmoRestClient.Reply reply = PMO.delete(portfolio(id) + "?version=1");

        assertThat(reply.status()).as("%s", reply).isEqualTo(409);
        assertThat(fetched(id).path("version").asInt()).isEqualTo(2);
        assertRefused(PMO.delete(portfolio(id) + "?version=two"), "version");
    }

    @Test
    void whatAGetAnswersCanBeSentBackUnchangedAndChangesNothing() {
        long id = aPortfolio();
        JsonNode read = fetched(id);

        PmoRestClient.Reply reply = PMO.put(portfolio(id), read);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(read);
        assertThat(PMO.get(historyOf(id)).json().size()).isEqualTo(1);
    }

    @Test
    void aSavedChangeIsInTheHistoryFieldByField() {
        long id = aPortfolio();
        JsonNode read = fetched(id);
        ObjectNode changed = ((ObjectNode) read.deepCopy()).put("colour", "#FF5630");
        ((ObjectNode) changed.path("defaults")).put("currency", "chf");

        assertThat(PMO.put(portfolio(id), changed).status()).isEqualTo(200);

        JsonNode history = PMO.get(historyOf(id)).json();
        assertThat(history.findValuesAsText("field")).containsExactly("created", "colour", "defaults");
        assertThat(history.get(1).path("newValue").asText()).isEqualTo("#ff5630");
        assertThat(history.get(2).path("newValue").asText()).contains("currency=CHF");
        assertThat(history.get(2).path("actorName").asText()).isEqualTo("Priya Mehta");
    }
}
