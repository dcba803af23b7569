package com.pmosuite.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates standards: every target's standards over its issue facts and PMO data, reading each project's facts in
 * one pass for all its issue checks (never one query per standard, never issue by issue). Pure: records nothing.
 */
public interface ScanEngine {

    /** How many offenders a result lists at most; the total counts them all. */
    int DEFAULT_OFFENDER_CAP = 50;

    /**
     * Each target's results, in the targets' order.
     *
     * @param today       the scan's day, for due dates, staleness, relative dates and waiver expiry
     * @param offenderCap how many offenders each result lists at most
     */
    List<ProjectScan> scan(List<ScanTarget> targets, LocalDate today, int offenderCap);
}
