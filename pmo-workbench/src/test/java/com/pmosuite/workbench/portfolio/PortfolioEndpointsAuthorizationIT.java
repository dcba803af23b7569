package com.pmosuite.workbench.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.pmosuite.workbench.portfolio.PortfolioCalls.ADMIN;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.ALICE;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.ALPHA;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.ANONYMOUS;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.BOB;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.DELTA;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.NO_SUCH_PORTFOLIO;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.PMO;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.aPortfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.bodyOf;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.created;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.fetched;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.historyOf;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.portfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint of the portfolio API, over real HTTP on the demo workbench: PMO admins (pmo, and admin
 * as a Jira administrator) may do everything; a member of the portfolio's projects (alice) may read; an outsider
 * (bob) is told there is nothing there; anonymous callers must log in. Each endpoint and caller is its own test.
 */
class PortfolioEndpointsAuthorizationIT {

    static Stream<PortfolioEndpoint> reads() {
        return Arrays.stream(PortfolioEndpoint.values()).filter(e -> e.needs() == PortfolioEndpoint.Needs.READ);
    }

    static Stream<PortfolioEndpoint> adminOnly() {
        return Arrays.stream(PortfolioEndpoint.values())
                .filter(e -> e.needs() == PortfolioEndpoint.Needs.PMO_ADMIN);
    }

    static Stream<PortfolioEndpoint> adminOnlyWithoutAPortfolio() {
        return adminOnly().filter(e -> !e.addressesAPortfolio());
    }

    static Stream<PortfolioEndpoint> byId() {
        return Arrays.stream(PortfolioEndpoint.values()).filter(PortfolioEndpoint::addressesAPortfolio);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PortfolioEndpoint.class)
    void aPmoAdminMayUseEveryEndpoint(PortfolioEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(PMO, aPortfolio());

        assertThat(reply.status()).as("%s", reply).isEqualTo(endpoint.successStatus());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PortfolioEndpoint.class)
    void aJiraAdministratorIsAPmoAdmin(PortfolioEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ADMIN, aPortfolio());

        assertThat(reply.status()).as("%s", reply).isEqualTo(endpoint.successStatus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void aMemberOfItsProjectsMayRead(PortfolioEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ALICE, aPortfolio());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOnly")
    void aMemberOfItsProjectsIsForbiddenToChangeIt(PortfolioEndpoint endpoint) {
        long id = aPortfolio();
        JsonNode before = fetched(id);

        PmoRestClient.Reply reply = endpoint.callAs(ALICE, id);

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.json().path("status").asInt()).isEqualTo(403);
        assertThat(fetched(id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byId")
    void anOutsiderIsToldThereIsNothingThere(PortfolioEndpoint endpoint) {
        long id = aPortfolio();
        JsonNode before = fetched(id);

        PmoRestClient.Reply invisible = endpoint.callAs(BOB, id);
        PmoRestClient.Reply missing = endpoint.callAs(BOB, NO_SUCH_PORTFOLIO);

        assertThat(invisible.status()).as("%s", invisible).isEqualTo(404);
        assertThat(missing.status()).as("%s", missing).isEqualTo(404);
        assertThat(invisible.json().path("message").asText().replace(String.valueOf(id), "N"))
                .isEqualTo(missing.json().path("message").asText().replace(String.valueOf(NO_SUCH_PORTFOLIO), "N"));
        assertThat(fetched(id)).isEqualTo(before);
    }

    @Test
    void anOutsiderListsNoneOfThePortfoliosOfOthersProjects() {
        long id = aPortfolio();

        PmoRestClient.Reply reply = BOB.get("portfolios");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply.json())).doesNotContain(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOnlyWithoutAPortfolio")
    void anOutsiderMayNotCreateOrChooseProjects(PortfolioEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(BOB, aPortfolio());

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PortfolioEndpoint.class)
    void anAnonymousCallerMustLogIn(PortfolioEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ANONYMOUS, aPortfolio());

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aReaderSeesOnlyTheProjectsTheyMayBrowseAndHowManyAreHidden() {
        String name = uniqueName("Mixed");
        long id = created(bodyOf(name, ALPHA, DELTA)).path("id").asLong();

        JsonNode read = ALICE.get(portfolio(id)).json();
        JsonNode listed = entry(ALICE.get("portfolios").json(), id);

        assertThat(read.path("projects").findValuesAsText("projectKey")).containsExactly("ALPHA");
        assertThat(read.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(read.toString()).doesNotContain("DELTA").doesNotContain("Data Warehouse");
        assertThat(listed.path("projects").asInt()).isEqualTo(1);
        assertThat(listed.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(PMO.get(portfolio(id)).json().path("projects").findValuesAsText("projectKey"))
                .containsExactly("ALPHA", "DELTA");
        assertThat(PMO.get(portfolio(id)).json().path("hiddenProjects").asInt()).isZero();
    }

    @Test
    void aPortfolioOfProjectsAReaderCannotBrowseIsInvisibleToThem() {
        long id = created(bodyOf(uniqueName("Warehouse only"), DELTA)).path("id").asLong();

        assertThat(ALICE.get(portfolio(id)).status()).isEqualTo(404);
        assertThat(ALICE.get(historyOf(id)).status()).isEqualTo(404);
        assertThat(ids(ALICE.get("portfolios").json())).doesNotContain(id);
        assertThat(PmoRestClient.as("carol").get(portfolio(id)).status()).isEqualTo(200);
    }

    @Test
    void aPortfolioThatJoinsProjectsByCategoryIsVisibleToTheirMembers() {
        String name = uniqueName("By category");
        JsonNode portfolioJson = created(java.util.Map.of("name", name,
                "categoryIds", List.of(PortfolioCalls.DATA_CATEGORY)));
        long id = portfolioJson.path("id").asLong();

        assertThat(portfolioJson.path("categoryProjects").findValuesAsText("projectKey")).containsExactly("DELTA");
        assertThat(PmoRestClient.as("carol").get(portfolio(id)).status()).isEqualTo(200);
        assertThat(ALICE.get(portfolio(id)).status()).isEqualTo(404);
    }

    @Test
    void theHistoryOfADeletedPortfolioIsForPmoAdminsOnly() {
        long id = aPortfolio();
        assertThat(PMO.delete(portfolio(id)).status()).isEqualTo(204);

        assertThat(PMO.get(historyOf(id)).json().findValuesAsText("field")).containsExactly("created", "deleted");
        assertThat(ALICE.get(historyOf(id)).status()).isEqualTo(404);
        assertThat(ALICE.get(historyOf(NO_SUCH_PORTFOLIO)).status()).isEqualTo(404);
        assertThat(PMO.get(portfolio(id)).status()).isEqualTo(404);
    }

    private static List<Long> ids(JsonNode list) {
        return list.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static JsonNode entry(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.path("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("portfolio " + id + " not listed in " + list);
    }
}
