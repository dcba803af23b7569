package com.pmosuite.workbench.host;

import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Jira's mail queue in the workbench: mail is kept, not sent, so a PMO admin (and a test) can read what Jira would
 * have queued. It keeps the latest {@value #CAPACITY} mails in memory; a restart empties it, as it empties Jira's.
 */
public final class WorkbenchOutbox implements Mailer {
    static final int CAPACITY = 500;

    /** One queued mail, numbered in queueing order. */
    public record QueuedMail(long id, Instant queuedAt, String to, String subject, String body) {
    }

    private final Clock clock;
    private final Deque<QueuedMail> mails = new ArrayDeque<>();
    private long lastId;

    public WorkbenchOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(OutgoingMail mail) {
        mails.addFirst(new QueuedMail(++lastId, clock.instant().truncatedTo(ChronoUnit.MILLIS), mail.to(), mail.subject(), mail.body()));
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<QueuedMail> mails() {
        return List.copyOf(new ArrayList<>(mails));
    }
}
