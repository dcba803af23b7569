package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.MoneyText;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.Text;
import com.pmosuite.shared.ValidationFailed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A risk as typed by a person, sent in a REST body or read from a CSV row: raw values, not yet trusted.
 * Enumerations, dates and money arrive as text so that a bad value becomes a field error rather than a parse failure.
 * {@link #validate} turns it into {@link RiskFields} or reports every problem at once.
 */
public record RiskDraft(
        String title,
        String description,
        String category,
        String cause,
        String effect,
        String kind,
        Integer probability,
        Integer impact,
        String ownerKey,
        String status,
        String strategy,
        String responsePlan,
        String contingencyPlan,
        String trigger,
        String proximityDate,
        String lastReviewDate,
        String nextReviewDate,
        Integer residualProbability,
        Integer residualImpact,
        String costImpact,
        List<String> linkedIssueKeys) {

    public static final int TITLE_MAX = 255;
    public static final int SHORT_TEXT_MAX = 255;
    public static final int LONG_TEXT_MAX = 10_000;
    public static final int LINKED_ISSUES_MAX = 50;
    /** Largest cost a risk can carry: 13 integer digits, as stored. */
    public static final BigDecimal COST_MAX = MoneyText.MAX;
    /** The one form a cost is written in (see {@link MoneyText}). */
    static final String MONEY_FORM = MoneyText.FORM;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2999;

    /** The draft that reproduces existing fields, e.g. to edit one value of a stored risk. */
    public static RiskDraft of(RiskFields f) {
        return new RiskDraft(f.title(), f.description(), f.category(), f.cause(), f.effect(), Names.of(f.kind()),
                f.probability(), f.impact(), f.ownerKey(), Names.of(f.status()), Names.of(f.strategy()),
                f.responsePlan(), f.contingencyPlan(), f.trigger(), iso(f.proximityDate()), iso(f.lastReviewDate()),
                iso(f.nextReviewDate()), f.residualProbability(), f.residualImpact(),
                f.costImpact() == null ? null : f.costImpact().toPlainString(), f.linkedIssueKeys());
    }

    /**
     * Checks every field against the project's settings.
     *
     * @param today  the viewer's date, in their own time zone, for review dates that must not lie ahead
     * @param people to check that an owner is a known user
     */
    public RiskFields validate(RiskSettings settings, LocalDate today, PeopleDirectory people) {
        List<FieldError> errors = new ArrayList<>();
        RiskMatrix matrix = settings.matrix();

        String cleanTitle = line("title", title, TITLE_MAX, errors);
        if (cleanTitle == null && errors.stream().noneMatch(e -> e.field().equals("title"))) {
            errors.add(new FieldError("title", "Title is required"));
        }
        RiskKind riskKind = kind == null || kind.isBlank() ? RiskKind.THREAT : Names.parse(RiskKind.class, kind);
        if (riskKind == null) {
            errors.add(new FieldError("kind", "must be " + Names.choices(RiskKind.class)));
        }
        RiskStatus riskStatus = status == null || status.isBlank()
                ? RiskStatus.OPEN : Names.parse(RiskStatus.class, status);
        if (riskStatus == null) {
            errors.add(new FieldError("status", "must be " + Names.choices(RiskStatus.class)));
        }
        level("probability", probability, true, matrix, errors);
        level("impact", impact, true, matrix, errors);
        level("residualProbability", residualProbability, false, matrix, errors);
        level("residualImpact", residualImpact, false, matrix, errors);
        if ((residualProbability == null) != (residualImpact == null)) {
            errors.add(new FieldError(residualProbability == null ? "residualProbability" : "residualImpact",
                    "give residual probability and residual impact together, or neither"));
        }

        ResponseStrategy response = null;
        if (strategy != null && !strategy.isBlank()) {
            response = Names.parse(ResponseStrategy.class, strategy);
            if (response == null) {
                errors.add(new FieldError("strategy", "must be " + Names.choices(ResponseStrategy.class)));
            } else if (riskKind != null && !response.appliesTo(riskKind)) {
                errors.add(new FieldError("strategy", "'" + Names.of(response) + "' is not a response to "
                        + (riskKind == RiskKind.THREAT ? "a threat" : "an opportunity")));
            }
        }
        if (riskStatus == RiskStatus.RESPONDING && response == null
                && errors.stream().noneMatch(e -> e.field().equals("strategy"))) {
            errors.add(new FieldError("strategy", "choose a response strategy before marking the risk responding"));
        }

        String owner = line("ownerKey", ownerKey, SHORT_TEXT_MAX, errors);
        if (owner != null) {
            Optional<Person> person = people.byKeyOrUsername(owner);
            if (person.isEmpty()) {
                errors.add(new FieldError("ownerKey", "no user with key or username '" + owner + "'"));
            } else {
                owner = person.get().key();
            }
        }

        LocalDate proximity = date("proximityDate", proximityDate, errors);
        LocalDate lastReview = date("lastReviewDate", lastReviewDate, errors);
        LocalDate nextReview = date("nextReviewDate", nextReviewDate, errors);
        if (lastReview != null && lastReview.isAfter(today)) {
            errors.add(new FieldError("lastReviewDate", "cannot be in the future"));
        }
        if (lastReview != null && nextReview != null && nextReview.isBefore(lastReview)) {
            errors.add(new FieldError("nextReviewDate", "must be on or after the last review date"));
        }

        BigDecimal cost = money("costImpact", costImpact, errors);
        List<String> issueKeys = issueKeys(errors);

        RiskFields fields = null;
        if (errors.isEmpty()) {
            fields = new RiskFields(cleanTitle,
                    text("description", description, LONG_TEXT_MAX, errors),
                    line("category", category, SHORT_TEXT_MAX, errors),
                    text("cause", cause, LONG_TEXT_MAX, errors),
                    text("effect", effect, LONG_TEXT_MAX, errors),
                    riskKind, probability, impact, owner, riskStatus, response,
                    text("responsePlan", responsePlan, LONG_TEXT_MAX, errors),
                    text("contingencyPlan", contingencyPlan, LONG_TEXT_MAX, errors),
                    text("trigger", trigger, LONG_TEXT_MAX, errors),
                    proximity, lastReview, nextReview, residualProbability, residualImpact, cost, issueKeys);
        } else {
            // Still run the text checks so one response lists every problem.
            text("description", description, LONG_TEXT_MAX, errors);
            line("category", category, SHORT_TEXT_MAX, errors);
            text("cause", cause, LONG_TEXT_MAX, errors);
            text("effect", effect, LONG_TEXT_MAX, errors);
            text("responsePlan", responsePlan, LONG_TEXT_MAX, errors);
            text("contingencyPlan", contingencyPlan, LONG_TEXT_MAX, errors);
            text("trigger", trigger, LONG_TEXT_MAX, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return fields;
    }

    /**
     * A field shown on one line (a title, a category, a user): a line break or tab there would be invisible in the
     * list and break the CSV row a spreadsheet shows, so it is refused rather than silently joined.
     */
    private static String line(String field, String value, int max, List<FieldError> errors) {
        int before = errors.size();
        String clean = text(field, value, max, errors);
        if (clean != null && errors.size() == before && clean.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
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

    private static void level(String field, Integer value, boolean required, RiskMatrix matrix,
                              List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required (1 to " + matrix.size() + ")"));
            }
        } else if (!matrix.contains(value)) {
            errors.add(new FieldError(field, "must be between 1 and " + matrix.size()));
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        try {
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

    private static BigDecimal money(String field, String value, List<FieldError> errors) {
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        return MoneyText.parse(field, clean, "must not be negative (the risk's kind gives the sign)", errors);
    }

    private List<String> issueKeys(List<FieldError> errors) {
        if (linkedIssueKeys == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String raw : linkedIssueKeys) {
            String key = Text.clean(raw);
            if (key == null) {
                continue;
            }
            key = key.toUpperCase(Locale.ROOT);
            if (!ISSUE_KEY.matcher(key).matches()) {
                errors.add(new FieldError("linkedIssueKeys", "'" + raw.strip() + "' is not an issue key like ABC-123"));
            } else {
                keys.add(key);
            }
        }
        if (keys.size() > LINKED_ISSUES_MAX) {
            errors.add(new FieldError("linkedIssueKeys", "at most " + LINKED_ISSUES_MAX + " linked issues"));
        }
        return List.copyOf(keys);
    }

    /** Whether text is shaped like a Jira issue key (ABC-123), ignoring case and surrounding space. */
    public static boolean isIssueKey(String text) {
        return text != null && ISSUE_KEY.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
