package com.pmosuite.workbench.portfolio;

import com.pmosuite.workbench.risk.PmoRestClient;

import java.util.function.BiFunction;

import static com.pmosuite.workbench.portfolio.PortfolioCalls.body;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.atVersion;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.historyOf;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.portfolio;
import static com.pmosuite.workbench.portfolio.PortfolioCalls.uniqueName;

/** Every endpoint of the portfolio REST API, what it needs from the caller, and a valid call of it on a portfolio. */
enum PortfolioEndpoint {
    LIST("GET /portfolios", Needs.READ, 200, (client, id) -> client.get("portfolios")),
    CREATE("POST /portfolios", Needs.PMO_ADMIN, 201,
            (client, id) -> client.post("portfolios", body(uniqueName("Authorization check")))),
    READ("GET /portfolios/{id}", Needs.READ, 200, (client, id) -> client.get(portfolio(id))),
    // Every portfolio a test calls this on is fresh, at version 1.
    UPDATE("PUT /portfolios/{id}", Needs.PMO_ADMIN, 200,
            (client, id) -> client.put(portfolio(id), atVersion(body(uniqueName("Changed by " + client.who())), 1))),
    DELETE("DELETE /portfolios/{id}", Needs.PMO_ADMIN, 204, (client, id) -> client.delete(portfolio(id))),
    HISTORY("GET /portfolios/{id}/history", Needs.READ, 200, (client, id) -> client.get(historyOf(id))),
    CATALOG("GET /portfolio-catalog", Needs.PMO_ADMIN, 200, (client, id) -> client.get("portfolio-catalog"));

    /** What a caller must be. */
    enum Needs {
        /** May browse one of the portfolio's projects, or is a PMO admin. */
        READ,
        /** A PMO admin. */
        PMO_ADMIN
    }

    private final String label;
    private final Needs needs;
    private final int successStatus;
    private final BiFunction<PmoRestClient, Long, PmoRestClient.Reply> call;

    PortfolioEndpoint(String label, Needs needs, int successStatus,
                      BiFunction<PmoRestClient, Long, PmoRestClient.Reply> call) {
        this.label = label;
        this.needs = needs;
        this.successStatus = successStatus;
        this.call = call;
    }

    /** Calls the endpoint as {@code client}; endpoints with {@code {id}} address the given portfolio. */
    PmoRestClient.Reply callAs(PmoRestClient client, long portfolioId) {
        return call.apply(client, portfolioId);
    }

    Needs needs() {
        return needs;
    }

    int successStatus() {
        return successStatus;
    }

    boolean addressesAPortfolio() {
        return label.contains("{id}");
    }

    @Override
    public String toString() {
        return label;
    }
}
