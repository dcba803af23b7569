package com.atlassian.mail.queue;

/** Compile-time stand-in for atlassian-mail's {@code MailQueue}, declaring only the member the plugin calls.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueue.html */
public interface MailQueue {
    /** Queues the item; Jira's mail queue job sends it later through the configured SMTP server. */
    void addItem(MailQueueItem item);
}
