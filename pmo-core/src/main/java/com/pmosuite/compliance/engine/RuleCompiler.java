package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link Rule} into a test of one issue's facts, once per scan: every value (dates, relative dates, numbers,
 * lists) is parsed here, so testing a fact parses nothing and allocates nothing.
 *
 * <p>Semantics are the ones the Jira adapter's query ({@code RuleJql}) flags: {@code EQUALS}, {@code IN},
 * {@code LESS_THAN} and {@code GREATER_THAN} never match an unset field; {@code NOT_EQUALS} and {@code NOT_IN} do, as
 * the words say ("assignee is not bob" holds for an unassigned issue; the JQL adds {@code OR field IS EMPTY} because
 * JQL's {@code !=} skips empty values); {@code IS_EMPTY} matches only an unset one. Dates compare by day: a date-time field
 * (created, updated, resolved) by its day in the engine's zone. A relative date ({@code -14d}, {@code 2w},
 * {@code +3d}) is that many days or weeks from the scan's day.
 */
public final class RuleCompiler {
    private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d{1,5})([dw])");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,18}(\\.\\d{1,10})?");
    private static final long UNSET = Long.MIN_VALUE;

    private final LocalDate today;
    private final ZoneId zone;
    private int clauses;

    private RuleCompiler(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    /**
     * The rule as a test of one issue's facts.
     *
     * @param today the scan's day, for relative dates
     * @param zone  the zone whose calendar gives a date-time field its day
     * @throws InvalidCheck when the rule is deeper or larger than {@link Rule} allows, has an empty and/or group, a
     *                      value the field cannot take, or an operator the field's kind does not take
     */
    public static Predicate<IssueFact> compile(Rule rule, LocalDate today, ZoneId zone) throws InvalidCheck {
        return new RuleCompiler(today, zone).part(rule, 1);
    }

    /** Whether a fact has the field set; fields Jira always sets (type, status, created…) are always set. */
    static Predicate<IssueFact> present(FactField field) {
        return switch (field) {
            case ISSUE_TYPE, HIERARCHY_LEVEL, STATUS_CATEGORY, CREATED, UPDATED -> fact -> true;
            case ASSIGNEE -> fact -> fact.assigneeKey() != null && !fact.assigneeKey().isBlank();
            case RESOLVED -> fact -> fact.resolved() != null;
            case START -> fact -> fact.start() != null;
            case DUE -> fact -> fact.due() != null;
            case STORY_POINTS -> fact -> fact.storyPoints() != null;
            case ORIGINAL_ESTIMATE -> fact -> fact.originalEstimateSeconds() != null;
            case REMAINING_ESTIMATE -> fact -> fact.remainingEstimateSeconds() != null;
            case TIME_SPENT -> fact -> fact.timeSpentSeconds() != null;
            case ACTUAL_COST -> fact -> fact.actualCost() != null;
            case SECURITY_LEVEL -> fact -> fact.securityLevelId() != null;
        };
    }

    /** @param depth how many and/or groups hold this part, itself included when it is one */
    private Predicate<IssueFact> part(Rule rule, int depth) throws InvalidCheck {
        return switch (rule) {
            case Rule.All all -> {
                Predicate<IssueFact>[] parts = parts(all.parts(), depth);
                yield fact -> {
                    for (Predicate<IssueFact> part : parts) {
                        if (!part.test(fact)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            case Rule.Any any -> {
                Predicate<IssueFact>[] parts = parts(any.parts(), depth);
                yield fact -> {
                    for (Predicate<IssueFact> part : parts) {
                        if (part.test(fact)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case Rule.Clause clause -> clause(clause);
        };
    }

    @SuppressWarnings("unchecked")
    private Predicate<IssueFact>[] parts(List<Rule> rules, int depth) throws InvalidCheck {
        // Depth counts and/or groups: four groups nested in each other may hold clauses.
        if (depth > Rule.MAX_DEPTH) {
            throw new InvalidCheck("the rule is nested more than " + Rule.MAX_DEPTH + " deep");
        }
        if (rules.isEmpty()) {
            throw new InvalidCheck("an and/or group needs at least one condition");
        }
        Predicate<IssueFact>[] parts = new Predicate[rules.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = part(rules.get(i), depth + 1);
        }
        return parts;
    }

    private Predicate<IssueFact> clause(Rule.Clause clause) throws InvalidCheck {
        if (++clauses > Rule.MAX_CLAUSES) {
            throw new InvalidCheck("the rule has more than " + Rule.MAX_CLAUSES + " conditions");
        }
        FactField field = clause.field();
        RuleOperator operator = clause.operator();
        if (operator == RuleOperator.IS_EMPTY) {
            return present(field).negate();
        }
        if (operator == RuleOperator.IS_NOT_EMPTY) {
            return present(field);
        }
        String value = clause.value();
        if (value == null || value.isBlank()) {
            throw new InvalidCheck(name(field) + " " + name(operator) + " needs a value");
        }
        if (value.length() > Rule.MAX_VALUE_LENGTH) {
            throw new InvalidCheck(name(field) + ": a value is at most " + Rule.MAX_VALUE_LENGTH + " characters");
        }
        return switch (field.kind()) {
            case ID -> idClause(field, operator, value.strip());
            case DATE -> dateClause(field, operator, value.strip());
            case NUMBER -> numberClause(field, operator, value.strip());
        };
    }

    private static Predicate<IssueFact> idClause(FactField field, RuleOperator operator, String value)
            throws InvalidCheck {
        List<String> values = switch (operator) {
            case EQUALS, NOT_EQUALS -> List.of(value);
            case IN, NOT_IN -> listOf(field, value);
            default -> throw new InvalidCheck(name(field) + " cannot be compared with " + name(operator));
        };
        Predicate<IssueFact> oneOf = oneOf(field, values);
        if (operator == RuleOperator.EQUALS || operator == RuleOperator.IN) {
            return oneOf;
        }
        return oneOf.negate();
    }

    private static List<String> listOf(FactField field, String value) throws InvalidCheck {
        List<String> values = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                values.add(item.strip());
            }
        }
        if (values.isEmpty()) {
            throw new InvalidCheck(name(field) + ": the list has no values");
        }
        return values;
    }

    /** Whether the field is set to one of the values; each kind of id compared without boxing or parsing. */
    private static Predicate<IssueFact> oneOf(FactField field, List<String> values) throws InvalidCheck {
        switch (field) {
            case ISSUE_TYPE -> {
                Set<String> ids = Set.copyOf(values);
                return fact -> ids.contains(fact.issueTypeId());
            }
            case ASSIGNEE -> {
                Set<String> keys = Set.copyOf(values);
                return fact -> fact.assigneeKey() != null && keys.contains(fact.assigneeKey());
            }
            case STATUS_CATEGORY -> {
                boolean[] wanted = new boolean[StatusCategory.values().length];
                for (String value : values) {
                    wanted[statusCategory(value).ordinal()] = true;
                }
                return fact -> wanted[fact.statusCategory().ordinal()];
            }
            case HIERARCHY_LEVEL -> {
                int[] levels = new int[values.size()];
                for (int i = 0; i < levels.length; i++) {
                    levels[i] = hierarchyLevel(values.get(i));
                }
                return fact -> {
                    int level = fact.hierarchyLevel();
                    for (int wanted : levels) {
                        if (wanted == level) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case SECURITY_LEVEL -> {
                long[] ids = new long[values.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = wholeNumber(field, values.get(i));
                }
                Arrays.sort(ids);
                return fact -> fact.securityLevelId() != null
                        && Arrays.binarySearch(ids, fact.securityLevelId()) >= 0;
            }
            default -> throw new IllegalStateException("not an id field: " + field);
        }
    }

    private Predicate<IssueFact> dateClause(FactField field, RuleOperator operator, String value)
            throws InvalidCheck {
        LocalDate day = date(field, value);
        long from;
        long to;
        ToLongFunction<IssueFact> reading;
        switch (field) {
            case START, DUE -> {
                from = day.toEpochDay();
                to = from + 1;
                reading = field == FactField.START
                        ? fact -> fact.start() == null ? UNSET : fact.start().toEpochDay()
                        : fact -> fact.due() == null ? UNSET : fact.due().toEpochDay();
            }
            default -> {
                // A date-time falls on the day when it is in [start of day, start of next day) in the zone.
                from = day.atStartOfDay(zone).toEpochSecond();
                to = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
                reading = switch (field) {
                    case CREATED -> fact -> fact.created().getEpochSecond();
                    case UPDATED -> fact -> fact.updated().getEpochSecond();
                    case RESOLVED -> fact -> fact.resolved() == null ? UNSET : fact.resolved().getEpochSecond();
                    default -> throw new IllegalStateException("not a date field: " + field);
                };
            }
        }
        return switch (operator) {
            case EQUALS -> fact -> {
                long v = reading.applyAsLong(fact);
                return v != UNSET && v >= from && v < to;
            };
            case NOT_EQUALS -> fact -> {
                long v = reading.applyAsLong(fact);
                return v == UNSET || v < from || v >= to;
            };
            case LESS_THAN -> fact -> {
                long v = reading.applyAsLong(fact);
                return v != UNSET && v < from;
            };
            case GREATER_THAN -> fact -> {
                long v = reading.applyAsLong(fact);
                return v != UNSET && v >= to;
            };
            default -> throw new InvalidCheck(name(field) + " cannot be compared with " + name(operator));
        };
    }

    private static Predicate<IssueFact> numberClause(FactField field, RuleOperator operator, String value)
            throws InvalidCheck {
        if (!NUMBER.matcher(value).matches()) {
            throw new InvalidCheck(name(field) + ": \"" + value + "\" is not a number (plain decimal notation)");
        }
        BigDecimal number = new BigDecimal(value);
        if (field == FactField.ACTUAL_COST) {
            // Money compares exactly, never through a binary fraction.
            return switch (operator) {
                case EQUALS -> fact -> fact.actualCost() != null && fact.actualCost().compareTo(number) == 0;
                case NOT_EQUALS -> fact -> fact.actualCost() == null || fact.actualCost().compareTo(number) != 0;
                case LESS_THAN -> fact -> fact.actualCost() != null && fact.actualCost().compareTo(number) < 0;
                case GREATER_THAN -> fact -> fact.actualCost() != null && fact.actualCost().compareTo(number) > 0;
                default -> throw new InvalidCheck(name(field) + " cannot be compared with " + name(operator));
            };
        }
        double wanted = number.doubleValue();
        Predicate<IssueFact> present = present(field);
        ToDoubleFunction<IssueFact> reading = switch (field) {
            case STORY_POINTS -> fact -> fact.storyPoints();
            case ORIGINAL_ESTIMATE -> fact -> fact.originalEstimateSeconds();
            case REMAINING_ESTIMATE -> fact -> fact.remainingEstimateSeconds();
            case TIME_SPENT -> fact -> fact.timeSpentSeconds();
            default -> throw new IllegalStateException("not a number field: " + field);
        };
        return switch (operator) {
            case EQUALS -> fact -> present.test(fact) && reading.applyAsDouble(fact) == wanted;
            case NOT_EQUALS -> fact -> !present.test(fact) || reading.applyAsDouble(fact) != wanted;
            case LESS_THAN -> fact -> present.test(fact) && reading.applyAsDouble(fact) < wanted;
            case GREATER_THAN -> fact -> present.test(fact) && reading.applyAsDouble(fact) > wanted;
            default -> throw new InvalidCheck(name(field) + " cannot be compared with " + name(operator));
        };
    }

    private LocalDate date(FactField field, String value) throws InvalidCheck {
        Matcher relative = RELATIVE.matcher(value);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(2)) * (relative.group(3).equals("w") ? 7 : 1);
            return today.plusDays(relative.group(1).equals("-") ? -amount : amount);
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                throw new InvalidCheck(name(field) + ": \"" + value + "\" is not a date");
            }
        }
        throw new InvalidCheck(name(field) + ": \"" + value
                + "\" is not a date (yyyy-MM-dd) or a relative date in days or weeks (-14d, 2w)");
    }

    private static StatusCategory statusCategory(String value) throws InvalidCheck {
        String wanted = value.strip();
        for (StatusCategory category : StatusCategory.values()) {
            if (category.name().equalsIgnoreCase(wanted) || category.jiraKey().equalsIgnoreCase(wanted)) {
                return category;
            }
        }
        throw new InvalidCheck("status category: \"" + value + "\" is none of TODO, IN_PROGRESS, DONE");
    }

    private static int hierarchyLevel(String value) throws InvalidCheck {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "sub-task":
                return IssueFact.SUB_TASK;
            case "standard":
                return IssueFact.STANDARD;
            case "epic":
                return IssueFact.EPIC;
            default:
                long level = wholeNumber(FactField.HIERARCHY_LEVEL, value);
                if (level < IssueFact.SUB_TASK || level > 100) {
                    throw new InvalidCheck("hierarchy level: " + value + " is no level");
                }
                return (int) level;
        }
    }

    private static long wholeNumber(FactField field, String value) throws InvalidCheck {
        String digits = value.strip();
        if (!digits.matches("-?\\d{1,18}")) {
            throw new InvalidCheck(name(field) + ": \"" + value + "\" is not an id");
        }
        return Long.parseLong(digits);
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
