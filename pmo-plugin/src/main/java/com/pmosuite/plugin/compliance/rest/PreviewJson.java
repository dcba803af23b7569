package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.JsonText;

import java.util.List;

/**
 * {@code POST /compliance/preview}: the body ({@link Request}) names a check and a project; the answer says what that
 * check finds there now, recording nothing ("this would flag 17 issues in ALPHA").
 *
 * @param issueKeys the first offending issues the caller may see; {@code total} counts them all
 * @param offenders version names or risk references, for checks of those
 * @param navigator the issue navigator's query for a condition or JQL check; {@code null} for other checks
 */
public record PreviewJson(String projectKey, String outcome, String offenderKind, long total, List<String> issueKeys,
                          List<String> offenders, String detail, NavigatorJson navigator) implements JsonBody {

    /** What to preview. */
    public record Request(JsonText check, String projectKey) implements JsonBody {
    }
}
