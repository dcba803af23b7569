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
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.portfolio.CurrencyTotal;
import com.pmosuite.risk.portfolio.PortfolioRiskFilter;
import com.pmosuite.risk.portfolio.PortfolioRisks;
import com.pmosuite.risk.portfolio.ProjectCurrencies;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * A portfolio's risks, read-only, under {@code /rest/pmo/1.0}: its heat maps, totals, list and summary (EMV per
 * currency, top risks, overdue reviews) over the projects the reader may browse, saying how many others are hidden. Who sees a portfolio follows the portfolio API: PMO admins every
 * one, others one with at least one project they may browse; anything else answers 404.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioRiskResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    // Bounds on query parameters, checked before anything is parsed: no portfolio lists more projects than this
    // in one filter, no list parameter needs more values, and keys and user names are at most this long.
    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 255;
    private static final int MAX_SECTION = 50;
    private static final int DEFAULT_SECTION = 10;

    private final Portfolios portfolios;
    private final PortfolioModule portfolioModule;
    private final RiskRegister register;
    private final PortfolioRisks risks;
    private final PeopleDirectory people;
    private final PmoAccess access;

    @Inject
    public PortfolioRiskResource(PortfolioModule portfolioModule, RiskModule riskModule, PmoAccess access) {
        this.portfolioModule = portfolioModule;
        this.portfolios = portfolioModule.portfolios();
        this.register = riskModule.register();
        this.risks = riskModule.portfolioRisks();
        this.people = riskModule.people();
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

    /**
     * The portfolio's risks as one list over its visible projects. Query: project (keys of visible projects), status,
     * severity (each risk under its own project's bands), owner (key or username), overdue (true: live risks whose
     * next review date is before today), sort, order, offset, limit, as for a project's list; 400 on any bad value.
     */
    @GET
    @Path("portfolios/{id}/risks")
    public Response list(@PathParam("id") String id,
                         @QueryParam("project") List<String> projects,
                         @QueryParam("status") List<String> statuses,
                         @QueryParam("severity") List<String> severities,
                         @QueryParam("owner") String owner,
                         @QueryParam("overdue") String overdue,
                         @QueryParam("sort") String sort,
                         @QueryParam("order") String order,
                         @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        Shown shown = shown(id);
        List<FieldError> errors = new ArrayList<>();
        Set<String> projectKeys = projectFilter(projects, keys(shown), errors);
        Set<RiskStatus> statusSet = choices("status", statuses, RiskStatus.class, errors);
        Set<Severity> severitySet = choices("severity", severities, Severity.class, errors);
        String ownerText = text("owner", owner, errors);
        boolean overdueOnly = flag("overdue", overdue, errors);
        RiskSort sortBy = RiskSort.SCORE;
        if (sort != null && !sort.isBlank()) {
            sortBy = sort.length() > MAX_TEXT ? null : Names.parse(RiskSort.class, sort);
            if (sortBy == null) {
                errors.add(new FieldError("sort", "must be " + Names.choices(RiskSort.class)));
                sortBy = RiskSort.SCORE;
            }
        }
        boolean descending = sortBy == RiskSort.SCORE || sortBy == RiskSort.RESIDUAL_SCORE
                || sortBy == RiskSort.UPDATED || sortBy == RiskSort.CREATED;
        if (order != null && !order.isBlank()) {
            String direction = order.strip();
            if (direction.equalsIgnoreCase("asc") || direction.equalsIgnoreCase("desc")) {
                descending = direction.equalsIgnoreCase("desc");
            } else {
                errors.add(new FieldError("order", "must be asc or desc"));
            }
        }
        int from = number("offset", offset, 0, 0, Integer.MAX_VALUE, "must be a whole number, 0 or more", errors);
        int size = number("limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT,
                "must be a whole number from 1 to " + PageRequest.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        PageRequest page = new PageRequest(from, size);
        // As on a project's list: a username or a user key; an unknown one simply matches no risk.
        String ownerKey = ownerText == null ? null
                : people.byKeyOrUsername(ownerText).map(Person::key).orElse(ownerText);
        Page<Risk> found = risks.list(keys(shown), new PortfolioRiskFilter(projectKeys, statusSet, severitySet,
                ownerKey, overdueOnly, sortBy, descending), page);
        return ok(PortfolioRiskViews.list(shown.portfolio(), shown.hidden(), found,
                rowContext(shown, currencies(shown), found.items())));
    }

    /**
     * What the portfolio's risk page shows above its list: each visible project's plan currency, the live risks'
     * expected monetary value per currency, the top risks and the overdue reviews. Query: top and overdue, how many
     * of each to list (1 to 50, default 10).
     */
    @GET
    @Path("portfolios/{id}/risks/summary")
    public Response summary(@PathParam("id") String id, @QueryParam("top") String top,
                            @QueryParam("overdue") String overdue) {
        Shown shown = shown(id);
        List<FieldError> errors = new ArrayList<>();
        int topCount = section("top", top, errors);
        int overdueCount = section("overdue", overdue, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<String> keys = keys(shown);
        Map<String, String> currencies = currencies(shown);
        List<CurrencyTotal> totals = risks.emvByCurrency(keys, currencies::get);
        List<Risk> topRisks = risks.top(keys, topCount);
        Page<Risk> late = risks.overdue(keys, PageRequest.first(overdueCount));
        List<Risk> listed = new ArrayList<>(topRisks);
        listed.addAll(late.items());
        return ok(PortfolioRiskViews.summary(shown.portfolio(), shown.hidden(), risks.today(), shown.members(),
                totals, topRisks, late, rowContext(shown, currencies, listed)));
    }

    /** Names, currencies and assessments for list rows: each project's settings and each owner read once. */
    private PortfolioRiskViews.RowContext rowContext(Shown shown, Map<String, String> currencies,
                                                     Collection<Risk> listed) {
        Map<String, String> names = shown.members().stream()
                .collect(Collectors.toMap(PortfolioMember::projectKey, PortfolioMember::projectName, (a, b) -> a));
        Map<Long, RiskAssessment> assessed = risks.assess(listed);
        Map<String, String> people = new HashMap<>();
        return new PortfolioRiskViews.RowContext() {
            @Override
            public String projectName(String projectKey) {
                return names.getOrDefault(projectKey, projectKey);
            }

            @Override
            public String currency(String projectKey) {
                return currencies.get(projectKey);
            }

            @Override
            public String personName(String userKey) {
                return people.computeIfAbsent(userKey, key -> PortfolioRiskResource.this.people.byKey(key)
                        .map(Person::displayName).orElse(key));
            }

            @Override
            public RiskAssessment assessment(Risk risk) {
                return assessed.get(risk.id());
            }
        };
    }

    /** Each visible project's plan currency, resolved project → program → portfolio; {@code null} for none. */
    private Map<String, String> currencies(Shown shown) {
        return ProjectCurrencies.of(portfolios.scope(shown.portfolio()));
    }

    /** The project filter: keys of projects the reader sees in this portfolio, any case; a hidden one is unknown. */
    private static Set<String> projectFilter(List<String> values, List<String> visible, List<FieldError> errors) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : parts("project", values, errors)) {
            String key = part.toUpperCase(Locale.ROOT);
            if (visible.contains(key)) {
                chosen.add(key);
            } else {
                errors.add(new FieldError("project", "'" + part + "' is not a project of this portfolio that you"
                        + " may browse"));
            }
        }
        return chosen;
    }

    private static <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type,
                                                      List<FieldError> errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String part : parts(field, values, errors)) {
            E parsed = Names.parse(type, part);
            if (parsed == null) {
                errors.add(new FieldError(field, "'" + part + "' is not one of " + Names.choices(type)));
            } else {
                chosen.add(parsed);
            }
        }
        return chosen;
    }

    /**
     * A repeatable, comma-separated parameter's values, stripped, blanks dropped; at most {@value #MAX_VALUES}
     * values of at most {@value #MAX_TEXT} characters, counted before any is split.
     */
    private static List<String> parts(String field, List<String> values, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(field, "takes at most " + MAX_VALUES + " values"));
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            if (value.length() > MAX_VALUES * (MAX_TEXT + 1)) {
                errors.add(new FieldError(field, "takes at most " + MAX_VALUES + " values of at most " + MAX_TEXT
                        + " characters"));
                return List.of();
            }
            for (String part : value.split(",", -1)) {
                if (part.isBlank()) {
                    continue;
                }
                if (part.length() > MAX_TEXT || parts.size() == MAX_VALUES) {
                    errors.add(new FieldError(field, "takes at most " + MAX_VALUES + " values of at most "
                            + MAX_TEXT + " characters"));
                    return List.of();
                }
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return value.strip();
    }

    private static boolean flag(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true");
        }
        errors.add(new FieldError(field, "must be true or false"));
        return false;
    }

    /** A whole number from {@code min} to {@code max}, or the fallback when absent; else an error for the field. */
    private static int number(String field, String text, int fallback, int min, int max, String rule,
                              List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        OptionalInt value = WholeNumbers.parseInt(text.strip());
        if (value.isEmpty() || value.getAsInt() < min || value.getAsInt() > max) {
            errors.add(new FieldError(field, rule));
            return fallback;
        }
        return value.getAsInt();
    }

    /** How many top risks or overdue reviews to list: 1 to {@value #MAX_SECTION}. */
    private static int section(String field, String text, List<FieldError> errors) {
        return number(field, text, DEFAULT_SECTION, 1, MAX_SECTION, "must be a whole number from 1 to " + MAX_SECTION,
                errors);
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
