package com.pmosuite.plugin.compliance.notify;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.notify.ViolationDigests;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.plugin.platform.mail.JiraMailAddresses;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Mails each project lead the digest of the new violations after every recorded compliance scan (scheduled or on
 * demand), through the host's mail: Jira's mail queue, the workbench's outbox. A digest that cannot be queued is
 * logged; the scan stays recorded, and the next scan does not mail the same violations again.
 */
public final class ViolationDigestMail implements Consumer<ScanReport> {
    /** The project Compliance page's {@code selectedItem}: the descriptor's sidebar web item. */
    public static final String COMPLIANCE_PAGE_ITEM = "com.pmosuite.pmo-plugin:project-compliance-sidebar-link";
    private static final Logger LOG = LoggerFactory.getLogger(ViolationDigestMail.class);

    private final ViolationDigests digests;

    public ViolationDigestMail(ViolationDigests digests) {
        this.digests = digests;
    }

    /**
     * Builds the digests (leads' addresses from Jira's users, issues named only when the lead may browse them, links
     * from Jira's canonical base URL) and registers them with the scans.
     *
     * @param standards a standard by id, as the standards use case finds it
     */
    public static ViolationDigestMail attach(ComplianceScans scans, ProjectProfiles profiles,
                                             Function<Long, Optional<Standard>> standards, PeopleDirectory people,
                                             UserManager users, IssueManager issues, PermissionManager permissions,
                                             Mailer mailer, ApplicationProperties applicationProperties) {
        ViolationDigestMail mail = new ViolationDigestMail(new ViolationDigests(profiles, standards,
                new JiraIssueVisibility(users, issues, permissions), people,
                new JiraMailAddresses(users), mailer, () -> applicationProperties.getBaseUrl(UrlMode.CANONICAL),
                COMPLIANCE_PAGE_ITEM, ViolationDigests.DEFAULT_MAX_LISTED));
        scans.whenRecorded(mail);
        return mail;
    }

    @Override
    public void accept(ScanReport report) {
        try {
            ViolationDigests.Outcome outcome = digests.send(report);
            if (!outcome.failures().isEmpty()) {
                LOG.warn("Compliance digests of scan {} not queued for {}", report.run().id(),
                        String.join("; ", outcome.failures()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Compliance digests of scan {} failed", report.run().id(), e);
        }
    }
}
