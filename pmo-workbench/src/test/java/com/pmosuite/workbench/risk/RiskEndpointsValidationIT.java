package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.aRiskIn;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.historyOf;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.riskCount;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static com.pmosuite.workbench.risk.RiskFixtures.scoringOf;
import static com.pmosuite.workbench.risk.RiskFixtures.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How the risk endpoints refuse bad input: always 400 with a list of the fields at fault (every problem at once),
 * never a 500, and nothing saved. {@link PmoRestClient} fails any test that receives a 5xx.
 */
class RiskEndpointsValidationIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String SETTINGS = "projects/" + ALPHA + "/risk-settings";

    @BeforeAll
    static void alphaScoresOnFiveByFive() {
        // The default matrix; the level checks below are written for it.
        assertThat(scoringOf(ALPHA).scale()).isEqualTo(5);
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"{\"title\": ", "not json", "{\"title\": \"x\",}", "[]", "null", "\"a risk\"", "42", "",
        "   "})
    void aBodyThatIsNotAJsonObjectIsRefusedAsTheBody(String body) {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
    }

    @Test
    void aCellFilterOutsideTheScaleOrWithoutBothLevelsIsRefusedNamingTheField() {
        assertThat(ADMIN.get(risksOf(ALPHA) + "?probability=6&impact=1").errorFields()).containsExactly("probability");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?probability=2").errorFields()).containsExactly("impact");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?probability=2&impact=x").errorFields()).containsExactly("impact");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?probability=2&impact=2&assessment=after").errorFields())
                .containsExactly("assessment");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?probability=2&impact=2&assessment=residual").status()).isEqualTo(200);
    }

    @Test
    void anIssueFilterThatIsNotAnIssueKeyIsRefusedNamingTheField() {
        assertThat(ADMIN.get(risksOf(ALPHA) + "?issue=ALPHA").errorFields()).containsExactly("issue");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?issue=ALPHA-0").errorFields()).containsExactly("issue");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?issue=" + "A".repeat(300) + "-1").errorFields())
                .containsExactly("issue");
        assertThat(ADMIN.get(risksOf(ALPHA) + "?issue=alpha-1").status()).isEqualTo(200);
    }

    @Test
    void aLinkedIssueThatDoesNotExistIsRefused() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA),
                RiskBody.threat("Missing issue").with("linkedIssueKeys", List.of("ALPHA-9999")));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("linkedIssueKeys");
    }

    @Test
    void anIssueTheUserCannotSeeIsRefusedExactlyLikeAMissingOne() {
        // alice cannot browse DELTA; admin can, so the same link is fine for admin.
        PmoRestClient.Reply hidden = RiskFixtures.ALICE.post(risksOf(ALPHA),
                RiskBody.threat("Hidden issue").with("linkedIssueKeys", List.of("DELTA-1")));
        PmoRestClient.Reply missing = RiskFixtures.ALICE.post(risksOf(ALPHA),
                RiskBody.threat("Hidden issue").with("linkedIssueKeys", List.of("DELTA-9999")));

        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.json().path("errors").get(0).path("message").asText())
                .isEqualTo(missing.json().path("errors").get(0).path("message").asText().replace("9999", "1"));
        assertThat(ADMIN.post(risksOf(ALPHA), RiskBody.threat("Visible issue")
                .with("linkedIssueKeys", List.of("DELTA-1"))).status()).isEqualTo(201);
    }

    @Test
    void aBodyLargerThanAnyRiskIsRefusedWithoutBeingStored() {
        String huge = "{\"title\":\"" + "x".repeat(1_000_001) + "\",\"probability\":1,\"impact\":1}";
        long before = riskCount(ALPHA);

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), huge);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
        assertThat(riskCount(ALPHA)).isEqualTo(before);
    }

    @Test
    void aCsvFileLargerThanTheImportLimitIsRefusedAsTheFile() {
        String huge = "title,probability,impact\r\n" + "Row,1,1,".repeat(260_000);

        PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import", huge);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("file");
    }

    @Test
    void anErrorNamesTheFieldAndSaysWhatIsWrongWithIt() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), "{\"title\":\"Word for a number\",\"probability\":\"high\","
                + "\"impact\":2}");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json();
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("probability");
            assertThat(e.path("message").asText()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "probability         | \"high\"",
        "probability         | 2.5",
        "probability         | true",
        "probability         | 99999999999",
        "impact              | [3]",
        "residualProbability | {\"level\": 2}",
        "title               | {\"text\": \"x\"}",
        "linkedIssueKeys     | \"ALPHA-1\"",
        "linkedIssueKeys     | {\"key\": \"ALPHA-1\"}",
    })
    void aValueOfTheWrongJsonTypeIsRefusedForItsField(String field, String json) {
        ObjectNode body = PmoRestClient.JSON.valueToTree(RiskBody.threat("Wrong type"));
        body.set(field, readJson(json));

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void anInvalidValueIsRefusedForItsField(String problem, String field, UnaryOperator<RiskBody> mistake) {
        RiskBody body = mistake.apply(RiskBody.threat("Invalid " + field));
        long before = riskCount(ALPHA);

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(riskCount(ALPHA)).isEqualTo(before);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("no title", "title", (UnaryOperator<RiskBody>) b -> b.without("title")),
                arguments("a blank title", "title", op(b -> b.with("title", "   "))),
                arguments("a title of 256 characters", "title", op(b -> b.with("title", "x".repeat(256)))),
                arguments("a control character in the title", "title", op(b -> b.with("title", "Bell\u0007"))),
                arguments("probability 6 on a 5x5 matrix", "probability", op(b -> b.with("probability", 6))),
                arguments("probability 0", "probability", op(b -> b.with("probability", 0))),
                arguments("no probability", "probability", op(b -> b.without("probability"))),
                arguments("impact 6 on a 5x5 matrix", "impact", op(b -> b.with("impact", 6))),
                arguments("an unknown kind", "kind", op(b -> b.with("kind", "neither"))),
                arguments("an unknown status", "status", op(b -> b.with("status", "sleeping"))),
                arguments("an unknown strategy", "strategy", op(b -> b.with("strategy", "pray"))),
                arguments("strategy exploit for a threat", "strategy", op(b -> b.with("strategy", "exploit"))),
                arguments("strategy avoid for an opportunity", "strategy",
                        op(b -> b.with("kind", "opportunity").with("strategy", "avoid"))),
                arguments("responding without a strategy", "strategy", op(b -> b.with("status", "responding"))),
                arguments("an owner who does not exist", "ownerKey", op(b -> b.with("ownerKey", "nobody"))),
                arguments("a residual probability without a residual impact", "residualImpact",
                        op(b -> b.with("residualProbability", 2))),
                arguments("residual impact 9", "residualImpact",
                        op(b -> b.with("residualProbability", 2).with("residualImpact", 9))),
                arguments("a date that is not ISO", "proximityDate", op(b -> b.with("proximityDate", "31/12/2026"))),
                arguments("a last review in the future", "lastReviewDate",
                        op(b -> b.with("lastReviewDate", TODAY.plusDays(2).toString()))),
                arguments("a next review before the last", "nextReviewDate",
                        op(b -> b.with("lastReviewDate", TODAY.minusDays(2).toString())
                                .with("nextReviewDate", TODAY.minusDays(5).toString()))),
                arguments("a negative cost", "costImpact", op(b -> b.with("costImpact", "-5"))),
                arguments("a cost that is not a number", "costImpact", op(b -> b.with("costImpact", "lots"))),
                arguments("a cost with fractions of a cent", "costImpact", op(b -> b.with("costImpact", "1.005"))),
                arguments("a cost beyond the largest", "costImpact", op(b -> b.with("costImpact", "1e400"))),
                arguments("a linked issue that is not an issue key", "linkedIssueKeys",
                        op(b -> b.with("linkedIssueKeys", List.of("not a key")))));
    }

    @Test
    void everyProblemOfARequestIsListedAtOnce() {
        RiskBody body = RiskBody.threat("Many problems").without("title").with("kind", "neither")
                .with("probability", 9).with("impact", 0).with("status", "sleeping").with("ownerKey", "nobody");

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields())
                .containsExactlyInAnyOrder("title", "kind", "probability", "impact", "status", "ownerKey");
    }

    @Test
    void anUpdateWithoutTheVersionItWasBasedOnIsRefused() {
        JsonNode risk = aRiskIn(ALPHA);
        ObjectNode body = ((ObjectNode) risk.deepCopy()).put("title", "No version");
        body.remove("version");

        PmoRestClient.Reply reply = ADMIN.put(risk(idOf(risk)), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("version");
        assertThat(fetched(idOf(risk))).isEqualTo(risk);
    }

    @Test
    void anInvalidUpdateLeavesTheRiskAndItsHistoryAsTheyWere() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = ADMIN.put(risk(idOf(risk)),
                ((ObjectNode) risk.deepCopy()).put("title", "Valid title").put("probability", 6));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("probability");
        assertThat(fetched(idOf(risk))).isEqualTo(risk);
        assertThat(ADMIN.get(historyOf(idOf(risk))).json().size()).isEqualTo(1);
    }

    @Test
    void aBodyTooLargeToBeARiskIsRefused() {
        RiskBody body = RiskBody.threat("Huge").with("description", "x".repeat(1_000_001));

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
    }

    @Test
    void aRiskSentAsAnotherMediaTypeIsUnsupported() {
        PmoRestClient.Reply reply = ADMIN.send("POST", risksOf(ALPHA), "application/xml", "<risk/>");

        assertThat(reply.status()).as("%s", reply).isEqualTo(415);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "status,   bogus",
        "status,   'open,bogus'",
        "severity, extreme",
        "sort,     nope",
        "order,    up",
        "offset,   -1",
        "offset,   first",
        "limit,    0",
        "limit,    501",
        "limit,    abc",
        "limit,    2.5",
        "limit,    99999999999",
    })
    void aBadListParameterIsRefusedForThatParameter(String parameter, String value) {
        PmoRestClient.Reply reply = ADMIN.get(risksOf(ALPHA) + "?" + parameter + "="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(parameter);
    }

    @Test
    void everyBadListParameterIsListedAtOnce() {
        PmoRestClient.Reply reply = ADMIN.get(risksOf(ALPHA) + "?status=bogus&severity=extreme&sort=nope&order=up"
                + "&offset=x&limit=abc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields())
                .containsExactlyInAnyOrder("status", "severity", "sort", "order", "offset", "limit");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nonNumericIds")
    void aRiskIdThatIsNotAPositiveNumberIsNotFound(String method, String path) {
        PmoRestClient.Reply reply = method.equals("PUT")
                ? ADMIN.put(path, RiskBody.threat("Bad id").with("version", 1))
                : ADMIN.send(method, path, null, null);

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
    }

    static Stream<Arguments> nonNumericIds() {
        return Stream.of("abc", "0", "-1", "1.5", "1e3", "99999999999999999999", "%20")
                .flatMap(id -> Stream.of(arguments("GET", "risks/" + id), arguments("PUT", "risks/" + id),
                        arguments("DELETE", "risks/" + id), arguments("GET", "risks/" + id + "/history")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byRiskId")
    void anIdBeyondTheLargestRiskIdNeverAnswersForAnotherRisk(RiskEndpoint endpoint) {
        long existing = idOf(aRiskIn(ALPHA));
        // Risk ids are 32-bit in the database: this id is the existing one plus 2^32.
        long wrapped = existing + (1L << 32);

        PmoRestClient.Reply reply = endpoint.callOnRisk(ADMIN, wrapped);

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
        assertThat(ADMIN.get(risk(existing)).status()).isEqualTo(200);
    }

    static Stream<RiskEndpoint> byRiskId() {
        return RiskEndpoint.byRiskId();
    }

    @ParameterizedTest(name = "version={0}")
    @ValueSource(strings = {"abc", "1.0", "99999999999"})
    void aDeleteWithAVersionThatIsNotANumberIsRefused(String version) {
        long id = idOf(aRiskIn(ALPHA));

        PmoRestClient.Reply reply = ADMIN.delete(risk(id) + "?version=" + version);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("version");
        assertThat(ADMIN.get(risk(id)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void aCsvFileThatCannotBeReadAsRisksIsRefusedAsTheFile(String problem, String csv) {
        long before = riskCount(ALPHA);

        PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import", csv);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("field").asText()).isEqualTo("file"));
        assertThat(riskCount(ALPHA)).isEqualTo(before);
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                arguments("an empty file", ""),
                arguments("only blank lines", "\r\n\r\n"),
                arguments("a header but no risks", "title,probability,impact\r\n"),
                arguments("an unknown column", "title,probability,impact,colour\r\nRed,1,1,red\r\n"),
                arguments("no title column", "probability,impact\r\n1,1\r\n"),
                arguments("a column twice", "title,title,probability,impact\r\nA,B,1,1\r\n"),
                arguments("a quote that never closes", "title,probability,impact\r\n\"Open quote,1,1\r\n"),
                arguments("more rows than one import may hold", "title,probability,impact\r\n"
                        + "Row,1,1\r\n".repeat(5_001)));
    }

    @Test
    void aQuoteThatNeverClosesInOurOwnFormatIsRefusedNamingItsLine() {
        PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import",
                "title,description,probability,impact\r\nA,\"two\r\nlines\",1,1\r\n\"Open,x,1,1\r\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("file");
            assertThat(e.path("message").asText()).isEqualTo("line 4: a quoted value is never closed");
        });
    }

    @Test
    void aCsvRowWithMoreValuesThanTheHeaderIsRefusedWithItsLine() {
        String title = RiskBody.uniqueTitle("Too many values");

        PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import",
                "title,probability,impact\r\n" + title + ",1,1,extra\r\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("line").asInt()).isEqualTo(2);
            assertThat(e.path("field").asText()).isEqualTo("file");
        });
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a 4x4 matrix                          | scale        | {\"scale\":4,\"mediumFrom\":5,\"highFrom\":10,\"criticalFrom\":16}",
        "thresholds that do not rise           | highFrom     | {\"scale\":5,\"mediumFrom\":5,\"highFrom\":5,\"criticalFrom\":20}",
        "a critical threshold above the matrix | criticalFrom | {\"scale\":5,\"mediumFrom\":5,\"highFrom\":10,\"criticalFrom\":26}",
        "a threshold that is not a number      | mediumFrom   | {\"scale\":5,\"mediumFrom\":\"five\",\"highFrom\":10,\"criticalFrom\":20}",
        "a missing threshold                   | mediumFrom   | {\"scale\":5,\"mediumFrom\":null,\"highFrom\":10,\"criticalFrom\":20}",
        "not an object                         | body         | [5]",
    })
    void invalidRiskSettingsAreRefusedForTheField(String problem, String field, String body) {
        JsonNode before = ADMIN.get(SETTINGS).json();

        PmoRestClient.Reply reply = ADMIN.put(SETTINGS, body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).contains(field);
        assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(before);
    }

    @Test
    void aSmallerMatrixIsRefusedWhileARiskUsesALevelBeyondIt() {
        created(ADMIN, ALPHA, RiskBody.threat("Uses level 5").with("probability", 5));
        JsonNode before = ADMIN.get(SETTINGS).json();

        PmoRestClient.Reply reply = ADMIN.put(SETTINGS, "{\"scale\":3,\"mediumFrom\":3,\"highFrom\":6,"
                + "\"criticalFrom\":9,\"version\":" + before.path("version").asInt() + "}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("scale");
        assertThat(ADMIN.get(SETTINGS).json()).isEqualTo(before);
    }

    private static UnaryOperator<RiskBody> op(UnaryOperator<RiskBody> mistake) {
        return mistake;
    }

    private static JsonNode readJson(String json) {
        try {
            return PmoRestClient.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
