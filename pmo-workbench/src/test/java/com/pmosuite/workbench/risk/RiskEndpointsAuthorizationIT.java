package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.ANONYMOUS;
import static com.pmosuite.workbench.risk.RiskFixtures.BOB;
import static com.pmosuite.workbench.risk.RiskFixtures.DELTA;
import static com.pmosuite.workbench.risk.RiskFixtures.GAMMA;
import static com.pmosuite.workbench.risk.RiskFixtures.NO_SUCH_PROJECT;
import static com.pmosuite.workbench.risk.RiskFixtures.NO_SUCH_RISK;
import static com.pmosuite.workbench.risk.RiskFixtures.aRiskIn;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint of the risk register, over real HTTP on the demo workbench: admin is a Jira and PMO
 * admin; alice is a member of ALPHA (browse + edit), a viewer of GAMMA (browse) and has no role in DELTA; bob has no
 * role anywhere; anonymous access to the site is off. Each endpoint and caller is its own test.
 */
class RiskEndpointsAuthorizationIT {
    private static final String PMO_SETTINGS = "admin/settings";
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskEndpoint.class)
    void anAdministratorMayUseEveryEndpoint(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ADMIN, ALPHA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(endpoint.successStatus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsAndChangesOfRisks")
    void aProjectMemberMayReadAndChangeRisks(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ALICE, ALPHA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(endpoint.successStatus());
    }

    @Test
    void aProjectMemberMayNotChangeTheRiskSettings() {
        PmoRestClient.Reply reply = RiskEndpoint.CHANGE_SETTINGS.callAs(ALICE, ALPHA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.json().path("status").asInt()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void aProjectViewerMayRead(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ALICE, GAMMA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aProjectViewerIsForbiddenToChangeAnything(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ALICE, GAMMA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.json().path("status").asInt()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskEndpoint.class)
    void anOutsiderIsToldThereIsNothingThere(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(BOB, ALPHA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskEndpoint.class)
    void anAnonymousCallerMustLogIn(RiskEndpoint endpoint) {
        PmoRestClient.Reply reply = endpoint.callAs(ANONYMOUS, ALPHA);

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("refusedChangesOfARisk")
    void aRefusedChangeLeavesTheRiskAsItWas(RiskEndpoint endpoint, String caller, PmoRestClient client,
                                            String projectKey) {
        JsonNode before = aRiskIn(projectKey);
        long id = before.path("id").asLong();

        PmoRestClient.Reply reply = endpoint == RiskEndpoint.DELETE_RISK ? client.delete(risk(id))
                : client.put(risk(id), ((ObjectNode) before.deepCopy()).put("title", "Refused change"));

        assertThat(reply.status()).as("%s", reply).isBetween(400, 499);
        assertThat(fetched(id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byProjectKey")
    void anUnknownProjectLooksExactlyLikeAnInvisibleOne(RiskEndpoint endpoint) {
        PmoRestClient.Reply invisible = endpoint.callAs(BOB, DELTA);
        PmoRestClient.Reply unknown = endpoint.callAs(BOB, NO_SUCH_PROJECT);

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
        assertThat(invisible.status()).as("%s", invisible).isEqualTo(unknown.status());
        assertThat(invisible.header("Content-Type")).isEqualTo(unknown.header("Content-Type"));
        assertThat(withoutWord(invisible.json(), DELTA)).isEqualTo(withoutWord(unknown.json(), NO_SUCH_PROJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byProjectKey")
    void aProjectWhereAMemberHasNoRoleLooksExactlyLikeAnUnknownOne(RiskEndpoint endpoint) {
        PmoRestClient.Reply invisible = endpoint.callAs(ALICE, DELTA);
        PmoRestClient.Reply unknown = endpoint.callAs(ALICE, NO_SUCH_PROJECT);

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
        assertThat(invisible.status()).as("%s", invisible).isEqualTo(unknown.status());
        assertThat(withoutWord(invisible.json(), DELTA)).isEqualTo(withoutWord(unknown.json(), NO_SUCH_PROJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byRiskId")
    void aRiskInAnInvisibleProjectLooksExactlyLikeOneThatDoesNotExist(RiskEndpoint endpoint) {
        long id = aRiskIn(ALPHA).path("id").asLong();

        PmoRestClient.Reply invisible = endpoint.callOnRisk(BOB, id);
        PmoRestClient.Reply missing = endpoint.callOnRisk(BOB, NO_SUCH_RISK);

        assertThat(missing.status()).as("%s", missing).isEqualTo(404);
        assertThat(invisible.status()).as("%s", invisible).isEqualTo(missing.status());
        assertThat(invisible.header("Content-Type")).isEqualTo(missing.header("Content-Type"));
        assertThat(withoutWord(invisible.json(), String.valueOf(id)))
                .isEqualTo(withoutWord(missing.json(), String.valueOf(NO_SUCH_RISK)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byRiskId")
    void aDeletedRiskInAnInvisibleProjectLooksExactlyLikeOneThatNeverExisted(RiskEndpoint endpoint) {
        long id = aRiskIn(ALPHA).path("id").asLong();
        assertThat(ADMIN.delete(risk(id)).status()).isEqualTo(204);

        PmoRestClient.Reply deleted = endpoint.callOnRisk(BOB, id);
        PmoRestClient.Reply missing = endpoint.callOnRisk(BOB, NO_SUCH_RISK);

        assertThat(deleted.status()).as("%s", deleted).isEqualTo(missing.status());
        assertThat(withoutWord(deleted.json(), String.valueOf(id)))
                .isEqualTo(withoutWord(missing.json(), String.valueOf(NO_SUCH_RISK)));
    }

    /**
     * The PMO settings endpoint joins the matrix: Jira administrators only, and only in a secure administrator
     * session, which a Basic-authenticated call never has; with websudo, see {@code http.PmoAdminSettingsIT}.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pmoSettingsCalls")
    void thePmoSettingsNeedAJiraAdministratorInASecureSession(String method, String caller, PmoRestClient client,
                                                              int status) {
        PmoRestClient.Reply reply = "GET".equals(method) ? client.get(PMO_SETTINGS)
                : client.put(PMO_SETTINGS, Map.of("pmoAdminGroup", "jira-administrators", "version", 0));

        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
    }

    static Stream<Arguments> pmoSettingsCalls() {
        return Stream.of("GET", "PUT").flatMap(method -> Stream.of(
                Arguments.of(method, "anonymous", ANONYMOUS, 401),
                Arguments.of(method, "bob", BOB, 403),
                Arguments.of(method, "alice", ALICE, 403),
                Arguments.of(method, "pmo (PMO admin)", PMO, 403),
                Arguments.of(method, "admin without websudo", ADMIN, 401)));
    }

    static Stream<RiskEndpoint> reads() {
        return RiskEndpoint.reads();
    }

    static Stream<RiskEndpoint> changes() {
        return RiskEndpoint.changes();
    }

    static Stream<RiskEndpoint> readsAndChangesOfRisks() {
        return Stream.concat(RiskEndpoint.reads(), RiskEndpoint.changesOfRisks());
    }

    static Stream<RiskEndpoint> byProjectKey() {
        return RiskEndpoint.byProjectKey();
    }

    static Stream<RiskEndpoint> byRiskId() {
        return RiskEndpoint.byRiskId();
    }

    static Stream<Arguments> refusedChangesOfARisk() {
        return Stream.of(RiskEndpoint.UPDATE_RISK, RiskEndpoint.DELETE_RISK).flatMap(endpoint -> Stream.of(
                Arguments.of(endpoint, "an outsider", BOB, ALPHA),
                Arguments.of(endpoint, "a viewer", ALICE, GAMMA),
                Arguments.of(endpoint, "an anonymous caller", ANONYMOUS, ALPHA)));
    }

    /** The error body with {@code word} (a project key or risk id the caller typed) taken out of its message. */
    private static JsonNode withoutWord(JsonNode error, String word) {
        ObjectNode copy = error.deepCopy();
        copy.put("message", error.path("message").asText().replaceAll("\\b" + word + "\\b", "…"));
        return copy;
    }
}
