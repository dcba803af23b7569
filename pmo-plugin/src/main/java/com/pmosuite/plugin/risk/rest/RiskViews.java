package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PageJson;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskHeatMap;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskMerge;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.ScoreRange;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns domain risks into their JSON views, adding names of people and the numbers the settings give. */
public final class RiskViews {
    private final RiskRegister register;
    private final PeopleDirectory people;

    public RiskViews(RiskRegister register, PeopleDirectory people) {
        this.register = register;
        this.people = people;
    }

    /** The risk as the current user may see it: links to issues they cannot see are left out. */
    public RiskJson json(Risk risk) {
        return view(register.shown(risk), register.settings(risk.projectKey()));
    }

    /** A page of one project's risks as the current user may see them, with one look-up of all their links. */
    public PageJson<RiskJson> page(Page<Risk> risks, RiskSettings settings) {
        List<Risk> shown = register.shown(risks.items());
        return new PageJson<>(shown.stream().map(risk -> view(risk, settings)).toList(), risks.offset(), risks.limit(),
                risks.total());
    }

    /**
     * A page of one project's risks as {@link #page(Page, RiskSettings)}, saying which currency their money is in
     * ({@code null}: none known).
     */
    public RiskPageJson page(Page<Risk> risks, RiskSettings settings, String currency) {
        PageJson<RiskJson> page = page(risks, settings);
        return new RiskPageJson(page.items(), page.offset(), page.limit(), page.total(), currency);
    }

    private RiskJson view(Risk risk, RiskSettings settings) {
        RiskFields f = risk.fields();
        RiskAssessment a = register.assess(risk, settings);
        return new RiskJson(risk.id(), risk.projectKey(), f.title(), f.description(), f.category(), f.cause(),
                f.effect(), Names.of(f.kind()), f.probability(), f.impact(), a.score(), Names.of(a.severity()),
                f.ownerKey(), nameOf(f.ownerKey()), Names.of(f.status()), Names.of(f.strategy()), f.responsePlan(),
                f.contingencyPlan(), f.trigger(), string(f.proximityDate()), string(f.lastReviewDate()),
                string(f.nextReviewDate()), a.reviewOverdue(), f.residualProbability(), f.residualImpact(),
                a.residualScore(), Names.of(a.residualSeverity()), money(f.costImpact()),
                money(a.expectedMonetaryValue()), money(a.residualExpectedMonetaryValue()), f.linkedIssueKeys(),
                risk.createdBy(), nameOf(risk.createdBy()), string(risk.createdAt()), risk.updatedBy(),
                nameOf(risk.updatedBy()), string(risk.updatedAt()),
                risk.version());
    }

    public String nameOf(String userKey) {
        return people.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    /** One history line with the actor's name. */
    public record HistoryJson(int version, String actorKey, String actorName, String at, String field,
                              String oldValue, String newValue) implements JsonBody {
    }

    public List<HistoryJson> history(List<RiskHistoryEntry> entries) {
        return auditHistory(entries.stream().map(RiskHistoryEntry::toAuditEntry).toList());
    }

    /** Any record's audit history in the same shape as a risk's. */
    public List<HistoryJson> auditHistory(List<AuditEntry> entries) {
        return entries.stream().map(e -> new HistoryJson(e.version(), e.actorKey(), nameOf(e.actorKey()),
                e.at().toString(), e.field(), e.oldValue(), e.newValue())).toList();
    }

    /**
     * The 409 of a save based on an old version, with the sender's change merged onto the risk as the current user
     * sees it.
     *
     * @param current the stored risk, as the store answered the stale save
     * @param sent    the version the sender read
     * @param mine    the sent fields, validated; {@code null} when they no longer are
     */
    public RiskConflictJson conflict(String message, Risk current, int sent, RiskFields mine) {
        Risk theirs = register.shown(current);
        Optional<RiskFields> base = RiskMerge.fieldsAt(theirs.fields(), theirs.version(),
                register.history(current.id()), sent);
        RiskBody baseBody = base.map(fields -> body(fields, sent)).orElse(null);
        if (mine == null) {
            return new RiskConflictJson(409, message, json(current), baseBody, null, null);
        }
        RiskMerge merge = base.map(fields -> RiskMerge.of(fields, mine, theirs.fields()))
                .orElseGet(() -> RiskMerge.withoutBase(mine, theirs.fields()));
        Map<String, Object> yours = wireValues(body(mine, sent));
        Map<String, Object> now = wireValues(body(theirs.fields(), theirs.version()));
        Map<String, Object> was = baseBody == null ? Map.of() : wireValues(baseBody);
        List<RiskConflictJson.FieldConflictJson> conflicts = merge.conflicts().stream()
                .map(field -> new RiskConflictJson.FieldConflictJson(field,
                        RiskConflictJson.FieldValueJson.of(yours.get(field)),
                        RiskConflictJson.FieldValueJson.of(now.get(field)),
                        RiskConflictJson.FieldValueJson.of(was.get(field))))
                .toList();
        return new RiskConflictJson(409, message, json(current), baseBody,
                body(merge.merged(), theirs.version()), conflicts);
    }

    private static RiskBody body(RiskFields fields, int version) {
        RiskDraft d = RiskDraft.of(fields);
        return new RiskBody(d.title(), d.description(), d.category(), d.cause(), d.effect(), d.kind(),
                d.probability(), d.impact(), d.ownerKey(), d.status(), d.strategy(), d.responsePlan(),
                d.contingencyPlan(), d.trigger(), d.proximityDate(), d.lastReviewDate(), d.nextReviewDate(),
                d.residualProbability(), d.residualImpact(), d.costImpact(), d.linkedIssueKeys(), version);
    }

    /** A body's values by field name, as they are written in it (numbers, text, lists); absent ones as null. */
    private static Map<String, Object> wireValues(RiskBody b) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", b.title());
        values.put("description", b.description());
        values.put("category", b.category());
        values.put("cause", b.cause());
        values.put("effect", b.effect());
        values.put("kind", b.kind());
        values.put("probability", b.probability());
        values.put("impact", b.impact());
        values.put("ownerKey", b.ownerKey());
        values.put("status", b.status());
        values.put("strategy", b.strategy());
        values.put("responsePlan", b.responsePlan());
        values.put("contingencyPlan", b.contingencyPlan());
        values.put("trigger", b.trigger());
        values.put("proximityDate", b.proximityDate());
        values.put("lastReviewDate", b.lastReviewDate());
        values.put("nextReviewDate", b.nextReviewDate());
        values.put("residualProbability", b.residualProbability());
        values.put("residualImpact", b.residualImpact());
        values.put("costImpact", b.costImpact());
        values.put("linkedIssueKeys", b.linkedIssueKeys());
        return values;
    }

    /** A heat map with its severity bands, so a client can colour and label it. */
    public record HeatMapJson(int size, BandsJson bands, List<CellJson> inherent, List<CellJson> residual)
            implements JsonBody {
    }

    /** The severity thresholds. */
    public record BandsJson(int mediumFrom, int highFrom, int criticalFrom) implements JsonBody {
    }

    /** One cell of a heat map. */
    public record CellJson(int probability, int impact, int score, int count, String severity)
            implements JsonBody {
    }

    public HeatMapJson heatMap(RiskHeatMap map, RiskSettings settings) {
        return new HeatMapJson(map.size(), bands(settings), cells(map.inherent()), cells(map.residual()));
    }

    /**
     * A project's scale and thresholds, with the version a change must send back (0 while the project uses the
     * defaults). A change is sent as a {@link RiskSettingsBody}.
     */
    public record SettingsJson(int scale, int mediumFrom, int highFrom, int criticalFrom, Integer version)
            implements JsonBody {
    }

    public SettingsJson settings(VersionedRiskSettings versioned) {
        RiskSettings settings = versioned.settings();
        return new SettingsJson(settings.matrix().size(), settings.bands().mediumFrom(),
                settings.bands().highFrom(), settings.bands().criticalFrom(), versioned.version());
    }

    /**
     * Settings not yet saved, as the heat maps would draw them: the thresholds, the scale's defaults, the score
     * range of each severity and every cell of the matrix with its severity.
     */
    public record SettingsPreviewJson(int scale, int mediumFrom, int highFrom, int criticalFrom, BandsJson defaults,
                                      List<ScoreRangeJson> bands, List<PreviewCellJson> cells) implements JsonBody {
    }

    /** The scores, {@code from} to {@code to} inclusive, that a severity covers. */
    public record ScoreRangeJson(String severity, int from, int to) implements JsonBody {
    }

    /** One cell of a previewed matrix: a heat-map cell without a count. */
    public record PreviewCellJson(int probability, int impact, int score, String severity) implements JsonBody {
    }

    public SettingsPreviewJson preview(RiskSettings settings) {
        RiskMatrix matrix = settings.matrix();
        SeverityBands bands = settings.bands();
        List<ScoreRangeJson> ranges = Arrays.stream(Severity.values()).map(severity -> {
            ScoreRange range = bands.rangeOf(severity, matrix);
            return new ScoreRangeJson(Names.of(severity), range.min(), range.max());
        }).toList();
        List<PreviewCellJson> cells = RiskHeatMap.empty(settings).inherent().stream()
                .map(c -> new PreviewCellJson(c.probability(), c.impact(), c.probability() * c.impact(),
                        Names.of(c.severity()))).toList();
        SeverityBands defaults = SeverityBands.defaultsFor(matrix);
        return new SettingsPreviewJson(matrix.size(), bands.mediumFrom(), bands.highFrom(), bands.criticalFrom(),
                new BandsJson(defaults.mediumFrom(), defaults.highFrom(), defaults.criticalFrom()), ranges, cells);
    }

    private static BandsJson bands(RiskSettings settings) {
        return new BandsJson(settings.bands().mediumFrom(), settings.bands().highFrom(),
                settings.bands().criticalFrom());
    }

    private static List<CellJson> cells(List<RiskHeatMap.Cell> cells) {
        return cells.stream().map(c -> new CellJson(c.probability(), c.impact(), c.probability() * c.impact(),
                c.count(), Names.of(c.severity()))).toList();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
