package com.pmosuite.risk.imports;

import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.RiskCsv;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.shared.Csv;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.WholeNumbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A first mapping for a file, for a person to check and edit: our own export's header maps onto itself; other
 * headers by common register column names; levels on a smaller scale spread linearly over the project's (1-3 onto
 * 1-5 gives 1, 3, 5); status, kind and strategy words we recognise onto ours; and for each date column the formats
 * its sampled values fit. A date format is chosen only when exactly one fits: {@code 03/04/2026} is left to the
 * person.
 */
public record MappingSuggestion(ImportMapping mapping, boolean ownExport, Map<String, List<String>> dateFormats,
                                Map<String, List<String>> sampleValues) {
    /** The date formats offered, most common first. */
    public static final List<String> DATE_FORMATS = List.of("yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy",
            "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "d/M/yyyy", "M/d/yyyy", "yyyy.MM.dd");
    /** How many rows are sampled for values and date formats. */
    static final int SAMPLE_ROWS = 200;
    /** How many distinct values per column are offered for a value map. */
    static final int MAX_DISTINCT = 50;

    private static final Map<String, ImportField> HEADER_WORDS = headerWords();

    public static MappingSuggestion suggest(ImportTable table, RiskSettings settings) {
        boolean own = isOwnFormat(table.header());
        List<ColumnMapping> columns = new ArrayList<>();
        Set<ImportField> taken = new LinkedHashSet<>();
        Map<String, List<String>> dateFormats = new LinkedHashMap<>();
        Map<String, List<String>> samples = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            List<String> distinct = distinct(table, i);
            ImportField field = own ? ImportField.named(name).orElse(null) : byHeader(name);
            if (field == null || !taken.add(field)) {
                continue;
            }
            samples.put(name, distinct);
            ColumnMapping column = ColumnMapping.of(field, name);
            switch (field.kind()) {
                case DATE -> {
                    List<String> fitting = own ? List.of("yyyy-MM-dd") : fittingFormats(distinct);
                    dateFormats.put(name, fitting);
                    column = column.withDateFormat(fitting.size() == 1 ? fitting.get(0) : null);
                }
                case LEVEL -> column = own ? column : column.withValues(levels(distinct, settings.matrix().size()));
                case CHOICE -> column = own ? column : column.withValues(words(field, distinct,
                        table.header().stream().anyMatch(h -> byHeader(h) == ImportField.STRATEGY)));
                default -> {
                }
            }
            columns.add(column);
        }
        // Many registers have no title, only a description: it becomes the title, which a person can change.
        if (!taken.contains(ImportField.TITLE)) {
            columns.replaceAll(c -> c.field().equals(ImportField.DESCRIPTION.wireName())
                    ? new ColumnMapping(ImportField.TITLE.wireName(), c.column(), c.values(), c.dateFormat()) : c);
        }
        return new MappingSuggestion(new ImportMapping(columns), own && isOwnExport(table.header()), dateFormats,
                samples);
    }

    /**
     * Our own format: every column named exactly as one of our export's (case included: a spreadsheet's
     * "Probability" on its own scale is not our "probability"). Its columns map onto themselves, values as they are.
     */
    static boolean isOwnFormat(List<String> header) {
        return !header.isEmpty() && RiskCsv.columnNames().containsAll(header);
    }

    /** Our export's header: our own format with id and version, so its rows update their risks. */
    static boolean isOwnExport(List<String> header) {
        Set<String> ours = new LinkedHashSet<>();
        RiskCsv.columnNames().forEach(n -> ours.add(n.toLowerCase(Locale.ROOT)));
        Set<String> given = new LinkedHashSet<>();
        header.forEach(h -> given.add(h.toLowerCase(Locale.ROOT)));
        return given.contains("id") && given.contains("version") && given.contains("title") && ours.containsAll(given);
    }

    private static ImportField byHeader(String name) {
        String word = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return HEADER_WORDS.get(word);
    }

    private static Map<String, ImportField> headerWords() {
        Map<String, ImportField> words = new LinkedHashMap<>();
        // Our own field names first; a foreign "id" is not ours, so ID and VERSION are matched only in our export.
        for (ImportField field : ImportField.values()) {
            if (field.kind() != ImportField.Kind.ID) {
                words.put(field.wireName().toLowerCase(Locale.ROOT), field);
            }
        }
        put(words, ImportField.TITLE, "name", "riskname", "risktitle", "summary", "risk", "shortdescription");
        put(words, ImportField.DESCRIPTION, "riskdescription", "details", "riskdetails", "descriptionofrisk");
        put(words, ImportField.CATEGORY, "riskcategory", "type", "risktype", "area", "riskarea");
        put(words, ImportField.CAUSE, "causes", "source", "risksource", "rootcause");
        put(words, ImportField.EFFECT, "effects", "consequence", "consequences", "riskeffect");
        put(words, ImportField.KIND, "threatoropportunity", "riskkind", "nature");
        put(words, ImportField.PROBABILITY, "likelihood", "prob", "probabilityscore", "likelihoodscore",
                "probabilityrating", "likelihoodrating");
        put(words, ImportField.IMPACT, "impactscore", "impactrating", "severityofimpact", "consequencerating");
        put(words, ImportField.OWNER_KEY, "owner", "riskowner", "responsible", "assignee", "owneruser");
        put(words, ImportField.STATUS, "riskstatus", "state", "currentstatus");
        put(words, ImportField.STRATEGY, "responsestrategy", "response", "responsetype", "treatment",
                "treatmentstrategy", "riskresponse");
        put(words, ImportField.RESPONSE_PLAN, "mitigation", "mitigationplan", "mitigationaction",
                "mitigationactions", "actionplan", "actions", "responseactions", "plannedresponse");
        put(words, ImportField.CONTINGENCY_PLAN, "contingency", "contingencyaction", "fallbackplan");
        put(words, ImportField.TRIGGER, "triggers", "triggerevent", "warningsigns");
        put(words, ImportField.PROXIMITY_DATE, "proximity", "duedate", "targetdate", "expecteddate");
        put(words, ImportField.LAST_REVIEW_DATE, "lastreview", "lastreviewed", "datereviewed", "reviewdate");
        put(words, ImportField.NEXT_REVIEW_DATE, "nextreview", "reviewby", "nextreviewdue");
        put(words, ImportField.RESIDUAL_PROBABILITY, "residuallikelihood");
        put(words, ImportField.COST_IMPACT, "cost", "costimpact", "financialimpact", "estimatedcost");
        put(words, ImportField.LINKED_ISSUE_KEYS, "linkedissues", "issues", "jiraissues", "issuekeys");
        return words;
    }

    private static void put(Map<String, ImportField> words, ImportField field, String... names) {
        for (String name : names) {
            words.putIfAbsent(name, field);
        }
    }

    private static List<String> distinct(ImportTable table, int column) {
        Set<String> values = new LinkedHashSet<>();
        for (Csv.Row row : table.rows().subList(0, Math.min(SAMPLE_ROWS, table.rows().size()))) {
            if (column < row.cells().size() && !row.cells().get(column).isBlank()) {
                values.add(row.cells().get(column).strip());
                if (values.size() >= MAX_DISTINCT) {
                    break;
                }
            }
        }
        return List.copyOf(values);
    }

    /** Every offered format all sampled values parse with. */
    static List<String> fittingFormats(List<String> values) {
        List<String> fitting = new ArrayList<>();
        for (String format : DATE_FORMATS) {
            DateTimeFormatter parser = DateTimeFormatter.ofPattern(format.replace('y', 'u'), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
            boolean all = !values.isEmpty();
            for (String value : values) {
                try {
                    LocalDate.parse(value, parser);
                } catch (DateTimeParseException e) {
                    all = false;
                    break;
                }
            }
            if (all) {
                fitting.add(format);
            }
        }
        // d/M/yyyy also reads 01/02/2026; when the two-digit form fits, the one-digit one adds nothing to choose.
        if (fitting.contains("dd/MM/yyyy")) {
            fitting.remove("d/M/yyyy");
        }
        if (fitting.contains("MM/dd/yyyy")) {
            fitting.remove("M/d/yyyy");
        }
        return fitting;
    }

    /**
     * Levels on a smaller scale (every sampled value a whole number from 1 up to 3 or 4, below the project's size)
     * spread linearly over the project's scale; words such as low, medium, high likewise.
     */
    static Map<String, String> levels(List<String> values, int size) {
        Map<String, String> map = new LinkedHashMap<>();
        int highest = 0;
        boolean numbers = !values.isEmpty();
        for (String value : values) {
            OptionalInt level = WholeNumbers.parseInt(value);
            numbers &= level.isPresent() && level.getAsInt() >= 1;
            highest = Math.max(highest, level.orElse(0));
        }
        // Only a 3- or 4-point scale is recognised: a sample of 1s and 2s says nothing about the scale it is on.
        if (numbers && (highest == 3 || highest == 4) && highest < size) {
            int from = highest;
            for (int level = 1; level <= from; level++) {
                map.put(String.valueOf(level), String.valueOf(spread(level, from, size)));
            }
            return map;
        }
        // The first word scale that holds every sampled word: "low, medium, high" is a 3-point scale of its own.
        List<List<String>> scales = List.of(
                List.of("low", "medium", "high"),
                List.of("very low", "low", "medium", "high", "very high"),
                List.of("rare", "unlikely", "possible", "likely", "almost certain"),
                List.of("insignificant", "minor", "moderate", "major", "severe"));
        for (List<String> scale : scales) {
            if (!values.isEmpty() && values.stream().allMatch(v -> scale.contains(v.strip().toLowerCase(Locale.ROOT)))) {
                for (String value : values) {
                    int at = scale.indexOf(value.strip().toLowerCase(Locale.ROOT));
                    map.put(value, String.valueOf(spread(at + 1, scale.size(), size)));
                }
                break;
            }
        }
        return map;
    }

    /** Level {@code level} of 1..{@code from} at the same relative place on 1..{@code to}, rounded half up. */
    static int spread(int level, int from, int to) {
        if (from <= 1) {
            return 1;
        }
        return BigDecimal.valueOf((long) (level - 1) * (to - 1)).divide(BigDecimal.valueOf(from - 1), 0,
                RoundingMode.HALF_UP).intValue() + 1;
    }

    /**
     * Our words for the source's. "Responding" needs a response strategy, so words like "mitigating" map onto it
     * only when the file has a strategy column; otherwise onto open, or every such row would be refused.
     */
    private static Map<String, String> words(ImportField field, List<String> values, boolean hasStrategy) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String value : values) {
            String word = value.strip().toLowerCase(Locale.ROOT);
            String ours = switch (field) {
                case STATUS -> Names.parse(RiskStatus.class, word) != null ? null : switch (word) {
                    case "new", "active", "identified", "raised", "live", "escalated" -> Names.of(RiskStatus.OPEN);
                    case "in progress", "mitigating", "mitigation in progress", "treating", "actioned",
                         "in treatment" -> Names.of(hasStrategy ? RiskStatus.RESPONDING : RiskStatus.OPEN);
                    case "watch", "watching", "monitor", "monitored", "on watch" -> Names.of(RiskStatus.MONITORING);
                    case "realised", "realized", "happened", "issue", "materialised", "materialized" ->
                            Names.of(RiskStatus.OCCURRED);
                    case "retired", "done", "resolved", "inactive", "no longer relevant", "expired" ->
                            Names.of(RiskStatus.CLOSED);
                    default -> null;
                };
                case KIND -> Names.parse(RiskKind.class, word) != null ? null : switch (word) {
                    case "risk", "negative", "downside", "threats" -> Names.of(RiskKind.THREAT);
                    case "positive", "upside", "opportunities" -> Names.of(RiskKind.OPPORTUNITY);
                    default -> null;
                };
                case STRATEGY -> Names.parse(ResponseStrategy.class, word) != null ? null : switch (word) {
                    case "reduce", "mitigation", "treat", "control" -> Names.of(ResponseStrategy.MITIGATE);
                    case "retain", "tolerate", "accepted", "acceptance" -> Names.of(ResponseStrategy.ACCEPT);
                    case "avoidance", "terminate" -> Names.of(ResponseStrategy.AVOID);
                    case "transference", "insure", "outsource" -> Names.of(ResponseStrategy.TRANSFER);
                    default -> null;
                };
                default -> null;
            };
            if (ours != null) {
                map.put(value, ours);
            }
        }
        return map;
    }
}
