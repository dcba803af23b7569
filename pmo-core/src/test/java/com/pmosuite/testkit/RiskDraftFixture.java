package com.pmosuite.testkit;

import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.shared.Names;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Builds risk drafts for tests: {@code aThreat().withProbability(4).withImpact(5).build()}. Unless a test says
 * otherwise a draft is valid on the default 5x5 matrix: a threat of probability 3 and impact 4 owned by Alice,
 * with every optional field left empty.
 */
public final class RiskDraftFixture {
    private String title;
    private String description;
    private String category;
    private String cause;
    private String effect;
    private String kind;
    private Integer probability = 3;
    private Integer impact = 4;
    private String ownerKey = InMemoryPeople.ALICE.key();
    private String status;
    private String strategy;
    private String responsePlan;
    private String contingencyPlan;
    private String trigger;
    private String proximityDate;
    private String lastReviewDate;
    private String nextReviewDate;
    private Integer residualProbability;
    private Integer residualImpact;
    private String costImpact;
    private List<String> linkedIssueKeys = List.of();

    private RiskDraftFixture(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public static RiskDraftFixture aThreat() {
        return new RiskDraftFixture("threat", "Key supplier delivers the servers late");
    }

    public static RiskDraftFixture anOpportunity() {
        return new RiskDraftFixture("opportunity", "Vendor offers an early-payment discount");
    }

    /** Starts from the values of existing fields, e.g. to change one of them. */
    public static RiskDraftFixture copyOf(RiskFields fields) {
        RiskDraft d = RiskDraft.of(fields);
        RiskDraftFixture f = new RiskDraftFixture(d.kind(), d.title());
        f.description = d.description();
        f.category = d.category();
        f.cause = d.cause();
        f.effect = d.effect();
        f.probability = d.probability();
        f.impact = d.impact();
        f.ownerKey = d.ownerKey();
        f.status = d.status();
        f.strategy = d.strategy();
        f.responsePlan = d.responsePlan();
        f.contingencyPlan = d.contingencyPlan();
        f.trigger = d.trigger();
        f.proximityDate = d.proximityDate();
        f.lastReviewDate = d.lastReviewDate();
        f.nextReviewDate = d.nextReviewDate();
        f.residualProbability = d.residualProbability();
        f.residualImpact = d.residualImpact();
        f.costImpact = d.costImpact();
        f.linkedIssueKeys = d.linkedIssueKeys();
        return f;
    }

    /** Fills every optional field with a plausible value, with a response that suits the kind. */
    public RiskDraftFixture fullyDescribed() {
        boolean threat = "threat".equals(kind);
        return withDescription("The only vendor with stock has missed two of its last five dates.")
                .withCategory("Supply chain")
                .withCause("Single source for the rack servers")
                .withEffect("Go-live slips by up to four weeks")
                .withStatus(RiskStatus.RESPONDING)
                .withStrategy(threat ? ResponseStrategy.MITIGATE : ResponseStrategy.EXPLOIT)
                .withResponsePlan("Order from a second vendor in parallel")
                .withContingencyPlan("Run the pilot on cloud machines")
                .withTrigger("No shipping notice by the 15th")
                .withProximityDate(LocalDate.of(2026, 6, 30))
                .withLastReviewDate(LocalDate.of(2026, 2, 16))
                .withNextReviewDate(LocalDate.of(2026, 3, 16))
                .withResidual(2, 3)
                .withCostImpact("48000.50")
                .withLinkedIssueKeys("OPS-42", "INFRA-7");
    }

    public RiskDraftFixture withTitle(String value) {
        title = value;
        return this;
    }

    public RiskDraftFixture withDescription(String value) {
        description = value;
        return this;
    }

    public RiskDraftFixture withCategory(String value) {
        category = value;
        return this;
    }

    public RiskDraftFixture withCause(String value) {
        cause = value;
        return this;
    }

    public RiskDraftFixture withEffect(String value) {
        effect = value;
        return this;
    }

    /** The kind as typed, e.g. {@code "opportunity"} or something invalid. */
    public RiskDraftFixture withKind(String value) {
        kind = value;
        return this;
    }

    public RiskDraftFixture withProbability(Integer value) {
        probability = value;
        return this;
    }

    public RiskDraftFixture withImpact(Integer value) {
        impact = value;
        return this;
    }

    public RiskDraftFixture withOwner(String userKey) {
        ownerKey = userKey;
        return this;
    }

    public RiskDraftFixture withoutOwner() {
        return withOwner(null);
    }

    public RiskDraftFixture withStatus(RiskStatus value) {
        return withStatus(Names.of(value));
    }

    /** The status as typed, e.g. {@code "monitoring"} or something invalid. */
    public RiskDraftFixture withStatus(String value) {
        status = value;
        return this;
    }

    public RiskDraftFixture withStrategy(ResponseStrategy value) {
        return withStrategy(Names.of(value));
    }

    /** The strategy as typed, e.g. {@code "mitigate"} or something invalid. */
    public RiskDraftFixture withStrategy(String value) {
        strategy = value;
        return this;
    }

    public RiskDraftFixture withResponsePlan(String value) {
        responsePlan = value;
        return this;
    }

    public RiskDraftFixture withContingencyPlan(String value) {
        contingencyPlan = value;
        return this;
    }

    public RiskDraftFixture withTrigger(String value) {
        trigger = value;
        return this;
    }

    public RiskDraftFixture withProximityDate(LocalDate value) {
        return withProximityDate(iso(value));
    }

    public RiskDraftFixture withProximityDate(String value) {
        proximityDate = value;
        return this;
    }

    public RiskDraftFixture withLastReviewDate(LocalDate value) {
        return withLastReviewDate(iso(value));
    }

    public RiskDraftFixture withLastReviewDate(String value) {
        lastReviewDate = value;
        return this;
    }

    public RiskDraftFixture withNextReviewDate(LocalDate value) {
        return withNextReviewDate(iso(value));
    }

    public RiskDraftFixture withNextReviewDate(String value) {
        nextReviewDate = value;
        return this;
    }

    /** Residual probability and impact: the assessment after the planned response. */
    public RiskDraftFixture withResidual(Integer probabilityLevel, Integer impactLevel) {
        return withResidualProbability(probabilityLevel).withResidualImpact(impactLevel);
    }

    public RiskDraftFixture withoutResidual() {
        return withResidual(null, null);
    }

    public RiskDraftFixture withResidualProbability(Integer value) {
        residualProbability = value;
        return this;
    }

    public RiskDraftFixture withResidualImpact(Integer value) {
        residualImpact = value;
        return this;
    }

    /** The cost impact as typed, e.g. {@code "12,500.00"}. */
    public RiskDraftFixture withCostImpact(String value) {
        costImpact = value;
        return this;
    }

    /** Issue keys as typed; {@code null} entries are allowed, as JSON may send them. */
    public RiskDraftFixture withLinkedIssueKeys(String... keys) {
        linkedIssueKeys = Arrays.asList(keys);
        return this;
    }

    /** No list at all, as a JSON body that leaves the field out. */
    public RiskDraftFixture withLinkedIssueKeysOmitted() {
        linkedIssueKeys = null;
        return this;
    }

    public RiskDraft build() {
        return new RiskDraft(title, description, category, cause, effect, kind, probability, impact, ownerKey,
                status, strategy, responsePlan, contingencyPlan, trigger, proximityDate, lastReviewDate,
                nextReviewDate, residualProbability, residualImpact, costImpact, linkedIssueKeys);
    }

    /** The draft validated on the default 5x5 matrix on {@link FixedClock#TODAY}, with Alice, Bob and Carol. */
    public RiskFields fields() {
        return fields(RiskSettings.DEFAULT);
    }

    public RiskFields fields(RiskSettings settings) {
        return build().validate(settings, FixedClock.TODAY, InMemoryPeople.withAliceBobAndCarol());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
