package com.pmosuite.workbench.tracker;

import java.time.Instant;

/** Work logged on an issue (one {@code WB_WORKLOG} row). */
public record Worklog(long id, long issueId, String authorKey, Instant started, long timeSpentSeconds,
                      Instant created) {
}
