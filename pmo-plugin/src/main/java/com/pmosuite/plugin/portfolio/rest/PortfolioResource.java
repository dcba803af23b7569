package com.pmosuite.plugin.portfolio.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * REST API of the portfolio model, under {@code /rest/pmo/1.0}. A portfolio is visible to PMO admins and to whoever
 * may browse at least one of its projects, and shows the latter only the projects they may browse; what is not
 * visible answers 404. Only PMO admins create, change and delete portfolios (403 for others who can see it). Changes
 * need a licensed user; XSRF protection is the host's default for mutating methods (none is excluded).
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final Portfolios portfolios;
    private final PortfolioViews views;
    private final PortfolioModule module;
    private final PmoAccess access;

    @Inject
    public PortfolioResource(PortfolioModule module, PmoAccess access) {
        this.module = module;
        this.portfolios = module.portfolios();
        this.views = module.views();
        this.access = access;
    }

    /** The portfolios the reader may see, by id, each saying how many of its projects are hidden from them. */
    @GET
    @Path("portfolios")
    public Response list() {
        boolean admin = isPmoAdmin();
        LongPredicate visible = admin ? id -> true : module.browsableBy(access);
        List<PortfolioSummaryJson> shown = portfolios.all().stream()
                .map(p -> views.summary(p, visible))
                .filter(summary -> admin || summary.projects() > 0)
                .toList();
        return Response.ok(PmoJson.write(shown), JSON).build();
    }

    @POST
    @LicensedOnly
    @Path("portfolios")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        String actor = requirePmoAdmin("create portfolios");
        PortfolioBody input = PmoJson.read(body, PortfolioBody.class);
        Portfolio created = portfolios.create(input.toDraft(), actor);
        return Response.created(URI.create("portfolios/" + created.id())).type(JSON)
                .entity(PmoJson.write(views.json(created))).build();
    }

    @GET
    @Path("portfolios/{id}")
    public Response get(@PathParam("id") String id) {
        Portfolio portfolio = visible(id);
        return ok(views.json(portfolio, isPmoAdmin() ? any -> true : module.browsableBy(access)));
    }

    /** Replaces the whole portfolio. The body must carry the {@code version} read; a stale one gets 409. */
    @PUT
    @LicensedOnly
    @Path("portfolios/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, InputStream body) {
        Portfolio current = visible(id);
        String actor = requirePmoAdmin("change portfolios");
        PortfolioBody input = PmoJson.read(body, PortfolioBody.class);
        if (input.version() == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        return ok(views.json(portfolios.update(current.id(), input.version(), input.toDraft(), actor)));
    }

    /** Deletes a portfolio; with {@code ?version=N} only if nobody changed it since. Its history is kept. */
    @DELETE
    @LicensedOnly
    @Path("portfolios/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        Portfolio current = visible(id);
        String actor = requirePmoAdmin("delete portfolios");
        OptionalInt expected = OptionalInt.empty();
        if (version != null && !version.isBlank()) {
            expected = WholeNumbers.parseInt(version.strip());
            if (expected.isEmpty()) {
                throw ValidationFailed.of("version", "must be a whole number");
            }
        }
        portfolios.delete(current.id(), expected, actor);
        return Response.noContent().build();
    }

    /**
     * A portfolio's history, oldest first. After deletion only PMO admins can read it: who could see the portfolio
     * depended on projects it no longer has.
     */
    @GET
    @Path("portfolios/{id}/history")
    public Response history(@PathParam("id") String id) {
        long portfolioId = portfolioId(id);
        Optional<Portfolio> portfolio = portfolios.find(portfolioId);
        if (portfolio.isPresent()) {
            visible(id);
        } else if (!isPmoAdmin()) {
            throw new NotVisible("Portfolio " + id);
        }
        List<AuditEntry> entries = portfolios.history(portfolioId);
        if (entries.isEmpty()) {
            throw new NotVisible("Portfolio " + id);
        }
        return Response.ok(PmoJson.write(views.history(entries)), JSON).build();
    }

    /** Every project and project category, for choosing a portfolio's members: PMO admins only. */
    @GET
    @Path("portfolio-catalog")
    public Response catalog() {
        requirePmoAdmin("choose the projects of portfolios");
        return ok(views.catalog());
    }

    private Portfolio visible(String id) {
        Portfolio portfolio = portfolios.find(portfolioId(id)).orElseThrow(() -> new NotVisible("Portfolio " + id));
        if (isPmoAdmin()) {
            return portfolio;
        }
        LongPredicate browsable = module.browsableBy(access);
        if (portfolios.members(portfolio).stream().mapToLong(PortfolioMember::projectId).noneMatch(browsable)) {
            throw new NotVisible("Portfolio " + id);
        }
        return portfolio;
    }

    private static long portfolioId(String id) {
        // Ids are positive numbers in ASCII digits; anything else (also "٤٢") names no portfolio.
        OptionalLong value = WholeNumbers.parseLong(id);
        if (value.isPresent() && value.getAsLong() > 0) {
            return value.getAsLong();
        }
        throw new NotVisible("Portfolio " + id);
    }

    private boolean isPmoAdmin() {
        return access.currentUser().map(access::isPmoAdmin).orElse(false);
    }

    /** The PMO admin's user key: 401 when nobody is logged in, 403 for anyone else. */
    private String requirePmoAdmin(String action) {
        ApplicationUser user = access.currentUser().orElseThrow(NotAuthenticated::new);
        if (!access.isPmoAdmin(user)) {
            throw new NotPermitted("You need to be a PMO admin to " + action);
        }
        return user.getKey();
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
