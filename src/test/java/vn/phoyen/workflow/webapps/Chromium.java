package vn.phoyen.workflow.webapps;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (packages chromium and chromium-driver, which .ci/run installs) for the browser
 * tests, set up as on the ward's computers: Vietnamese, time zone Asia/Ho_Chi_Minh (the webapps show dates in the
 * browser's time zone). Without them the calling test is skipped, saying why.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A headless Chromium with a window of {@code width} x {@code height}; {@code tuning} adds test-specific options. */
    public static WebDriver open(int width, int height, Consumer<ChromeOptions> tuning) {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "no Chromium here: apt-get install chromium chromium-driver (as .ci/run does) to run the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // without the background-networking flags Chromium keeps knocking on a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=vi");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
        tuning.accept(options);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build(), options);
    }

    public static WebDriver open(int width, int height) {
        return open(width, height, options -> { });
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
