package com.pmosuite.plugin.risk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * A portfolio's risks, read-only, under {@code /rest/pmo/1.0}: its heat maps and totals over the projects the reader
 * may browse, saying how many others are hidden. Who sees a portfolio follows the portfolio API: PMO admins every
 * one, others one with at least one project they may browse; anything else answers 404.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioRiskResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final Portfolios portfolios;
    private final PortfolioModule portfolioModule;
    private final RiskRegister register;
    private final PmoAccess access;

    @Inject
    public PortfolioRiskResource(PortfolioModule portfolioModule, RiskModule riskModule, PmoAccess access) {
        this.portfolioModule = portfolioModule;
        this.portfolios = portfolioModule.portfolios();
        this.register = riskModule.register();
        this.access = access;
    }

    /** Live risks per cell over the portfolio's visible projects, one map per matrix size. */
    @GET
    @Path("portfolios/{id}/risks/heatmap")
    public Response heatMap(@PathParam("id") String id, @QueryParam("assessment") String assessment) {
        Shown shown = shown(id);
        boolean residual = residual(assessment);
        Map<String, String> names = shown.members().stream()
                .collect(Collectors.toMap(PortfolioMember::projectKey, PortfolioMember::projectName, (a, b) -> a));
        return ok(PortfolioRiskViews.heatMap(shown.portfolio(), residual, shown.hidden(),
                register.combinedHeatMap(keys(shown), residual), names::get));
    }

    /** Live risks counted and valued per visible project and severity. */
    @GET
    @Path("portfolios/{id}/risks/totals")
    public Response totals(@PathParam("id") String id) {
        Shown shown = shown(id);
        Set<String> keys = new LinkedHashSet<>(keys(shown));
        return ok(PortfolioRiskViews.totals(shown.portfolio(), shown.hidden(), shown.members(),
                register.totals(keys), register.exposure(keys)));
    }

    /** The portfolio's members the reader may browse (all for PMO admins), and how many others it has. */
    private record Shown(Portfolio portfolio, List<PortfolioMember> members, int hidden) {
    }

    private Shown shown(String id) {
        Portfolio portfolio = portfolios.find(portfolioId(id)).orElseThrow(() -> new NotVisible("Portfolio " + id));
        List<PortfolioMember> members = portfolios.members(portfolio);
        boolean admin = access.currentUser().map(access::isPmoAdmin).orElse(false);
        LongPredicate browsable = admin ? any -> true : portfolioModule.browsableBy(access);
        List<PortfolioMember> visible = members.stream().filter(m -> browsable.test(m.projectId())).toList();
        if (visible.isEmpty() && !admin) {
            throw new NotVisible("Portfolio " + id);
        }
        return new Shown(portfolio, visible, members.size() - visible.size());
    }

    private static List<String> keys(Shown shown) {
        return shown.members().stream().map(PortfolioMember::projectKey).distinct().toList();
    }

    private static boolean residual(String assessment) {
        if (assessment == null || assessment.isBlank()) {
            return false;
        }
        return switch (assessment.strip().toLowerCase(Locale.ROOT)) {
            case "inherent" -> false;
            case "residual" -> true;
            default -> throw ValidationFailed.of("assessment", "must be inherent or residual");
        };
    }

    private static long portfolioId(String id) {
        // As the portfolio API: positive ASCII digits, anything else names no portfolio.
        OptionalLong value = WholeNumbers.parseLong(id);
        if (value.isPresent() && value.getAsLong() > 0) {
            return value.getAsLong();
        }
        throw new NotVisible("Portfolio " + id);
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
