package com.atlassian.greenhopper.api.customfield;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-time stand-in for Jira Software's {@code @PublicApi} ManagedCustomFieldsService (an interface, since JSW
 * 6.3.5), declaring only the members the plugin calls. Jira Software may be absent, so the package is imported
 * optionally (see docs/host-api.md).
 */
public interface ManagedCustomFieldsService {

    ServiceOutcome<CustomField> getEpicLinkCustomField();

    ServiceOutcome<CustomField> getStoryPointsCustomField();
}
