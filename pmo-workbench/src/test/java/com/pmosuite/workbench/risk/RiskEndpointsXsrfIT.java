package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.aRiskIn;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static com.pmosuite.workbench.risk.RiskFixtures.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery against the risk endpoints. A browser on another site can send a logged-in user's
 * credentials with a form (form-encoded, multipart or text/plain) or with a script's request (which carries that
 * site's {@code Origin}); neither may change a risk. A script or integration that sends
 * {@code X-Atlassian-Token: no-check}, which no browser sends cross-site, is let through.
 */
class RiskEndpointsXsrfIT {
    private static final String EVIL = "http://evil.example";
    private static final PmoRestClient BROWSER_ON_EVIL_SITE = ADMIN.withoutXsrfToken().withHeader("Origin", EVIL);
    private static final PmoRestClient BROWSER_FORM = ADMIN.withoutXsrfToken();
    private static final PmoRestClient SCRIPT_WITH_TOKEN = ADMIN.withHeader("Origin", EVIL);

    @Test
    void aJsonPostFromAnotherOriginIsRejectedAndCreatesNothing() {
        RiskBody body = RiskBody.threat("Forged from another origin");

        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.post(risksOf(ALPHA), body);

        assertXsrfRejection(reply);
        assertThat(titlesIn(ALPHA)).doesNotContain(body.title());
    }

    @Test
    void aJsonPostWhoseRefererIsAnotherSiteIsRejected() {
        RiskBody body = RiskBody.threat("Forged, referred");

        PmoRestClient.Reply reply = ADMIN.withoutXsrfToken().withHeader("Referer", EVIL + "/page.html")
                .post(risksOf(ALPHA), body);

        assertXsrfRejection(reply);
        assertThat(titlesIn(ALPHA)).doesNotContain(body.title());
    }

    @Test
    void aJsonPostFromTheWorkbenchItselfIsAccepted() {
        URI base = PmoRestClient.restBase();
        String sameOrigin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();

        PmoRestClient.Reply reply = ADMIN.withoutXsrfToken().withHeader("Origin", sameOrigin)
                .post(risksOf(ALPHA), RiskBody.threat("Same origin"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }

    @Test
    void aJsonPostWithTheTokenIsAcceptedFromAnyOrigin() {
        RiskBody body = RiskBody.threat("Script with token");

        PmoRestClient.Reply reply = SCRIPT_WITH_TOKEN.post(risksOf(ALPHA), body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(titlesIn(ALPHA)).contains(body.title());
    }

    @Test
    void aFormPostCannotCreateARisk() {
        String title = RiskBody.uniqueTitle("Forged form");

        PmoRestClient.Reply reply = BROWSER_FORM.send("POST", risksOf(ALPHA), "application/x-www-form-urlencoded",
                "title=" + title.replace(' ', '+') + "&probability=3&impact=3");

        // Refused as 415 rather than "XSRF check failed": the resource reads JSON only, and the host matches the
        // content type before it runs the XSRF check (as Atlassian REST's post-matching XSRF filter does).
        assertThat(reply.status()).as("%s", reply).isEqualTo(415);
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    @Test
    void aFormPostWithoutTheTokenIsRejectedWhereTheResourceWouldReadIt() {
        String title = RiskBody.uniqueTitle("Forged plain text form");

        // A form with enctype="text/plain" can post CSV to the import, which reads text/plain.
        PmoRestClient.Reply reply = BROWSER_FORM.send("POST", risksOf(ALPHA) + "/import", "text/plain",
                "title,probability,impact\r\n" + title + ",3,3\r\n");

        assertXsrfRejection(reply);
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    @Test
    void aPreviewPostFromAnotherOriginIsRejectedThoughItWritesNothing() {
        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.post("projects/" + ALPHA + "/risk-settings/preview",
                Map.of("scale", 3));

        assertXsrfRejection(reply);
    }

    @Test
    void aPlainTextImportWithTheTokenIsAccepted() {
        String title = RiskBody.uniqueTitle("Script plain text import");

        PmoRestClient.Reply reply = ADMIN.send("POST", risksOf(ALPHA) + "/import", "text/plain",
                "title,probability,impact\r\n" + title + ",3,3\r\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(titlesIn(ALPHA)).contains(title);
    }

    @Test
    void aCsvImportFromAnotherOriginWithoutTheTokenIsRejectedAndImportsNothing() {
        String title = RiskBody.uniqueTitle("Forged import");

        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.postCsv(risksOf(ALPHA) + "/import",
                "title,probability,impact\r\n" + title + ",3,3\r\n");

        assertXsrfRejection(reply);
        assertThat(titlesIn(ALPHA)).doesNotContain(title);
    }

    @Test
    void aCsvImportWithTheTokenIsAcceptedFromAnyOrigin() {
        String title = RiskBody.uniqueTitle("Script import");

        PmoRestClient.Reply reply = SCRIPT_WITH_TOKEN.postCsv(risksOf(ALPHA) + "/import",
                "title,probability,impact\r\n" + title + ",3,3\r\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(titlesIn(ALPHA)).contains(title);
    }

    @Test
    void aJsonUpdateFromAnotherOriginIsRejectedAndChangesNothing() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.put(risk(idOf(risk)), edited(risk, "title", "Forged"));

        assertXsrfRejection(reply);
        assertThat(fetched(idOf(risk))).isEqualTo(risk);
    }

    @Test
    void aJsonUpdateWithTheTokenIsAcceptedFromAnyOrigin() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = SCRIPT_WITH_TOKEN.put(risk(idOf(risk)), edited(risk, "title", "Scripted"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(fetched(idOf(risk)).path("title").asText()).isEqualTo("Scripted");
    }

    @Test
    void aDeleteWithoutTheTokenIsRejectedAndTheRiskStays() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = BROWSER_FORM.delete(risk(idOf(risk)));

        assertXsrfRejection(reply);
        assertThat(fetched(idOf(risk))).isEqualTo(risk);
    }

    @Test
    void aDeleteWithTheTokenIsAcceptedFromAnyOrigin() {
        JsonNode risk = aRiskIn(ALPHA);

        PmoRestClient.Reply reply = SCRIPT_WITH_TOKEN.delete(risk(idOf(risk)));

        assertThat(reply.status()).as("%s", reply).isEqualTo(204);
    }

    @Test
    void aSettingsChangeFromAnotherOriginIsRejected() {
        String settings = "projects/" + ALPHA + "/risk-settings";

        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.put(settings, ADMIN.get(settings).json());

        assertXsrfRejection(reply);
    }

    @Test
    void readsNeedNoToken() {
        PmoRestClient.Reply reply = BROWSER_ON_EVIL_SITE.get(risksOf(ALPHA));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    private static void assertXsrfRejection(PmoRestClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.json().path("message").asText()).isEqualTo("XSRF check failed");
    }
}
