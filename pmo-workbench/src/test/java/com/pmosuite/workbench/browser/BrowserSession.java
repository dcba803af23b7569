package com.pmosuite.workbench.browser;

import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.nio.file.Path;

/**
 * One Chromium for the tests of a class, registered with
 * {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}: launched before the
 * class's own {@code @BeforeAll} methods, closed after its {@code @AfterAll} methods, and before each test (and before
 * the class's own {@code @BeforeEach} methods) logged out, on a blank page, with the console's earlier errors read
 * away so that each test answers for its own.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    /** Where tests save what people look at afterwards (screenshots), under Maven's {@code target} by default. */
    public static final Path OUTPUT = Path.of(System.getProperty("pmo.test.outputDir", "target"));

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Without a browser each test skips (or, on CI, fails) on its own in beforeEach, so reports count them.
        if (Chromium.installed()) {
            chromium = Chromium.launch();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.requireInstalled();
        chromium.forgetSession();
        chromium.consoleErrors();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** Whether the browser runs; a class's own {@code @BeforeAll} set-up that needs it checks this first. */
    public boolean launched() {
        return chromium != null;
    }

    public Chromium chromium() {
        return chromium;
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    /**
     * The shared workbench, for example {@code http://localhost:41234/}. Asked for only when a test needs it, so
     * that classes that drive their own fixture server do not start a workbench.
     */
    public URI base() {
        return RunningWorkbench.baseUri();
    }

    /** Logs in through the workbench's login page; the demo users' passwords equal their names. */
    public void logInAs(String user) {
        LoginPage.open(driver(), base()).logIn(user, user);
    }
}
