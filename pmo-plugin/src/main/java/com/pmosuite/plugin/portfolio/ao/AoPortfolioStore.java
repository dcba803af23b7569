package com.pmosuite.plugin.portfolio.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioChanges;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.PortfolioStore;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link PortfolioStore} on Active Objects: a portfolio row, its program, chosen-project and category rows, written
 * together in one AO transaction with the audit entries. Concurrent saves of one version are refused by the unique
 * revision key ({@link PortfolioRevisionEntity}). No AO type leaves this class.
 */
public final class AoPortfolioStore implements PortfolioStore {
    static final String ID = "ID";
    static final String PORTFOLIO_ID = "PORTFOLIO_ID";
    static final String POSITION = "POSITION";
    private static final int MAX_CONFLICT_RETRIES = 10;

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    public AoPortfolioStore(ActiveObjects ao) {
        this.ao = ao;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public Portfolio create(PortfolioFields fields, String actorKey, Instant at) {
        return ao.executeInTransaction(() -> {
            PortfolioEntity row = ao.create(PortfolioEntity.class,
                    new DBParam("NAME", fields.name()),
                    new DBParam("COLOUR", fields.colour()),
                    new DBParam("VERSION", 1),
                    new DBParam("UPDATED_BY", actorKey),
                    new DBParam("UPDATED_AT", at.toEpochMilli()));
            apply(row, fields);
            row.save();
            claimRevision(row.getID(), 1);
            PortfolioFields stored = writeChildren(row.getID(), fields, Map.of());
            Portfolio created = new Portfolio(row.getID(), stored, 1, actorKey, millis(at));
            audit.appendOutsideProjects(List.of(PortfolioChanges.created(created, actorKey, millis(at))));
            return created;
        });
    }

    @Override
    public Optional<Portfolio> find(long id) {
        return load(id).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<Portfolio> all() {
        return assemble(Arrays.asList(ao.find(PortfolioEntity.class, Query.select().order(ID + " ASC"))));
    }

    @Override
    public Portfolio update(long id, int expectedVersion, PortfolioFields fields, String actorKey, Instant at) {
        return retryingConflicts(id, expectedVersion, () -> ao.executeInTransaction(() -> {
            PortfolioEntity row = current(id, expectedVersion);
            Portfolio before = assemble(List.of(row)).get(0);
            int version = expectedVersion + 1;
            // Writing the portfolio row first takes its lock: a concurrent writer waits here until this one commits,
            // then fails on the revision key, after the winner's state is visible.
            apply(row, fields);
            row.setVersion(version);
            row.setUpdatedBy(actorKey);
            row.setUpdatedAt(at.toEpochMilli());
            row.save();
            claimRevision(row.getID(), version);
            Map<Integer, ProgramEntity> programs = new HashMap<>();
            for (ProgramEntity program : programRows(List.of(row.getID()))) {
                programs.put(program.getID(), program);
            }
            ao.deleteWithSQL(PortfolioProjectEntity.class, PORTFOLIO_ID + " = ?", row.getID());
            ao.deleteWithSQL(PortfolioCategoryEntity.class, PORTFOLIO_ID + " = ?", row.getID());
            PortfolioFields stored = writeChildren(row.getID(), fields, programs);
            Portfolio saved = new Portfolio(row.getID(), stored, version, actorKey, millis(at));
            audit.appendOutsideProjects(PortfolioChanges.between(id, before.fields(), stored, version, actorKey,
                    millis(at)));
            return saved;
        }));
    }

    @Override
    public void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        int from = expectedVersion.orElseGet(() -> load(id).orElseThrow(() -> new NotFound("Portfolio " + id))
                .getVersion());
        retryingConflicts(id, from, () -> ao.executeInTransaction(() -> {
            PortfolioEntity row = current(id, from);
            row.setVersion(from + 1);
            row.save();
            claimRevision(row.getID(), from + 1);
            audit.appendOutsideProjects(List.of(PortfolioChanges.deleted(id, from + 1, row.getName(), actorKey,
                    millis(at))));
            ao.deleteWithSQL(PortfolioProjectEntity.class, PORTFOLIO_ID + " = ?", row.getID());
            ao.deleteWithSQL(PortfolioCategoryEntity.class, PORTFOLIO_ID + " = ?", row.getID());
            ao.deleteWithSQL(ProgramEntity.class, PORTFOLIO_ID + " = ?", row.getID());
            ao.delete(row);
            return null;
        }));
    }

    @Override
    public List<AuditEntry> history(long id) {
        return audit.entries(Portfolio.ENTITY_TYPE, id);
    }

    @Override
    public Membership membership() {
        Set<Long> projects = new HashSet<>();
        for (PortfolioProjectEntity row : ao.find(PortfolioProjectEntity.class, Query.select(ID + ", PROJECT_ID"))) {
            projects.add(row.getProjectId());
        }
        Set<Long> categories = new HashSet<>();
        for (PortfolioCategoryEntity row : ao.find(PortfolioCategoryEntity.class,
                Query.select(ID + ", CATEGORY_ID"))) {
            categories.add(row.getCategoryId());
        }
        return new Membership(projects, categories);
    }

    /**
     * Writes programs (updating the rows of those that keep their id, creating the others, deleting stored ones not
     * sent), chosen projects and categories; returns the fields with every program's id.
     */
    private PortfolioFields writeChildren(int portfolioId, PortfolioFields fields, Map<Integer, ProgramEntity> stored) {
        List<Program> programs = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        for (int i = 0; i < fields.programs().size(); i++) {
            Program program = fields.programs().get(i);
            ProgramEntity row = program.id() == 0 ? null : stored.get((int) program.id());
            if (row == null) {
                row = ao.create(ProgramEntity.class, new DBParam(PORTFOLIO_ID, portfolioId),
                        new DBParam("NAME", program.name()), new DBParam(POSITION, i));
            }
            kept.add(row.getID());
            row.setPosition(i);
            row.setName(program.name());
            row.setDescription(program.description());
            row.setOwnerKey(program.ownerKey());
            applyPlan(row, program.defaults());
            row.save();
            writeProjects(portfolioId, row.getID(), program.projects());
            programs.add(program.withId(row.getID()));
        }
        for (ProgramEntity row : stored.values()) {
            if (!kept.contains(row.getID())) {
                ao.delete(row);
            }
        }
        writeProjects(portfolioId, 0, fields.projects());
        for (int i = 0; i < fields.categoryIds().size(); i++) {
            ao.create(PortfolioCategoryEntity.class, new DBParam(PORTFOLIO_ID, portfolioId),
                    new DBParam("CATEGORY_ID", fields.categoryIds().get(i)), new DBParam(POSITION, i));
        }
        return fields.withPrograms(programs);
    }

    private void writeProjects(int portfolioId, int programId, List<ProjectEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            ProjectEntry entry = entries.get(i);
            List<DBParam> params = new ArrayList<>(List.of(new DBParam(PORTFOLIO_ID, portfolioId),
                    new DBParam("PROGRAM_ID", programId), new DBParam("PROJECT_ID", entry.projectId()),
                    new DBParam(POSITION, i)));
            params.addAll(planParams(entry.plan()));
            ao.create(PortfolioProjectEntity.class, params.toArray(DBParam[]::new));
        }
    }

    /** Portfolios with their children, read with one query per child table for all of them together. */
    private List<Portfolio> assemble(List<PortfolioEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(PortfolioEntity::getID).toList();
        Map<Integer, List<ProgramEntity>> programs = new HashMap<>();
        for (ProgramEntity row : programRows(ids)) {
            programs.computeIfAbsent(row.getPortfolioId(), k -> new ArrayList<>()).add(row);
        }
        Map<Integer, List<PortfolioProjectEntity>> projects = new HashMap<>();
        for (PortfolioProjectEntity row : ao.find(PortfolioProjectEntity.class, Query.select()
                .where(PORTFOLIO_ID + " IN (" + placeholders(ids) + ")", ids.toArray())
                .order(POSITION + " ASC, " + ID + " ASC"))) {
            projects.computeIfAbsent(row.getPortfolioId(), k -> new ArrayList<>()).add(row);
        }
        Map<Integer, List<Long>> categories = new HashMap<>();
        for (PortfolioCategoryEntity row : ao.find(PortfolioCategoryEntity.class, Query.select()
                .where(PORTFOLIO_ID + " IN (" + placeholders(ids) + ")", ids.toArray())
                .order(POSITION + " ASC, " + ID + " ASC"))) {
            categories.computeIfAbsent(row.getPortfolioId(), k -> new ArrayList<>()).add(row.getCategoryId());
        }
        List<Portfolio> portfolios = new ArrayList<>();
        for (PortfolioEntity row : rows) {
            List<PortfolioProjectEntity> chosen = projects.getOrDefault(row.getID(), List.of());
            List<Program> programList = programs.getOrDefault(row.getID(), List.of()).stream()
                    .map(p -> new Program(p.getID(), p.getName(), p.getDescription(), p.getOwnerKey(), plan(p),
                            entries(chosen, p.getID())))
                    .toList();
            PortfolioFields fields = new PortfolioFields(row.getName(), row.getDescription(), row.getOwnerKey(),
                    row.getColour(), plan(row), programList, entries(chosen, 0),
                    categories.getOrDefault(row.getID(), List.of()));
            portfolios.add(new Portfolio(row.getID(), fields, row.getVersion(), row.getUpdatedBy(),
                    Instant.ofEpochMilli(row.getUpdatedAt())));
        }
        return portfolios;
    }

    private List<ProgramEntity> programRows(Collection<Integer> portfolioIds) {
        return Arrays.asList(ao.find(ProgramEntity.class, Query.select()
                .where(PORTFOLIO_ID + " IN (" + placeholders(portfolioIds) + ")", portfolioIds.toArray())
                .order(POSITION + " ASC, " + ID + " ASC")));
    }

    private static List<ProjectEntry> entries(List<PortfolioProjectEntity> rows, int programId) {
        return rows.stream().filter(r -> r.getProgramId() == programId)
                .map(r -> new ProjectEntry(r.getProjectId(), plan(r))).toList();
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private Optional<PortfolioEntity> load(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        PortfolioEntity[] rows = ao.find(PortfolioEntity.class, Query.select().where(ID + " = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private PortfolioEntity current(long id, int expectedVersion) {
        PortfolioEntity row = load(id).orElseThrow(() -> new NotFound("Portfolio " + id));
        if (row.getVersion() != expectedVersion) {
            throw new StaleVersion("Portfolio " + id, expectedVersion, assemble(List.of(row)).get(0));
        }
        return row;
    }

    private void claimRevision(int portfolioId, int version) {
        ao.create(PortfolioRevisionEntity.class,
                new DBParam("REVISION_KEY", portfolioId + ":" + version),
                new DBParam(PORTFOLIO_ID, portfolioId),
                new DBParam("VERSION", version));
    }

    /** A versioned write, with conflicts turned into 409s or retried: see {@link AoErrors#retryingVersionConflicts}. */
    private <T> T retryingConflicts(long id, int expectedVersion, Supplier<T> write) {
        return AoErrors.retryingVersionConflicts("Portfolio " + id, expectedVersion, MAX_CONFLICT_RETRIES, write,
                () -> find(id), Portfolio::version);
    }

    private static void apply(PortfolioEntity row, PortfolioFields fields) {
        row.setName(fields.name());
        row.setDescription(fields.description());
        row.setOwnerKey(fields.ownerKey());
        row.setColour(fields.colour());
        applyPlan(row, fields.defaults());
    }

    private static void applyPlan(PlanColumns row, PlanFigures plan) {
        row.setBacCents(cents(plan.budgetAtCompletion()));
        row.setCurrency(plan.currency());
        row.setBaselineStart(iso(plan.baselineStart()));
        row.setBaselineFinish(iso(plan.baselineFinish()));
        row.setCostRateCents(cents(plan.costRatePerHour()));
        RagThresholds t = plan.thresholds();
        row.setSpiAmber(t == null ? null : t.spiAmber().toPlainString());
        row.setSpiRed(t == null ? null : t.spiRed().toPlainString());
        row.setCpiAmber(t == null ? null : t.cpiAmber().toPlainString());
        row.setCpiRed(t == null ? null : t.cpiRed().toPlainString());
        row.setOverdueAmber(t == null ? null : t.overdueShareAmber().toPlainString());
        row.setOverdueRed(t == null ? null : t.overdueShareRed().toPlainString());
    }

    /** The plan columns as create parameters; absent values stay NULL rather than being sent as typed nulls. */
    private static List<DBParam> planParams(PlanFigures plan) {
        List<DBParam> params = new ArrayList<>();
        add(params, "BAC_CENTS", cents(plan.budgetAtCompletion()));
        add(params, "CURRENCY", plan.currency());
        add(params, "BASELINE_START", iso(plan.baselineStart()));
        add(params, "BASELINE_FINISH", iso(plan.baselineFinish()));
        add(params, "COST_RATE_CENTS", cents(plan.costRatePerHour()));
        RagThresholds t = plan.thresholds();
        if (t != null) {
            add(params, "SPI_AMBER", t.spiAmber().toPlainString());
            add(params, "SPI_RED", t.spiRed().toPlainString());
            add(params, "CPI_AMBER", t.cpiAmber().toPlainString());
            add(params, "CPI_RED", t.cpiRed().toPlainString());
            add(params, "OVERDUE_AMBER", t.overdueShareAmber().toPlainString());
            add(params, "OVERDUE_RED", t.overdueShareRed().toPlainString());
        }
        return params;
    }

    private static void add(List<DBParam> params, String column, Object value) {
        if (value != null) {
            params.add(new DBParam(column, value));
        }
    }

    private static PlanFigures plan(PlanColumns row) {
        RagThresholds thresholds = row.getSpiAmber() == null ? null : new RagThresholds(
                new BigDecimal(row.getSpiAmber()), new BigDecimal(row.getSpiRed()),
                new BigDecimal(row.getCpiAmber()), new BigDecimal(row.getCpiRed()),
                new BigDecimal(row.getOverdueAmber()), new BigDecimal(row.getOverdueRed()));
        return new PlanFigures(amount(row.getBacCents()), row.getCurrency(), date(row.getBaselineStart()),
                date(row.getBaselineFinish()), amount(row.getCostRateCents()), thresholds);
    }

    private static Long cents(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).longValueExact();
    }

    private static BigDecimal amount(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant millis(Instant at) {
        return Instant.ofEpochMilli(at.toEpochMilli());
    }
}
