package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The one way page objects wait: poll a condition until it holds, or fail after a timeout. Never sleep. */
final class Waits {
    // Generous for a loaded CI machine; a passing wait returns as soon as its condition holds.
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("pmo.browser.timeoutSeconds", 20));
    private static final Duration POLL = Duration.ofMillis(100);

    private Waits() {
    }

    /** A wait that polls every 100 ms and treats a missing or replaced element as "not yet". */
    static WebDriverWait on(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
        wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
