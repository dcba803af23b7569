package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Compile-time stand-in for atlassian-mail's {@code SingleMailQueueItem} (really a subclass of
 * {@code AbstractMailQueueItem}), declaring only the constructor the plugin calls.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 */
public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
    }
}
