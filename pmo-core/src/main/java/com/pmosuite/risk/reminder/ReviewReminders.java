package com.pmosuite.risk.reminder;

import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.UserZones;
import com.pmosuite.shared.mail.MailAddresses;
import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily review reminder: every owner of risks whose next review date has passed gets one mail listing them,
 * at most once a day. "Passed" and "day" are the owner's own, in their time zone, not the server's. It runs hourly
 * so that a node that was down at one hour does not cost a day, and so that each owner's midnight is met within
 * the hour; the {@link ReminderLedger} keeps it to one mail per owner and day of theirs.
 */
public final class ReviewReminders implements ScheduledJob {
    public static final String JOB_ID = "com.pmosuite.risk.review-reminders";
    /** A mail lists at most this many risks, the oldest reviews first, and says how many more there are. */
    static final int MAX_RISKS_PER_MAIL = 50;

    private final DueReviews dueReviews;
    private final ReminderLedger ledger;
    private final PeopleDirectory people;
    private final UserZones zones;
    private final MailAddresses addresses;
    private final Mailer mailer;
    private final RiskLinks links;
    private final Clock clock;

    public ReviewReminders(DueReviews dueReviews, ReminderLedger ledger, PeopleDirectory people, UserZones zones,
                           MailAddresses addresses, Mailer mailer, RiskLinks links, Clock clock) {
        this.dueReviews = Objects.requireNonNull(dueReviews, "dueReviews");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.people = Objects.requireNonNull(people, "people");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return JOB_ID;
    }

    @Override
    public JobOutcome run() {
        Instant now = clock.instant();
        // No one's date is later than the date at UTC+18:00, so the risks due before it hold every owner's
        // overdue ones; each owner's own date then decides.
        LocalDate latestDateAnywhere = LocalDate.ofInstant(now, ZoneOffset.MAX);
        Map<String, List<DueReview>> byOwner = byOwner(dueReviews.overdueOn(latestDateAnywhere));
        int sent = 0;
        int alreadySent = 0;
        int noAddress = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<DueReview>> entry : byOwner.entrySet()) {
            String owner = entry.getKey();
            LocalDate today = LocalDate.ofInstant(now, zones.zoneOf(owner));
            List<DueReview> overdue = entry.getValue().stream()
                    .filter(review -> review.nextReviewDate().isBefore(today)).toList();
            if (overdue.isEmpty()) {
                continue;
            }
            Optional<String> address = addresses.addressOf(owner);
            if (address.isEmpty()) {
                noAddress++;
                continue;
            }
            if (!ledger.claim(owner, today, now)) {
                alreadySent++;
                continue;
            }
            try {
                mailer.send(mailFor(address.get(), people.byKey(owner), today, overdue));
                sent++;
            } catch (RuntimeException e) {
                ledger.release(owner, today);
                failures.add(owner + ": " + e.getMessage());
            }
        }
        String summary = sent + " reminder(s) sent, " + alreadySent + " already sent today, " + noAddress
                + " owner(s) without a mail address";
        return failures.isEmpty() ? JobOutcome.succeeded(summary)
                : JobOutcome.failed(summary + "; not queued for " + String.join("; ", failures));
    }

    /** The reminder one owner gets: plain text, the longest-overdue risks first, each with its link. */
    OutgoingMail mailFor(String address, Optional<Person> owner, LocalDate today, List<DueReview> risks) {
        String subject = risks.size() == 1 ? "1 risk is overdue for review"
                : risks.size() + " risks are overdue for review";
        StringBuilder body = new StringBuilder();
        body.append("Hello ").append(owner.map(Person::displayName).orElse("risk owner")).append(",\n\n")
                .append("As of ").append(today).append(", the next review date of these risks you own has passed:\n\n");
        risks.stream().limit(MAX_RISKS_PER_MAIL).forEach(risk -> body
                .append("- ").append(risk.projectKey()).append(": ").append(oneLine(risk.title()))
                .append(" (review was due ").append(risk.nextReviewDate()).append(")\n  ")
                .append(links.toRisk(risk.projectKey(), risk.riskId())).append('\n'));
        if (risks.size() > MAX_RISKS_PER_MAIL) {
            body.append("- and ").append(risks.size() - MAX_RISKS_PER_MAIL).append(" more\n");
        }
        body.append("\nReview each risk and set its next review date. You get this reminder at most once a day.\n");
        return new OutgoingMail(address, subject, body.toString());
    }

    private static Map<String, List<DueReview>> byOwner(List<DueReview> overdue) {
        Map<String, List<DueReview>> byOwner = new LinkedHashMap<>();
        overdue.stream()
                .sorted(Comparator.comparing(DueReview::ownerKey)
                        .thenComparing(DueReview::nextReviewDate)
                        .thenComparingLong(DueReview::riskId))
                .forEach(r -> byOwner.computeIfAbsent(r.ownerKey(), k -> new ArrayList<>()).add(r));
        return byOwner;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
