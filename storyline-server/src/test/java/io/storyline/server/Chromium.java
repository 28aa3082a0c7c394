package io.storyline.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Test helper: the headless Chromium the browser tests drive (Debian's chromium and chromium-driver). */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the calling test class, saying why, when Chromium or its driver is not installed. */
    static void assumeInstalled(String what) {
        assumeTrue(
                Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                what + " skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    /** A headless Chromium at 1280×1000 with a 60 s page-load limit. */
    static ChromeDriver headless() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,1000");
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
