package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Builds issue facts for tests: a to-do standard issue with nothing set, changed one field at a time. */
final class FactBuilder {
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private long id;
    private long projectId;
    private int level = IssueFact.STANDARD;
    private Long parentId;
    private StatusCategory status = StatusCategory.TODO;
    private Instant resolved;
    private LocalDate start;
    private LocalDate due;
    private Double points;
    private Long original;
    private Long remaining;
    private Long spent;
    private BigDecimal actualCost;
    private Long securityLevel;

    static FactBuilder issue(long id, long projectId) {
        FactBuilder b = new FactBuilder();
        b.id = id;
        b.projectId = projectId;
        return b;
    }

    static FactBuilder epic(long id, long projectId) {
        return issue(id, projectId).level(IssueFact.EPIC);
    }

    static FactBuilder subTask(long id, long projectId, long parentId) {
        return issue(id, projectId).level(IssueFact.SUB_TASK).parent(parentId);
    }

    FactBuilder level(int value) {
        level = value;
        return this;
    }

    FactBuilder parent(Long value) {
        parentId = value;
        return this;
    }

    FactBuilder project(long value) {
        projectId = value;
        return this;
    }

    FactBuilder inProgress() {
        status = StatusCategory.IN_PROGRESS;
        resolved = null;
        return this;
    }

    FactBuilder todo() {
        status = StatusCategory.TODO;
        resolved = null;
        return this;
    }

    FactBuilder done(LocalDate on) {
        status = StatusCategory.DONE;
        resolved = on.atTime(15, 0).toInstant(ZoneOffset.UTC);
        return this;
    }

    FactBuilder start(LocalDate value) {
        start = value;
        return this;
    }

    FactBuilder due(LocalDate value) {
        due = value;
        return this;
    }

    FactBuilder points(double value) {
        points = value;
        return this;
    }

    FactBuilder hours(long originalHours, long remainingHours, long spentHours) {
        original = originalHours * 3600;
        remaining = remainingHours * 3600;
        spent = spentHours * 3600;
        return this;
    }

    FactBuilder actualCost(String value) {
        actualCost = new BigDecimal(value);
        return this;
    }

    FactBuilder securityLevel(long value) {
        securityLevel = value;
        return this;
    }

    IssueFact build() {
        Long epicId = level == IssueFact.STANDARD ? parentId : null;
        return new IssueFact(id, projectId, level == IssueFact.EPIC ? "10000" : level < 0 ? "10003" : "10001", level,
                parentId, epicId, status, CREATED, resolved, start, due, points, original, remaining, spent,
                actualCost, null, securityLevel, CREATED);
    }
}
