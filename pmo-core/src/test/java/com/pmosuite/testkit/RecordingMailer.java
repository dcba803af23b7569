package com.pmosuite.testkit;

import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;

import java.util.ArrayList;
import java.util.List;

/** Keeps what was sent; can be told to refuse, as a full or broken mail queue would. */
public final class RecordingMailer implements Mailer {
    private final List<OutgoingMail> sent = new ArrayList<>();
    private RuntimeException refusal;

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (refusal != null) {
            throw refusal;
        }
        sent.add(mail);
    }

    public synchronized void refuseWith(RuntimeException failure) {
        this.refusal = failure;
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }
}
