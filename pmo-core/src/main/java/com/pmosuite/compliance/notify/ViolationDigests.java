package com.pmosuite.compliance.notify;

import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.mail.MailAddresses;
import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The digest a project lead gets when a recorded scan finds violations that were not there before (first seen in
 * that run): one mail per lead, listing per project the new violations (severity, standard, how many offenders and
 * the first of them the lead may see) with a link to the project's Compliance page. No mail when nothing is new,
 * for a dry run or a failed run; a project without a lead, or a lead without a mail address, gets none. A digest
 * lists at most {@code maxListed} violations and says how many more there are, so its size is bounded whatever a
 * scan finds.
 */
public final class ViolationDigests {
    /** How many violations a digest lists when the wiring does not say. */
    public static final int DEFAULT_MAX_LISTED = 50;
    /** How many offenders a listed violation names; the count says how many there are. */
    static final int OFFENDERS_NAMED = 5;
    /** How many of a violation's first issue offenders are checked for the lead's permission to see them. */
    static final int OFFENDERS_ASKED = 20;
    /** Standard names, details and offenders are cut to this many characters in a mail. */
    static final int MAX_TEXT = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ProjectProfiles projects;
    private final Function<Long, Optional<Standard>> standards;
    private final IssueVisibility visibility;
    private final PeopleDirectory people;
    private final MailAddresses addresses;
    private final Mailer mailer;
    private final Supplier<String> baseUrl;
    private final String selectedItem;
    private final int maxListed;

    /**
     * @param standards    a standard by id (empty when deleted since the scan)
     * @param visibility   which issues a lead may see: a digest names only those (the count still counts all)
     * @param baseUrl      the host's canonical base URL now (Jira's can change while it runs), with or without a
     *                     trailing slash; mail is read outside the host, so links must be absolute
     * @param selectedItem the {@code selectedItem} of the project Compliance page: {@code <plugin key>:<web item key>}
     * @param maxListed    the most violations one digest lists, at least 1
     */
    public ViolationDigests(ProjectProfiles projects, Function<Long, Optional<Standard>> standards,
                            IssueVisibility visibility, PeopleDirectory people, MailAddresses addresses,
                            Mailer mailer, Supplier<String> baseUrl, String selectedItem, int maxListed) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.standards = Objects.requireNonNull(standards, "standards");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.people = Objects.requireNonNull(people, "people");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.selectedItem = Objects.requireNonNull(selectedItem, "selectedItem");
        if (maxListed < 1) {
            throw new IllegalArgumentException("maxListed below 1: " + maxListed);
        }
        this.maxListed = maxListed;
    }

    /** What a round of digests did: mails queued, leads passed over, and why queuing failed where it did. */
    public record Outcome(int sent, int leadsWithoutAddress, int projectsWithoutLead, List<String> failures) {
        public static final Outcome NOTHING = new Outcome(0, 0, 0, List.of());

        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    /** Sends the digests of a scan's new violations; nothing for a dry run, a failed run or nothing new. */
    public Outcome send(ScanReport report) {
        if (report.dryRun() || report.failed() || report.newViolations().isEmpty()) {
            return Outcome.NOTHING;
        }
        return send(report.newViolations(), report.run().startedAt());
    }

    /**
     * Sends one digest per lead of the projects these violations are in. A mail the host refuses is reported in the
     * outcome and does not stop the others.
     *
     * @param scannedAt when the scan that found them started, as its run history shows it
     */
    public Outcome send(List<NewViolation> found, Instant scannedAt) {
        Map<String, Map<String, ProjectDigest>> byLead = new TreeMap<>();
        int withoutLead = 0;
        Map<Long, Optional<ProjectProfile>> profiles = new TreeMap<>();
        for (NewViolation violation : found) {
            if (!violation.result().violation()) {
                continue;
            }
            Optional<ProjectProfile> profile = profiles.computeIfAbsent(violation.projectId(), projects::profile);
            String lead = profile.map(ProjectProfile::leadKey).filter(key -> !key.isBlank()).orElse(null);
            if (lead == null) {
                withoutLead++;
                continue;
            }
            byLead.computeIfAbsent(lead, k -> new TreeMap<>())
                    .computeIfAbsent(profile.get().key(), k -> new ProjectDigest(profile.get(), new ArrayList<>()))
                    .violations().add(listed(violation.result()));
        }
        int sent = 0;
        int withoutAddress = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, ProjectDigest>> entry : byLead.entrySet()) {
            Optional<String> address = addresses.addressOf(entry.getKey());
            if (address.isEmpty()) {
                withoutAddress++;
                continue;
            }
            try {
                mailer.send(mailFor(address.get(), entry.getKey(), people.byKey(entry.getKey()), scannedAt,
                        List.copyOf(entry.getValue().values())));
                sent++;
            } catch (RuntimeException e) {
                failures.add(entry.getKey() + ": " + e.getMessage());
            }
        }
        return new Outcome(sent, withoutAddress, withoutLead, failures);
    }

    /** One project's new violations in a digest. */
    private record ProjectDigest(ProjectProfile project, List<Listed> violations) {
    }

    /** A violation as a digest shows it. */
    private record Listed(StandardSeverity severity, String standard, RecordedResult result) {
    }

    private Listed listed(RecordedResult result) {
        Optional<Standard> standard = standards.apply(result.standardId());
        return new Listed(standard.map(Standard::severity).orElse(StandardSeverity.INFO),
                standard.map(Standard::name).orElse("Standard " + result.standardId() + " (deleted)"), result);
    }

    OutgoingMail mailFor(String address, String leadKey, Optional<Person> lead, Instant scannedAt,
                         List<ProjectDigest> digests) {
        int total = digests.stream().mapToInt(d -> d.violations().size()).sum();
        List<String> keys = digests.stream().map(d -> d.project().key()).toList();
        String subject = (total == 1 ? "1 new compliance violation" : total + " new compliance violations")
                + " in " + String.join(", ", keys.size() <= 5 ? keys : keys.subList(0, 5))
                + (keys.size() > 5 ? " and " + (keys.size() - 5) + " more projects" : "");
        StringBuilder body = new StringBuilder();
        body.append("Hello ").append(lead.map(Person::displayName).map(ViolationDigests::oneLine)
                        .orElse("project lead")).append(",\n\n")
                .append("The compliance scan of ").append(WHEN.format(scannedAt)).append(" found ")
                .append(total == 1 ? "a violation" : total + " violations")
                .append(" that the previous scan did not, in projects you lead.\n");
        int listed = 0;
        for (ProjectDigest digest : digests) {
            if (listed == maxListed) {
                break;
            }
            body.append('\n').append(digest.project().key()).append(" (").append(oneLine(digest.project().name()))
                    .append(")\n");
            List<Listed> ordered = digest.violations().stream()
                    .sorted(Comparator.comparing(Listed::severity).reversed()
                            .thenComparing(Listed::standard).thenComparingLong(l -> l.result().standardId()))
                    .toList();
            for (Listed violation : ordered) {
                if (listed == maxListed) {
                    break;
                }
                body.append("- [").append(violation.severity().name().toLowerCase(Locale.ROOT)).append("] ")
                        .append(cut(violation.standard())).append(": ").append(offenders(violation.result(), leadKey))
                        .append('\n');
                listed++;
            }
            body.append("  Compliance page: ").append(link(digest.project().key())).append('\n');
        }
        if (total > listed) {
            body.append("\n- and ").append(total - listed).append(" more new violations; see the Compliance pages.\n");
        }
        body.append("\nYou get this mail when a scan finds a violation for the first time; a violation that stays is"
                + " not mailed again.\n");
        return new OutgoingMail(address, subject, body.toString());
    }

    /** "12 issues (ALPHA-1, ALPHA-4, …)", naming only issues the lead may see; for the project, what is missing. */
    private String offenders(RecordedResult result, String leadKey) {
        if (result.offenderKind() == OffenderKind.PROJECT) {
            return result.detail() == null ? "the project" : cut(result.detail());
        }
        String noun = switch (result.offenderKind()) {
            case ISSUE -> result.total() == 1 ? "issue" : "issues";
            case VERSION -> result.total() == 1 ? "version" : "versions";
            case RISK -> result.total() == 1 ? "risk" : "risks";
            case PROJECT -> throw new IllegalStateException();
        };
        StringBuilder text = new StringBuilder().append(result.total()).append(' ').append(noun);
        // Only the first few are asked about, so a digest costs a bounded number of permission checks.
        List<String> candidates = result.offenders().stream().limit(OFFENDERS_ASKED).toList();
        if (result.offenderKind() == OffenderKind.ISSUE && !candidates.isEmpty()) {
            Set<String> visible = visibility.visibleTo(leadKey, candidates);
            candidates = candidates.stream().filter(visible::contains).toList();
        }
        List<String> named = candidates.stream().limit(OFFENDERS_NAMED).map(ViolationDigests::cut).toList();
        if (!named.isEmpty()) {
            text.append(" (").append(String.join(", ", named))
                    .append(result.total() > named.size() ? ", …" : "").append(')');
        }
        return text.toString();
    }

    private String link(String projectKey) {
        String base = baseUrl.get();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8) + "?selectedItem="
                + URLEncoder.encode(selectedItem, StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        String line = oneLine(text);
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
