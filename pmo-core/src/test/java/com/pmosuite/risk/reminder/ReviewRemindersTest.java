package com.pmosuite.risk.reminder;

import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.shared.mail.OutgoingMail;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryDueReviews;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryReminderLedger;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.pmosuite.testkit.FixedClock.TODAY;
import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewRemindersTest {
    private final FixedClock clock = FixedClock.atStart();
    private final InMemoryRiskStore risks = new InMemoryRiskStore();
    private final InMemoryReminderLedger ledger = new InMemoryReminderLedger();
    private final RecordingMailer mailer = new RecordingMailer();
    private final Map<String, String> addresses = new HashMap<>(Map.of(
            "alice", "alice@example.com", "bob", "bob@example.com"));
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final ReviewReminders reminders = new ReviewReminders(
            new InMemoryDueReviews(risks, List.of("APOLLO", "GEMINI")), ledger,
            InMemoryPeople.withAliceBobAndCarol(), key -> zones.getOrDefault(key, ZoneOffset.UTC),
            key -> Optional.ofNullable(addresses.get(key)), mailer,
            (project, id) -> "https://jira.example.com/projects/" + project + "?risk=" + id, clock);

    @Test
    void eachOwnerGetsOneMailListingAllTheirOverdueRisks() {
        Risk first = overdue("APOLLO", "alice", "Servers late", 3);
        Risk second = overdue("GEMINI", "alice", "Budget cut", 10);
        overdue("APOLLO", "bob", "Key engineer leaves", 1);

        JobOutcome outcome = reminders.run();

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(mailer.sent()).extracting(OutgoingMail::to)
                .containsExactly("alice@example.com", "bob@example.com");
        OutgoingMail alices = mailer.sent().get(0);
        assertThat(alices.subject()).isEqualTo("2 risks are overdue for review");
        assertThat(alices.body())
                .startsWith("Hello Alice Archer,")
                .contains("GEMINI: Budget cut (review was due " + TODAY.minusDays(10) + ")")
                .contains("https://jira.example.com/projects/APOLLO?risk=" + first.id())
                .contains("https://jira.example.com/projects/GEMINI?risk=" + second.id());
        assertThat(alices.body().indexOf("Budget cut")).isLessThan(alices.body().indexOf("Servers late"));
    }

    @Test
    void aSecondRunOnTheSameDaySendsNothing() {
        overdue("APOLLO", "alice", "Servers late", 3);
        reminders.run();
        clock.advance(Duration.ofHours(5));

        JobOutcome again = reminders.run();

        assertThat(mailer.sent()).hasSize(1);
        assertThat(again.message()).startsWith("0 reminder(s) sent, 1 already sent today");
    }

    @Test
    void theNextDayTheOwnerIsRemindedAgain() {
        overdue("APOLLO", "alice", "Servers late", 3);
        reminders.run();
        clock.advance(Duration.ofDays(1));

        reminders.run();

        assertThat(mailer.sent()).hasSize(2);
    }

    @Test
    void aReviewDueTodayIsNotYetOverdue() {
        overdue("APOLLO", "alice", "Servers late", 0);

        reminders.run();

        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void anOwnerWithoutAMailAddressIsSkippedAndCounted() {
        overdue("APOLLO", "carol", "Servers late", 3);

        JobOutcome outcome = reminders.run();

        assertThat(mailer.sent()).isEmpty();
        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(outcome.message()).endsWith("1 owner(s) without a mail address");
    }

    @Test
    void aMailTheQueueRefusedIsTriedAgainOnTheNextRun() {
        overdue("APOLLO", "alice", "Servers late", 3);
        mailer.refuseWith(new IllegalStateException("queue full"));

        JobOutcome failed = reminders.run();
        mailer.refuseWith(null);
        reminders.run();

        assertThat(failed.result()).isEqualTo(JobOutcome.Result.FAILED);
        assertThat(failed.message()).contains("alice: queue full");
        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void aTitleWithLineBreaksStaysOnItsLine() {
        // New titles are one line, but the first release stored whatever it was sent.
        RiskFields valid = aThreat().withTitle("Servers late").withOwner("alice")
                .withNextReviewDate(TODAY.minusDays(3)).fields();
        risks.create("APOLLO", new RiskFields("Servers late\r\nBcc: everyone@example.com", valid.description(),
                valid.category(), valid.cause(), valid.effect(), valid.kind(), valid.probability(), valid.impact(),
                valid.ownerKey(), valid.status(), valid.strategy(), valid.responsePlan(), valid.contingencyPlan(),
                valid.trigger(), valid.proximityDate(), valid.lastReviewDate(), valid.nextReviewDate(),
                valid.residualProbability(), valid.residualImpact(), valid.costImpact(), valid.linkedIssueKeys()),
                "alice", clock.instant());

        reminders.run();

        assertThat(mailer.sent().get(0).body()).contains("APOLLO: Servers late Bcc: everyone@example.com (review");
    }

    @Test
    void aLongListIsCutWithACountOfTheRest() {
        for (int i = 0; i < ReviewReminders.MAX_RISKS_PER_MAIL + 3; i++) {
            overdue("APOLLO", "alice", "Risk " + i, 1 + i);
        }

        reminders.run();

        OutgoingMail mail = mailer.sent().get(0);
        assertThat(mail.subject()).isEqualTo((ReviewReminders.MAX_RISKS_PER_MAIL + 3) + " risks are overdue for review");
        assertThat(mail.body()).contains("- and 3 more").doesNotContain("APOLLO: Risk 0 ");
    }

    @Test
    void anOwnerInAucklandIsRemindedOnceTheirOwnDayHasPassedTheReviewDateThoughUtcsHasNot() {
        zones.put("alice", ZoneId.of("Pacific/Auckland"));
        overdue("APOLLO", "alice", "Servers late", 0);
        overdue("APOLLO", "bob", "Budget cut", 0);
        // 09:30 UTC on the review day is 22:30 in Auckland (NZDT, UTC+13): still the review day there too.
        reminders.run();
        assertThat(mailer.sent()).isEmpty();

        // 11:30 UTC, still the review day in UTC, is 00:30 the next day in Auckland.
        clock.advance(Duration.ofHours(2));
        assertThat(clock.today()).isEqualTo(TODAY);
        reminders.run();

        assertThat(mailer.sent()).extracting(OutgoingMail::to).containsExactly("alice@example.com");
        assertThat(mailer.sent().get(0).body()).contains("As of " + TODAY.plusDays(1) + ",");
    }

    @Test
    void anOwnerBehindUtcIsNotRemindedWhileTheirOwnDayIsStillTheReviewDay() {
        zones.put("bob", ZoneId.of("America/Los_Angeles"));
        overdue("APOLLO", "bob", "Budget cut", 0);
        // 04:30 UTC the next day is 20:30 on the review day in Los Angeles (PST, UTC-8).
        clock.advance(Duration.ofHours(19));
        assertThat(clock.today()).isEqualTo(TODAY.plusDays(1));
        reminders.run();
        assertThat(mailer.sent()).isEmpty();

        clock.advance(Duration.ofHours(4));
        reminders.run();

        assertThat(mailer.sent()).extracting(OutgoingMail::to).containsExactly("bob@example.com");
    }

    @Test
    void onceADayMeansOnceOnEachOfTheOwnersOwnDays() {
        zones.put("alice", ZoneId.of("Pacific/Auckland"));
        overdue("APOLLO", "alice", "Servers late", 10);
        reminders.run();
        assertThat(mailer.sent()).hasSize(1);

        // Midnight has passed in Auckland, not in UTC: a new day for alice.
        clock.advance(Duration.ofHours(2));
        reminders.run();
        assertThat(mailer.sent()).hasSize(2);

        clock.advance(Duration.ofHours(1));
        JobOutcome sameDay = reminders.run();
        assertThat(mailer.sent()).hasSize(2);
        assertThat(sameDay.message()).startsWith("0 reminder(s) sent, 1 already sent today");
    }

    private Risk overdue(String project, String owner, String title, int daysAgo) {
        LocalDate due = TODAY.minusDays(daysAgo);
        return risks.create(project, aThreat().withTitle(title).withOwner(owner).withNextReviewDate(due).fields(),
                owner, clock.instant());
    }
}
