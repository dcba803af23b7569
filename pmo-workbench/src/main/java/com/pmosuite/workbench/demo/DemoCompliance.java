package com.pmosuite.workbench.demo;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.compliance.standard.Standards;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.risk.Severity;
import com.pmosuite.workbench.tracker.TrackerScheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo portfolio's compliance: a standard set "PMO essentials" of ten standards across the check kinds (project
 * details, versions, epic dates, overdue work, estimates, a condition rule, risk review and care, plan and earned
 * value), applied to the demo portfolio, and one approved waiver (BETA's release without a date, agreed with
 * the sponsor), so a newcomer sees scores, violations and a waiver at once. Written once, through the same use cases
 * the REST API calls, by the PMO admin; the first scan is recorded once the issue facts are in.
 */
public final class DemoCompliance {
    public static final String SET_NAME = "PMO essentials";
    static final String WAIVED_STANDARD = "Released versions have a release date";

    private DemoCompliance() {
    }

    /** Creates the set, its standards and the waiver unless the set or one of its standards exists. */
    public static Optional<StandardSet> seed(Standards standards, Waivers waivers, long portfolioId,
                                             long waivedProjectId, String leadKey, String pmoKey, LocalDate today) {
        // Seeded once; and never over a PMO admin's changes: a standard of one of these names stays as it is.
        Set<String> names = drafts().stream().map(StandardDraft::name).collect(Collectors.toSet());
        if (standards.allSets().stream().anyMatch(s -> s.name().equals(SET_NAME))
                || standards.all().stream().anyMatch(s -> names.contains(s.name()))) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        Standard waived = null;
        for (StandardDraft draft : drafts()) {
            Standard created = standards.create(draft, pmoKey);
            ids.add(created.id());
            if (created.name().equals(WAIVED_STANDARD)) {
                waived = created;
            }
        }
        StandardSet set = standards.createSet(new StandardSetDraft(SET_NAME,
                "What the PMO expects of every project in Digital Transformation.", ids,
                new SetScope(Set.of(portfolioId), Set.of(), Set.of())), pmoKey);
        Waiver requested = waivers.request(waived.id(), waivedProjectId, List.of(),
                "R2's date is set at the steering committee at the end of the month; until then the team plans"
                        + " against the roadmap.", today.plusWeeks(6), leadKey);
        waivers.approve(requested.id(), requested.version(), "Agreed with the sponsor; revisit after the committee.",
                pmoKey);
        return Optional.of(set);
    }

    /** The first scan of every project in scope, recorded as the PMO admin's. */
    public static ScanReport firstScan(ComplianceScans scans, String pmoKey) {
        return scans.scanAll(ScanRun.Trigger.MANUAL, pmoKey);
    }

    static List<StandardDraft> drafts() {
        return List.of(
                new StandardDraft("Project has a lead, a description and a category",
                        "People must know who answers for a project and what it is for.", StandardSeverity.MAJOR, 10, true, new Check.ProjectDetails(true, true, true)),
                new StandardDraft(WAIVED_STANDARD,
                        "A release without a date cannot be planned against.", StandardSeverity.MINOR, 2, true,
                        new Check.VersionDates()),
                new StandardDraft("Epics have a start and a due date",
                        "The roadmap and earned value need both dates of every epic.", StandardSeverity.MAJOR, 10, true, new Check.IssueDates(Set.of(), true, true)),
                new StandardDraft("Nothing overdue by more than two weeks",
                        "Old due dates hide real delays.", StandardSeverity.CRITICAL, 10, true,
                        new Check.NoOverdue(14)),
                new StandardDraft("Open work has an original estimate",
                        "Forecasts and earned value need estimated work.", StandardSeverity.MINOR, 2, true,
                        new Check.FieldSet(Set.of(TrackerScheme.STORY.id(), TrackerScheme.TASK.id(),
                                TrackerScheme.BUG.id(), TrackerScheme.SUB_TASK.id()), FactField.ORIGINAL_ESTIMATE)),
                new StandardDraft("Stories in progress have an assignee",
                        "Work someone is doing must say who.", StandardSeverity.MAJOR, 3, true,
                        new Check.Condition(new Rule.All(List.of(
                                new Rule.Clause(FactField.ISSUE_TYPE, RuleOperator.EQUALS, TrackerScheme.STORY.id()),
                                new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "IN_PROGRESS"),
                                new Rule.Clause(FactField.ASSIGNEE, RuleOperator.IS_EMPTY, null))))),
                new StandardDraft("Risk register reviewed in the last 30 days",
                        "Risks change; a register nobody reviews misleads.", StandardSeverity.MAJOR, 5, true,
                        new Check.RiskReview(30)),
                new StandardDraft("High risks have an owner, a plan and a review date",
                        "Every serious risk needs someone acting on it.", StandardSeverity.CRITICAL, 8, true,
                        new Check.RiskCare(Severity.HIGH)),
                new StandardDraft("Budget and baseline are set",
                        "Earned value needs a budget and a baseline.", StandardSeverity.MAJOR, 10, true,
                        new Check.PlanBaseline()),
                new StandardDraft("SPI and CPI at least 0.8",
                        "Below 0.8 a project needs a recovery plan.", StandardSeverity.MAJOR, 5, true,
                        new Check.EvmIndices(new BigDecimal("0.80"), new BigDecimal("0.80"))));
    }
}
