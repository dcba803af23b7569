package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.JsonText;

/**
 * The body of {@code POST /compliance/standards} and {@code PUT /compliance/standards/{id}}: the standard's content
 * and, for a change, the {@code version} read. {@code check} is in the form the check codec reads
 * ({@code {"type": "no-overdue", "graceDays": 7}}). A read can be sent back as it is.
 *
 * @param severity {@code info}, {@code minor}, {@code major} or {@code critical}, any case
 * @param enabled  {@code true} when absent
 */
public record StandardBody(String name, String rationale, String severity, Integer weight, Boolean enabled,
                           JsonText check, Integer version) implements JsonBody {
}
