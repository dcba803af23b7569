package com.pmosuite.plugin.platform.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.pmosuite.shared.mail.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;

class JiraMailQueueTest {
    private final MailQueue mailQueue = mock(MailQueue.class);

    @Test
    void aMailGoesIntoJirasQueueAsOnePlainTextEmail() {
        List<Object> constructorArguments = new ArrayList<>();
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                (email, context) -> constructorArguments.addAll(context.arguments()))) {

            new JiraMailQueue(mailQueue).send(new OutgoingMail("alice@example.com", "2 risks are overdue for review",
                    "Hello <Alice>,\n- APOLLO: Servers late"));

            assertThat(emails.constructed()).hasSize(1);
            assertThat(constructorArguments).containsExactly("alice@example.com");
            Email email = emails.constructed().get(0);
            verify(email).setSubject("2 risks are overdue for review");
            verify(email).setBody("Hello <Alice>,\n- APOLLO: Servers late");
            verify(email).setMimeType("text/plain");
            verify(mailQueue).addItem(any(SingleMailQueueItem.class));
        }
    }
}
