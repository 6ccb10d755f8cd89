package io.dragoman.web;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver (Debian: {@code apt-get install
 * chromium chromium-driver}); nothing is downloaded. Paths can be overridden with the system
 * properties {@code dragoman.chromium} and {@code dragoman.chromedriver}.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        String chromium = System.getProperty("dragoman.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("dragoman.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver at " + chromium
                    + " and " + chromedriver + " (Debian: apt-get install -y chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("dragoman-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--lang=en-GB",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** Signs in through the page's form and waits for the workbench; the session cookie then stays. */
    void signIn(URL root, String username, String password) {
        driver.get(root + "?visit=" + System.nanoTime());
        WebElement user = visible("#signin-user");
        user.clear();
        user.sendKeys(username);
        find("#signin-password").sendKeys(password);
        find("#signin-form button[type=submit]").click();
        // The page reloads once signed in: elements found before the reload go stale meanwhile.
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> find("#account").isDisplayed() && !find("#signin").isDisplayed()
                        && d.manage().getCookieNamed("dragoman_session") != null);
    }

    void open(URL root, String fragment) {
        // A new query string makes it a fresh page, not a fragment change of the last one.
        driver.get(root + "?visit=" + System.nanoTime() + "#" + fragment);
        waitFor(d -> d.findElement(By.id("panel-" + fragment)).isDisplayed()
                && Boolean.TRUE.equals(js("return document.readyState === 'complete'")));
    }

    /**
     * Types text into a search field, submits its form and waits until the list that answers it
     * says so (the page marks a result list with the query it answers in data-query).
     */
    void submit(String inputCss, String text, String listCss) {
        WebElement input = find(inputCss);
        input.clear();
        input.sendKeys(text);
        input.submit();
        waitFor(d -> text.equals(find(listCss).getAttribute("data-query")));
    }

    /** Lays the page out as a window of width × height CSS pixels at the given zoom factor. */
    void viewport(int width, int height, double zoom) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", zoom, "mobile", false));
    }

    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Saves what the viewport shows as target/screenshots/NAME.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Saves one element, e.g. a match drawn at a zoom that shows its diacritics. */
    Path screenshot(String name, WebElement element) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The font families Chromium drew the first element matching css with (CDP), e.g. "Noto Naskh Arabic". */
    @SuppressWarnings("unchecked")
    List<String> fontsOf(String css) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object nodeId = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", css)).get("nodeId");
        Map<String, Object> fonts = driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId));
        return ((List<Map<String, Object>>) fonts.get("fonts")).stream().map(f -> (String) f.get("familyName")).toList();
    }

    /** Whether the page is wider than its window, i.e. the reader would scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    /** Every resource the page loaded; all must come from the page's own origin. */
    @SuppressWarnings("unchecked")
    List<String> loadedResources() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat([location.href])");
    }

    /** Errors the page logged (script failures, refused requests) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
