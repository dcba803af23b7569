package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmosuite.testkit.FixedClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing over HTTP, on the login form and on Basic auth, against the workbench's default limits (five
 * failures per username, twenty per address, in fifteen minutes); time moves on a test clock, never by sleeping.
 * A fresh workbench per test, because every request comes from the same address.
 */
class LoginThrottlingIT {

    private static final String TOO_MANY = "Too many failed login attempts. Try again in 1 minute.";

    private FixedClock clock;
    private TestWorkbench workbench;

    @BeforeEach
    void start() {
        clock = FixedClock.atStart();
        workbench = new TestWorkbench(new LoginThrottle(clock));
    }

    @AfterEach
    void stop() {
        workbench.close();
    }

    private HttpResponse<String> formLogin(String username, String password) {
        return workbench.browser().postForm("/login.jsp", Map.of("os_username", username, "os_password", password,
                "os_destination", "/browse/PMO-1"));
    }

    private HttpResponse<String> restCall(String username, String password) {
        return workbench.browser().get("/rest/pmo/1.0/access/licensed",
                "Authorization", Browser.basic(username, password));
    }

    private void failFormLogins(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(formLogin(username, "guess-" + i).statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }
    }

    @Test
    void fiveFailuresLockTheUsernameEvenAgainstTheRightPassword() {
        failFormLogins("alice", 5);

        HttpResponse<String> refused = formLogin("alice", "alice-secret");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).contains("id=\"login-error\"", TOO_MANY, "name=\"os_password\"")
                .doesNotContain("incorrect");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void fourFailuresStillLetTheRightPasswordIn() {
        failFormLogins("alice", 4);

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void theLockoutEndsAfterItsInterval() {
        failFormLogins("alice", 5);
        clock.advance(Duration.ofSeconds(59));
        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(1));

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLong() {
        failFormLogins("alice", 5);
        clock.advance(Duration.ofMinutes(1));
        failFormLogins("alice", 5);

        HttpResponse<String> refused = formLogin("alice", "alice-secret");

        assertThat(refused.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(refused.body()).contains("Try again in 2 minutes.");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failFormLogins("alice", 4);
        clock.advance(Duration.ofMinutes(15));
        failFormLogins("alice", 4);

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesFailures() {
        failFormLogins("alice", 4);
        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(302);
        failFormLogins("alice", 4);

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void anotherUsernameIsNotLockedOut() {
        failFormLogins("alice", 5);

        assertThat(formLogin("admin", "admin-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void usernamesAreCountedWhateverTheirCase() {
        failFormLogins("Alice", 3);
        failFormLogins("ALICE", 2);

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(429);
    }

    @Test
    void anUnknownUsernameIsLockedOutLikeAKnownOne() {
        failFormLogins("mallory", 5);

        HttpResponse<String> refused = formLogin("mallory", "anything");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(TOO_MANY);
    }

    @Test
    void basicAuthOnRestIsLockedOutWithJsonAndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(restCall("alice", "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = restCall("alice", "alice-secret");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).isEqualTo("{\"status\":429,\"message\":\"" + TOO_MANY + "\"}");
    }

    @Test
    void formAndBasicFailuresCountTogether() {
        failFormLogins("alice", 3);
        assertThat(restCall("alice", "guess-a").statusCode()).isEqualTo(401);
        assertThat(restCall("alice", "guess-b").statusCode()).isEqualTo(401);

        assertThat(formLogin("alice", "alice-secret").statusCode()).isEqualTo(429);
        assertThat(restCall("alice", "alice-secret").statusCode()).isEqualTo(429);
    }

    @Test
    void oneAddressTryingManyUsernamesIsLockedOut() {
        for (int i = 0; i < 20; i++) {
            assertThat(formLogin("user" + i, "guess").statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }

        assertThat(formLogin("admin", "admin-secret").statusCode()).isEqualTo(429);
        assertThat(restCall("alice", "alice-secret").statusCode()).isEqualTo(429);
    }

    @Test
    void aLoggedInSessionIsNotAffectedByALockout() {
        Browser browser = workbench.browser();
        assertThat(browser.logIn("alice", "alice-secret").statusCode()).isEqualTo(302);
        failFormLogins("alice", 5);

        assertThat(browser.get("/plugins/servlet/test/whoami").body()).isEqualTo("alice");
    }
}
