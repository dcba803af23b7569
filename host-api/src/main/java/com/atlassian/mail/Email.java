package com.atlassian.mail;

/**
 * Compile-time stand-in for atlassian-mail's {@code Email}, declaring only the members the plugin calls; the
 * setters return the email, as published. Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html
 */
public class Email {
    private String to;
    private String subject;
    private String body;
    private String mimeType;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }
}
