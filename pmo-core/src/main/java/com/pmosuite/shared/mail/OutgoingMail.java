package com.pmosuite.shared.mail;

import java.util.Objects;

/** A plain-text mail to one address. The subject is one line: line breaks would let text forge headers. */
public record OutgoingMail(String to, String subject, String body) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank() || to.indexOf('\r') >= 0 || to.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Not a single mail address: " + to);
        }
        subject = subject.replaceAll("[\\r\\n]+", " ");
    }
}
