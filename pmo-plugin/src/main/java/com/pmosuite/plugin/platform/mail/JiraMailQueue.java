package com.pmosuite.plugin.platform.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;

/**
 * Sends through Jira's mail queue, which Jira's own job flushes through the SMTP server the administrator set up
 * (and which holds mail while outgoing mail is disabled). Plain text, so nothing a user typed can become markup.
 */
public final class JiraMailQueue implements Mailer {
    private final MailQueue mailQueue;

    public JiraMailQueue(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(OutgoingMail mail) {
        Email email = new Email(mail.to());
        email.setSubject(mail.subject());
        email.setBody(mail.body());
        email.setMimeType("text/plain");
        mailQueue.addItem(new SingleMailQueueItem(email));
    }
}
