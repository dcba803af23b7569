package com.pmosuite.portfolio;

import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.MoneyText;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.Text;
import com.pmosuite.shared.ValidationFailed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portfolio as a PMO admin typed it or a client sent it: raw values, not yet trusted. Numbers with decimals, dates
 * and codes arrive as text so that a bad value becomes a field error. {@link #validate} turns it into
 * {@link PortfolioFields} or reports every problem at once, each under its path in the body
 * ({@code programs[0].projects[1].plan.currency}).
 *
 * @param programs    {@code null} means none
 * @param projects    projects chosen directly under the portfolio; {@code null} means none
 * @param categoryIds {@code null} means none
 */
public record PortfolioDraft(String name, String description, String ownerKey, String colour, Plan defaults,
                             List<ProgramDraft> programs, List<Entry> projects, List<Long> categoryIds) {

    public static final int NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int OWNER_MAX = 255;
    public static final int PROGRAMS_MAX = 50;
    /** Explicitly chosen projects of one portfolio, directly and in all its programs together. */
    public static final int PROJECTS_MAX = 500;
    public static final int CATEGORIES_MAX = 50;
    /** Largest amount: 13 integer digits, as the stores keep cents in a 64-bit column with room to spare. */
    public static final BigDecimal AMOUNT_MAX = MoneyText.MAX;
    /** Largest index bound: an SPI or CPI above 10 says nothing a threshold could use. */
    public static final BigDecimal INDEX_MAX = BigDecimal.TEN;
    public static final String DEFAULT_COLOUR = "#0052cc";

    // The one form amounts are written in, as for a risk's cost: no thousands separators, no decimal comma.
    static final String AMOUNT_FORM = MoneyText.FORM;
    // Threshold bounds: up to two integer digits and four decimals, checked as text before BigDecimal sees it.
    private static final Pattern RATIO = Pattern.compile("([0-9]{1,2})(?:\\.([0-9]{1,4}))?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int DATE_CHARS = 10;
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2999;

    /** A program as sent: {@code id} names a stored program of this portfolio, {@code null} or 0 a new one. */
    public record ProgramDraft(Long id, String name, String description, String ownerKey, Plan defaults,
                               List<Entry> projects) {
    }

    /** A project chosen explicitly, with its own plan figures ({@code null}: none of its own). */
    public record Entry(Long projectId, Plan plan) {
    }

    /** Plan figures as sent; every one may be {@code null} or blank, meaning "not set at this level". */
    public record Plan(String budgetAtCompletion, String currency, String baselineStart, String baselineFinish,
                       String costRatePerHour, Thresholds thresholds) {
        /** The draft that reproduces stored figures. */
        public static Plan of(PlanFigures figures) {
            if (figures == null || figures.isEmpty()) {
                return null;
            }
            return new Plan(plain(figures.budgetAtCompletion()), figures.currency(), iso(figures.baselineStart()),
                    iso(figures.baselineFinish()), plain(figures.costRatePerHour()),
                    Thresholds.of(figures.thresholds()));
        }
    }

    /** RAG thresholds as sent: all six bounds, as decimals like {@code 0.95}. */
    public record Thresholds(String spiAmber, String spiRed, String cpiAmber, String cpiRed,
                             String overdueShareAmber, String overdueShareRed) {
        public static Thresholds of(RagThresholds t) {
            return t == null ? null : new Thresholds(plain(t.spiAmber()), plain(t.spiRed()), plain(t.cpiAmber()),
                    plain(t.cpiRed()), plain(t.overdueShareAmber()), plain(t.overdueShareRed()));
        }
    }

    /** The draft that reproduces a stored portfolio's fields, e.g. to change one value of it. */
    public static PortfolioDraft of(PortfolioFields f) {
        return new PortfolioDraft(f.name(), f.description(), f.ownerKey(), f.colour(), Plan.of(f.defaults()),
                f.programs().stream().map(p -> new ProgramDraft(p.id(), p.name(), p.description(), p.ownerKey(),
                        Plan.of(p.defaults()), entries(p.projects()))).toList(),
                entries(f.projects()), f.categoryIds());
    }

    private static List<Entry> entries(List<ProjectEntry> entries) {
        return entries.stream().map(e -> new Entry(e.projectId(), Plan.of(e.plan()))).toList();
    }

    /**
     * Checks every field.
     *
     * @param people      to check owners and store them by user key
     * @param projectIds  the ids of the projects that exist
     * @param categoryIds the ids of the project categories that exist
     */
    public PortfolioFields validate(PeopleDirectory people, Set<Long> projectIds, Set<Long> categoryIds) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = required("name", name, NAME_MAX, errors);
        String cleanDescription = text("description", description, DESCRIPTION_MAX, errors);
        String owner = owner("ownerKey", ownerKey, people, errors);
        String cleanColour = colour(errors);
        PlanFigures portfolioDefaults = plan("defaults", defaults, errors);

        Set<Long> seenProjects = new HashSet<>();
        List<ProjectEntry> direct = List.of();
        List<Program> programList = new ArrayList<>();
        int explicit = (projects == null ? 0 : projects.size()) + (programs == null ? 0 : programs.stream()
                .mapToInt(p -> p == null || p.projects() == null ? 0 : p.projects().size()).sum());
        if (programs != null && programs.size() > PROGRAMS_MAX) {
            errors.add(new FieldError("programs", "at most " + PROGRAMS_MAX + " programs"));
        } else if (explicit > PROJECTS_MAX) {
            errors.add(new FieldError("projects", "at most " + PROJECTS_MAX
                    + " projects chosen one by one, directly and in programs together; add a category instead"));
        } else {
            direct = entries("projects", projects, projectIds, seenProjects, errors);
            Set<String> programNames = new HashSet<>();
            for (int i = 0; programs != null && i < programs.size(); i++) {
                Program program = program("programs[" + i + "]", programs.get(i), people, projectIds, seenProjects,
                        programNames, errors);
                if (program != null) {
                    programList.add(program);
                }
            }
        }
        List<Long> categories = categories(categoryIds, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PortfolioFields(cleanName, cleanDescription, owner, cleanColour, portfolioDefaults, programList,
                direct, categories);
    }

    private List<Long> categories(Set<Long> known, List<FieldError> errors) {
        if (categoryIds == null) {
            return List.of();
        }
        if (categoryIds.size() > CATEGORIES_MAX) {
            errors.add(new FieldError("categoryIds", "at most " + CATEGORIES_MAX + " categories"));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < categoryIds.size(); i++) {
            Long id = categoryIds.get(i);
            if (id == null || !known.contains(id)) {
                errors.add(new FieldError("categoryIds[" + i + "]", "no project category with id " + id));
            } else if (ids.contains(id)) {
                errors.add(new FieldError("categoryIds[" + i + "]", "category " + id + " is listed twice"));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Program program(String path, ProgramDraft draft, PeopleDirectory people, Set<Long> projectIds,
                                   Set<Long> seenProjects, Set<String> names, List<FieldError> errors) {
        if (draft == null) {
            errors.add(new FieldError(path, "is empty: give the program a name"));
            return null;
        }
        int before = errors.size();
        if (draft.id() != null && draft.id() < 0) {
            errors.add(new FieldError(path + ".id", "must be the id of one of this portfolio's programs"));
        }
        String cleanName = required(path + ".name", draft.name(), NAME_MAX, errors);
        if (cleanName != null && !names.add(cleanName.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(path + ".name", "another program of this portfolio has this name"));
        }
        String cleanDescription = text(path + ".description", draft.description(), DESCRIPTION_MAX, errors);
        String owner = owner(path + ".ownerKey", draft.ownerKey(), people, errors);
        PlanFigures programDefaults = plan(path + ".defaults", draft.defaults(), errors);
        List<ProjectEntry> entries = entries(path + ".projects", draft.projects(), projectIds, seenProjects, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Program(draft.id() == null ? 0 : draft.id(), cleanName, cleanDescription, owner, programDefaults,
                entries);
    }

    private static List<ProjectEntry> entries(String path, List<Entry> drafts, Set<Long> projectIds,
                                              Set<Long> seen, List<FieldError> errors) {
        if (drafts == null) {
            return List.of();
        }
        List<ProjectEntry> entries = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = path + "[" + i + "]";
            Entry entry = drafts.get(i);
            Long id = entry == null ? null : entry.projectId();
            PlanFigures plan = entry == null ? PlanFigures.NONE : plan(at + ".plan", entry.plan(), errors);
            if (id == null) {
                errors.add(new FieldError(at + ".projectId", "is required: the id of a Jira project"));
            } else if (!projectIds.contains(id)) {
                errors.add(new FieldError(at + ".projectId", "no project with id " + id));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(at + ".projectId",
                        "project " + id + " is already in this portfolio: a project sits in one place only"));
            } else if (plan != null) {
                entries.add(new ProjectEntry(id, plan));
            }
        }
        return entries;
    }

    private static PlanFigures plan(String path, Plan plan, List<FieldError> errors) {
        if (plan == null) {
            return PlanFigures.NONE;
        }
        int before = errors.size();
        BigDecimal bac = amount(path + ".budgetAtCompletion", plan.budgetAtCompletion(), errors);
        String currency = currency(path + ".currency", plan.currency(), errors);
        LocalDate start = date(path + ".baselineStart", plan.baselineStart(), errors);
        LocalDate finish = date(path + ".baselineFinish", plan.baselineFinish(), errors);
        if (start != null && finish != null && finish.isBefore(start)) {
            errors.add(new FieldError(path + ".baselineFinish", "must be on or after the baseline start"));
        }
        BigDecimal rate = amount(path + ".costRatePerHour", plan.costRatePerHour(), errors);
        RagThresholds thresholds = thresholds(path + ".thresholds", plan.thresholds(), errors);
        return errors.size() > before ? null : new PlanFigures(bac, currency, start, finish, rate, thresholds);
    }

    private static RagThresholds thresholds(String path, Thresholds t, List<FieldError> errors) {
        if (t == null) {
            return null;
        }
        int before = errors.size();
        BigDecimal spiAmber = ratio(path + ".spiAmber", t.spiAmber(), INDEX_MAX, errors);
        BigDecimal spiRed = ratio(path + ".spiRed", t.spiRed(), INDEX_MAX, errors);
        BigDecimal cpiAmber = ratio(path + ".cpiAmber", t.cpiAmber(), INDEX_MAX, errors);
        BigDecimal cpiRed = ratio(path + ".cpiRed", t.cpiRed(), INDEX_MAX, errors);
        BigDecimal overdueAmber = ratio(path + ".overdueShareAmber", t.overdueShareAmber(), BigDecimal.ONE, errors);
        BigDecimal overdueRed = ratio(path + ".overdueShareRed", t.overdueShareRed(), BigDecimal.ONE, errors);
        if (errors.size() > before) {
            return null;
        }
        if (spiRed.compareTo(spiAmber) > 0) {
            errors.add(new FieldError(path + ".spiRed", "must not be above the amber bound " + plain(spiAmber)));
        }
        if (cpiRed.compareTo(cpiAmber) > 0) {
            errors.add(new FieldError(path + ".cpiRed", "must not be above the amber bound " + plain(cpiAmber)));
        }
        if (overdueRed.compareTo(overdueAmber) < 0) {
            errors.add(new FieldError(path + ".overdueShareRed",
                    "must not be below the amber bound " + plain(overdueAmber)));
        }
        return errors.size() > before ? null
                : new RagThresholds(spiAmber, spiRed, cpiAmber, cpiRed, overdueAmber, overdueRed);
    }

    private static BigDecimal ratio(String field, String value, BigDecimal max, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            errors.add(new FieldError(field, "is required: give all six thresholds, or none"));
            return null;
        }
        Matcher ratio = RATIO.matcher(clean);
        if (clean.length() > 7 || !ratio.matches()) {
            errors.add(new FieldError(field, "must be a decimal like 0.95, with at most four decimals"));
            return null;
        }
        BigDecimal number = new BigDecimal(clean);
        if (number.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be between 0 and " + plain(max)));
            return null;
        }
        return canonicalRatio(number);
    }

    /** At least two decimals, at most four, so that 0.9 and 0.90 are one value and the defaults read as written. */
    static BigDecimal canonicalRatio(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()));
    }

    private static BigDecimal amount(String field, String value, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > 40) {
            errors.add(new FieldError(field, AMOUNT_FORM));
            return null;
        }
        return MoneyText.parse(field, clean, "must not be negative", errors);
    }

    private static String currency(String field, String value, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        String code = clean.length() == 3 ? clean.toUpperCase(Locale.ROOT) : clean;
        if (!CURRENCY.matcher(code).matches() || !isIso4217(code)) {
            errors.add(new FieldError(field, "must be an ISO 4217 currency code like EUR or USD"));
            return null;
        }
        return code;
    }

    private static boolean isIso4217(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        try {
            if (clean.length() != DATE_CHARS) {
                throw new DateTimeParseException("not yyyy-MM-dd", clean, 0);
            }
            LocalDate date = LocalDate.parse(clean);
            if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
                errors.add(new FieldError(field, "must be between " + EARLIEST_YEAR + " and " + LATEST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date like 2026-12-31"));
            return null;
        }
    }

    private String colour(List<FieldError> errors) {
        String clean = Text.clean(colour);
        if (clean == null) {
            return DEFAULT_COLOUR;
        }
        if (!COLOUR.matcher(clean).matches()) {
            errors.add(new FieldError("colour", "must be a colour like #0052cc"));
            return null;
        }
        return clean.toLowerCase(Locale.ROOT);
    }

    private static String owner(String field, String value, PeopleDirectory people, List<FieldError> errors) {
        String owner = line(field, value, OWNER_MAX, errors);
        if (owner == null) {
            return null;
        }
        Optional<Person> person = people.byKeyOrUsername(owner);
        if (person.isEmpty()) {
            errors.add(new FieldError(field, "no user with key or username '" + owner + "'"));
            return null;
        }
        return person.get().key();
    }

    private static String required(String field, String value, int max, List<FieldError> errors) {
        int before = errors.size();
        String clean = line(field, value, max, errors);
        if (clean == null && errors.size() == before) {
            errors.add(new FieldError(field, "is required"));
        }
        return clean;
    }

    /** A one-line field: a line break or tab there would be invisible in lists, so it is refused. */
    private static String line(String field, String value, int max, List<FieldError> errors) {
        int before = errors.size();
        String clean = text(field, value, max, errors);
        if (clean != null && errors.size() == before
                && clean.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            errors.add(new FieldError(field, "must be one line: remove line breaks and tabs"));
            return null;
        }
        return clean;
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean != null && clean.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        int forbidden = Text.forbiddenCodePoint(clean);
        if (forbidden >= 0) {
            errors.add(new FieldError(field, Text.forbiddenMessage(forbidden)));
            return null;
        }
        return clean;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
