package com.pmosuite.shared.mail;

/** Port: hands mail to the host to send (Jira: its mail queue; the workbench: an outbox an admin can read). */
public interface Mailer {

    /** Queues the mail; an exception means it was not queued. */
    void send(OutgoingMail mail);
}
