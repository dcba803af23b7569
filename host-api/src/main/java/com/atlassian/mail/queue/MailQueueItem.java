package com.atlassian.mail.queue;

/** Compile-time stand-in for atlassian-mail's {@code MailQueueItem}; the plugin calls none of its members.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html */
public interface MailQueueItem {
}
