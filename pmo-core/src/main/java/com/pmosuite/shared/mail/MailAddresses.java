package com.pmosuite.shared.mail;

import java.util.Optional;

/** Port: where to mail a user, by stable user key. Empty for unknown or deactivated users and blank addresses. */
public interface MailAddresses {
    Optional<String> addressOf(String userKey);
}
