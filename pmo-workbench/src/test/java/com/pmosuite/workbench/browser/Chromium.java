package com.pmosuite.workbench.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The machine's own headless Chromium, driven by its own chromedriver. Both paths are given explicitly (Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or the system properties {@code pmo.chromium} and
 * {@code pmo.chromedriver}) because Selenium Manager would otherwise try to download a browser. Without Chromium
 * the browser tests are skipped on a developer machine but fail on CI.
 */
public final class Chromium implements AutoCloseable {
    // Narrower than 1400 px and AUI collapses the project sidebar, which is not the page people see in Jira.
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1000;

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the browser and its driver are installed where this class looks for them. */
    public static boolean installed() {
        return Files.isExecutable(browserPath()) && Files.isExecutable(driverPath());
    }

    /**
     * Skips the calling test when the browser is not installed, or fails it on CI ({@code CI=true}), where a skip
     * would hide that nothing was tested. Call it per test, so that a report counts each skipped test.
     */
    public static void requireInstalled() {
        if (installed()) {
            return;
        }
        String missing = "Chromium (" + browserPath() + ") and chromedriver (" + driverPath() + ") are needed for "
                + "the browser tests: apt-get install chromium chromium-driver, or set -Dpmo.chromium and "
                + "-Dpmo.chromedriver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing);
        }
        Assumptions.abort(missing);
    }

    private static Path browserPath() {
        return Path.of(System.getProperty("pmo.chromium", "/usr/bin/chromium"));
    }

    private static Path driverPath() {
        return Path.of(System.getProperty("pmo.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Starts a fresh browser with an empty profile; see {@link #requireInstalled()} for a missing browser. */
    public static Chromium launch() {
        requireInstalled();
        Path browser = browserPath();
        Path chromedriver = driverPath();
        Path profile;
        try {
            profile = Files.createTempDirectory("pmo-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Forgets who is logged in (the workbench's session cookie) and leaves the current page. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    /**
     * Saves the whole page, not just the window, as a PNG: for the shot the viewport is made as tall as the page,
     * which renders it exactly as a tall screen would.
     */
    public Path saveFullPageScreenshot(Path file) {
        Dimension before = driver.manage().window().getSize();
        try {
            int page = intFromScript("return Math.max(document.documentElement.scrollHeight,"
                    + " document.body.scrollHeight);");
            driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, page)));
            // The window is a little taller than the part that shows the page; grow it by the difference.
            int shown = intFromScript("return window.innerHeight;");
            if (shown < page) {
                driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, page) + page - shown));
            }
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + file, e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Saves the window as it is now, at its current size (a narrow phone width stays narrow), as a PNG. */
    public Path saveWindowScreenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + file, e);
        }
    }

    private int intFromScript(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).intValue();
    }

    /**
     * The browser console's errors since the last call: uncaught script errors, {@code console.error} and failed
     * requests. The browser's own request for {@code /favicon.ico} is left out; the workbench has no icon.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico "))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the test result is what matters.
        }
    }
}
