package com.pmosuite.compliance.waiver;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A validated request for a waiver, as {@link Waivers#request} hands it to the store.
 *
 * @param issueKeys the issues it covers, upper-case, without duplicates, sorted; empty for the whole standard
 */
public record WaiverRequest(long standardId, long projectId, List<String> issueKeys, String justification,
                            LocalDate expires) {
    public WaiverRequest {
        issueKeys = List.copyOf(issueKeys);
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(expires, "expires");
    }
}
