package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.aRiskIn;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.riskCount;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static com.pmosuite.workbench.risk.RiskFixtures.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input found by probing that used to cost seconds of CPU, be stored wrongly or answer 500: every one is now a
 * 400 in the documented error shape, naming the field, and nothing is saved. {@link PmoRestClient} fails any
 * test that receives a 5xx, and gives up on an answer after 30 s.
 */
class RiskInputBoundsIT {
    private static final String IMPORT = risksOf(ALPHA) + "/import";

    // ------------------------------------------------------------------------------------------------ numbers

    @Test
    void aCostOfNearlyAMillionDigitsIsRefusedForTheCost() {
        // Trailing zeros were the costly shape: BigDecimal.stripTrailingZeros divided by ten once per zero.
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA),
                RiskBody.threat("Huge cost").with("costImpact", "1" + "0".repeat(989_999) + ".5"));

        assertThat(reply.status()).as("%s", reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("costImpact");
    }

    @Test
    void aNumberLiteralOfNearlyAMillionDigitsIsRefusedAsTheBody() {
        String body = "{\"title\":\"Huge literal\",\"probability\":3,\"impact\":3,\"costImpact\":"
                + "9".repeat(990_000) + "}";

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
    }

    @Test
    void aNumberLiteralJustOverTheParsersLimitIsRefusedAsTheBody() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA),
                "{\"title\":\"Long literal\",\"probability\":3,\"impact\":3,\"costImpact\":" + "1".repeat(1_001) + "}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
    }

    @Test
    void nestingDeeperThanTheParsersLimitIsRefusedAsTheBody() {
        String body = "{\"title\":\"Deep\",\"probability\":3,\"impact\":3,\"x\":" + "[".repeat(1_500)
                + "]".repeat(1_500) + "}";

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.500,00", "12,50", "1,500.00", "1 500"})
    void aCostWithLocaleSeparatorsIsRefusedSayingWhichFormIsExpected(String cost) {
        long before = riskCount(ALPHA);

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Cost " + cost)
                .with("costImpact", cost));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("costImpact");
            assertThat(e.path("message").asText()).contains("12500.00").contains("no thousands separators");
        });
        assertThat(riskCount(ALPHA)).isEqualTo(before);
    }

    @Test
    void aCostInTheCanonicalFormIsStoredAsWritten() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Canonical cost")
                .with("costImpact", "1500.5"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().path("costImpact").asText()).isEqualTo("1500.50");
    }

    // ------------------------------------------------------------------------------------ non-ASCII digits

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, \u0665", "offset, \uFF11", "limit, \u0661\u0660"})
    void aListParameterInDigitsOtherThanAsciiIsRefused(String parameter, String value) {
        PmoRestClient.Reply reply = ADMIN.get(risksOf(ALPHA) + "?" + parameter + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(parameter);
    }

    @Test
    void aRiskIdInArabicIndicDigitsNamesNoRisk() {
        long id = idOf(aRiskIn(ALPHA));
        String arabic = arabicIndic(id);

        PmoRestClient.Reply reply = ADMIN.get("risks/" + URLEncoder.encode(arabic, StandardCharsets.UTF_8));

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
    }

    @Test
    void aDeleteVersionInFullwidthDigitsIsRefused() {
        long id = idOf(aRiskIn(ALPHA));

        PmoRestClient.Reply reply = ADMIN.delete(risk(id) + "?version="
                + URLEncoder.encode("\uFF11", StandardCharsets.UTF_8));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("version");
        assertThat(ADMIN.get(risk(id)).status()).isEqualTo(200);
    }

    @Test
    void aLevelSentAsTextInArabicIndicDigitsIsRefused() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Arabic level")
                .with("probability", "\u0663"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("probability");
    }

    @Test
    void aCsvLevelInFullwidthDigitsIsRefusedWithItsLine() {
        String title = RiskBody.uniqueTitle("Fullwidth level");

        PmoRestClient.Reply reply = ADMIN.postCsv(IMPORT, "title,probability,impact\r\n" + title + ",\uFF13,3\r\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("line").asInt()).isEqualTo(2);
            assertThat(e.path("field").asText()).isEqualTo("probability");
        });
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    // ------------------------------------------------------------------------------------------------ text

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0085", "202E", "2067", "2028", "FDD0", "FFFF"})
    void aTitleWithAControlOrFormattingCharacterIsRefused(String hex) {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Hidden")
                .with("title", "Pay \u0000invoice".replace('\u0000', (char) Integer.parseInt(hex, 16))));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("title");
    }

    @Test
    void aLoneSurrogateEscapedInJsonIsRefused() {
        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA),
                "{\"title\":\"Half \\ud83d a truck\",\"probability\":3,\"impact\":3}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("title");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "202F"})
    void aTitleOfOnlyNoBreakSpacesIsRefusedAsBlank(String hex) {
        String spaces = String.valueOf((char) Integer.parseInt(hex, 16)).repeat(4);

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Blank").with("title", spaces));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("title");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {" x", " {\"title\":\"Second\",\"probability\":1,\"impact\":1}"})
    void contentAfterTheJsonObjectIsRefusedAsTheBody(String trailing) {
        String title = RiskBody.uniqueTitle("Trailing");

        PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA),
                "{\"title\":\"" + title + "\",\"probability\":3,\"impact\":3}" + trailing);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    @Test
    void anUpdateWithContentAfterTheJsonObjectLeavesTheRiskAsItWas() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = ADMIN.put(risk(idOf(risk)), risk.toString() + risk);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("body");
        assertThat(fetched(idOf(risk))).isEqualTo(risk);
    }

    // -------------------------------------------------------------------------------------------- encoding

    @Test
    void aJsonBodyThatIsNotUtf8IsRefusedNamingItsLine() {
        String title = RiskBody.uniqueTitle("Verz\u00F6gerung");
        byte[] latin1 = ("{\"probability\":3,\"impact\":3,\n\"title\":\"" + title + "\"}")
                .getBytes(StandardCharsets.ISO_8859_1);

        PmoRestClient.Reply reply = ADMIN.sendBytes("POST", risksOf(ALPHA), "application/json", latin1);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("body");
            assertThat(e.path("message").asText()).isEqualTo("line 2 is not UTF-8; send the body as UTF-8");
        });
        assertThat(titlesIn(ALPHA)).doesNotContain(title, title.replace('\u00F6', '\uFFFD'));
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedNamingTheLineAndTheEncodingToUse() {
        String title = RiskBody.uniqueTitle("Caf\u00E9");
        byte[] windows1252 = ("title,probability,impact\r\nPlain,1,1\r\n" + title + " \u20AC,1,1\r\n")
                .getBytes(Charset.forName("windows-1252"));
        long before = riskCount(ALPHA);

        PmoRestClient.Reply reply = ADMIN.sendBytes("POST", IMPORT, "text/csv", windows1252);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("file");
            assertThat(e.path("message").asText()).isEqualTo("line 3 is not UTF-8; save the file as UTF-8");
        });
        assertThat(riskCount(ALPHA)).isEqualTo(before);
    }

    @Test
    void aUtf8CsvFileWithAByteOrderMarkIsImported() {
        String title = RiskBody.uniqueTitle("Caf\u00E9 \u20AC");
        byte[] withBom = ("\uFEFFtitle,probability,impact\r\n" + title + ",1,1\r\n").getBytes(StandardCharsets.UTF_8);

        PmoRestClient.Reply reply = ADMIN.sendBytes("POST", IMPORT, "text/csv", withBom);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(titlesIn(ALPHA)).contains(title);
    }

    private static String arabicIndic(long number) {
        StringBuilder digits = new StringBuilder();
        for (char c : Long.toString(number).toCharArray()) {
            digits.append((char) ('\u0660' + (c - '0')));
        }
        return digits.toString();
    }
}
