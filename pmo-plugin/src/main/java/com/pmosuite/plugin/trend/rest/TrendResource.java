package com.pmosuite.plugin.trend.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.rollup.jira.JiraRollupReaders;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.plugin.trend.wiring.TrendModule;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.trend.Trend;
import com.pmosuite.rollup.trend.Trends;
import com.pmosuite.shared.FieldError;
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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Trends under {@code /rest/pmo/1.0}: a portfolio's and a project's figures day by day from the daily snapshots, in
 * the shape {@code PMO.charts} draws. Same access rules as the portfolio and rollup reads: a portfolio is visible to
 * PMO admins and to whoever may browse one of its projects, a project to whoever may browse it; what is not visible
 * answers 404, and the figures sum only what the reader may see.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** The range when none is asked for: the last 90 days, today included. */
    static final int DEFAULT_DAYS = 90;
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final TrendModule module;
    private final Portfolios portfolios;
    private final Trends trends;
    private final PmoAccess access;
    private final JiraRollupReaders readers;

    @Inject
    public TrendResource(TrendModule module, RollupModule rollups, PmoAccess access) {
        this.module = module;
        this.portfolios = module.portfolios();
        this.trends = module.trends();
        this.access = access;
        // The same reader as the rollups: projects they may browse, and issues at the security levels they can see.
        this.readers = rollups.readers();
    }

    /** A portfolio's trend from {@code from} to {@code to} (yyyy-MM-dd, both included; at most 3,660 days). */
    @GET
    @Path("portfolios/{id}/trend")
    public Response portfolio(@PathParam("id") String id, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        Portfolio portfolio = visiblePortfolio(id);
        LocalDate[] range = range(from, to);
        Trend trend = trends.of(portfolios.scope(portfolio), readers.current().visibility(), range[0], range[1]);
        return Response.ok(PmoJson.write(TrendViews.json(trend)), JSON).build();
    }

    /**
     * A project's trend. Its plan is the one of the first portfolio (by id) it belongs to; a project in no portfolio
     * has no plan and no snapshots, so its trend is empty.
     */
    @GET
    @Path("projects/{key}/trend")
    public Response project(@PathParam("key") String key, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        Project project = access.browsable(key);
        LocalDate[] range = range(from, to);
        RollupScope scope = scopeOf(project);
        Trend trend = trends.of(scope, readers.current().visibility(), range[0], range[1]);
        return Response.ok(PmoJson.write(TrendViews.json(trend)), JSON).build();
    }

    private RollupScope scopeOf(Project project) {
        for (Portfolio portfolio : portfolios.all()) {
            Optional<RollupScope> found = find(portfolios.scope(portfolio), project.getId());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return RollupScope.project(project.getKey(), project.getName(), project.getId(), ProjectPlan.NONE,
                RagThresholds.DEFAULTS);
    }

    private static Optional<RollupScope> find(RollupScope scope, long projectId) {
        if (scope.level() == RollupScope.Level.PROJECT && scope.projectId() == projectId) {
            return Optional.of(scope);
        }
        for (RollupScope child : scope.children()) {
            Optional<RollupScope> found = find(child, projectId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** from and to, each checked before it is parsed; either may be left out (to: today; from: 89 days before to). */
    private LocalDate[] range(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (end == null) {
            end = start == null ? module.today() : start.plusDays(DEFAULT_DAYS - 1);
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw ValidationFailed.of("from", "must be on or before to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= Trends.MAX_DAYS) {
            throw ValidationFailed.of("to", "a trend covers at most " + Trends.MAX_DAYS + " days");
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() != 10 || !DAY.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be a date as yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    /** As the portfolio API decides it: PMO admins see every portfolio, others those with a project they may browse. */
    private Portfolio visiblePortfolio(String id) {
        OptionalLong value = WholeNumbers.parseLong(id);
        if (value.isEmpty() || value.getAsLong() <= 0) {
            throw new NotVisible("Portfolio " + id);
        }
        Portfolio portfolio = portfolios.find(value.getAsLong()).orElseThrow(() -> new NotVisible("Portfolio " + id));
        if (access.currentUser().map(access::isPmoAdmin).orElse(false)) {
            return portfolio;
        }
        var visibility = readers.current().visibility();
        if (portfolios.members(portfolio).stream().mapToLong(PortfolioMember::projectId)
                .noneMatch(visibility::projectVisible)) {
            throw new NotVisible("Portfolio " + id);
        }
        return portfolio;
    }
}
