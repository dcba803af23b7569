package com.pmosuite.workbench.portfolio;

import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;

import static com.pmosuite.workbench.portfolio.PortfolioCalls.PMO;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.aPortfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.atVersion;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.body;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.fetched;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.portfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery against the portfolio endpoints: a PMO admin's browser on another site can neither
 * create, change nor delete a portfolio; a script sending {@code X-Atlassian-Token: no-check} can.
 */
class PortfolioEndpointsXsrfIT {
    private static final PmoRestClient BROWSER_ON_EVIL_SITE = PMO.withoutXsrfToken()
            .withHeader("Origin", "http://evil.example");

    private static void assertXsrfRejection(PmoRestClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.json().path("message").asText()).isEqualTo("XSRF check failed");
    }

    @Test
    void aForgedCreateIsRejectedAndCreatesNothing() {
        String name = uniqueName("Forged");

        assertXsrfRejection(BROWSER_ON_EVIL_SITE.post("portfolios", body(name)));

        assertThat(PMO.get("portfolios").body()).doesNotContain(name);
    }

    @Test
    void aForgedChangeIsRejectedAndChangesNothing() {
        long id = aPortfolio();

        assertXsrfRejection(BROWSER_ON_EVIL_SITE.put(portfolio(id), atVersion(body(uniqueName("Forged")), 1)));

        assertThat(fetched(id).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aForgedDeleteIsRejectedAndDeletesNothing() {
        long id = aPortfolio();

        assertXsrfRejection(BROWSER_ON_EVIL_SITE.delete(portfolio(id)));

        assertThat(PMO.get(portfolio(id)).status()).isEqualTo(200);
    }

    @Test
    void aFormPostCannotCreateAPortfolio() {
        String name = uniqueName("Form");

        PmoRestClient.Reply reply = PMO.withoutXsrfToken().send("POST", "portfolios",
                "application/x-www-form-urlencoded", "name=" + name.replace(' ', '+'));

        assertThat(reply.status()).as("%s", reply).isEqualTo(415);
        assertThat(PMO.get("portfolios").body()).doesNotContain(name);
    }
}
