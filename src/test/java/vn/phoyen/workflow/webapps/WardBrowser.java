package vn.phoyen.workflow.webapps;

import java.io.IOException;
import java.time.Duration;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of the ward's staff in Chromium against the test server: logs in to a webapp with the demo password, opens
 * a task in Tasklist, waits for what the page shows and keeps screenshots. Skipped, saying why, where no Chromium is
 * installed (see {@link Chromium}).
 */
public final class WardBrowser implements AutoCloseable {

    private final int port;
    private final WebDriver browser;
    private final WebDriverWait wait;

    public WardBrowser(int port) {
        this.port = port;
        this.browser = Chromium.open(1400, 1000);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void get(String path) {
        browser.get(url(path));
    }

    /** Logs in at the webapp's own login page ({@code tasklist}, {@code cockpit}, {@code admin}). */
    public void logIn(String app, String user) {
        logIn(browser, wait, url("/camunda/app/" + app + "/default/"), user);
    }

    /**
     * Logs in with the demo password at a webapp page's login form (any page of Tasklist, Cockpit or Admin) and
     * waits until the form is gone; if it stays, fails saying what the page showed.
     */
    public static void logIn(WebDriver browser, WebDriverWait wait, String url, String user) {
        browser.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
        } catch (TimeoutException stillOnTheLoginForm) {
            throw new AssertionError("login of " + user + " did not leave the form; the page says: "
                    + browser.findElement(By.tagName("body")).getText(), stillOnTheLoginForm);
        }
    }

    /** Opens the task in Tasklist and waits for its form. */
    public void openTask(Task task) {
        get("/camunda/app/tasklist/default/#/?task=" + task.getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), task.getName()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    public WebElement visible(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    public void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
