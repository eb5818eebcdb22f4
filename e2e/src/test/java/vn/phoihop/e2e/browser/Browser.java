package vn.phoihop.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One person's browser: Debian's Chromium, headless, driven through its own chromedriver (no driver or
 * browser is downloaded), with a fresh profile, so that two instances are two people with separate
 * sessions. Screenshots go to {@code console/target/screenshots/}, downloads to a directory of its own.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("phoihop.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("phoihop.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(20);

    private final String baseUrl;
    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final Path screenshots;

    private Browser(String baseUrl, WebDriver driver, Path profile, Path downloads, Path screenshots) {
        this.baseUrl = baseUrl;
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /** A new browser window of 1366×768 (an office screen) that opens paths relative to {@code baseUrl}. */
    public static Browser open(String baseUrl, Path screenshots) {
        try {
            Path profile = Files.createTempDirectory("phoihop-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            Files.createDirectories(screenshots);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--lang=vi-VN",
                    "--user-data-dir=" + profile.resolve("profile"), "--window-size=1366,768");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "vi-VN,vi"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    // the browser's own texts in Vietnamese; LANG must name a locale the machine has (C.UTF-8 always
                    // is there, vi_VN.UTF-8 seldom): with an unknown one Chromium cannot write a file name with
                    // diacritics and saves "Tổng hợp … .xlsx" as "download"
                    .withEnvironment(Map.of("LANGUAGE", "vi_VN:vi", "LANG", "C.UTF-8"))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // headless Chromium drops downloads unless told where to put them (the prefs alone are not enough)
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of(
                    "behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
            driver.manage().window().setSize(new Dimension(1366, 768));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(baseUrl, driver, profile, downloads, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} (e.g. "/inbox") of the console. */
    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        return this;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits (bounded) until the element is visible and returns it. */
    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits (bounded) until {@code condition} holds. An element that the page replaced while the condition read it
     * (the page loading after a click, htmx swapping a part) only means: look again.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT, condition);
    }

    public <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the page's text contains {@code text}. */
    public Browser seesText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Browser type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Scrolls {@code element} to the top of the window, then saves the screenshot {@code name}. */
    public Path screenshot(String name, By element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -12);", find(element));
        return screenshot(name);
    }

    /**
     * How a page arrived, from the browser's Navigation and Resource Timing: the console's own time for it (its
     * Server-Timing header), request to last byte, start to the end of the load event, and the weight of the page
     * with everything it loaded (decoded bytes; the live event stream left out), in bytes.
     */
    public record PageLoad(String name, String path, double serverMs, double responseMs, double loadMs, long bytes) {
    }

    /** Every page a screenshot was taken of, in this JVM, with how it arrived. */
    public static final List<PageLoad> PAGES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** How the page now shown arrived. */
    public PageLoad pageLoad(String name) {
        @SuppressWarnings("unchecked")
        List<Number> figures = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                const page = (n.serverTiming || []).find(t => t.name === 'page');
                const resources = performance.getEntriesByType('resource').filter(r => !r.name.includes('/stream'))
                    .reduce((sum, r) => sum + (r.decodedBodySize || 0), 0);
                return [page ? page.duration : -1, n.responseEnd - n.requestStart, n.loadEventEnd - n.startTime,
                        n.decodedBodySize + resources];""");
        return new PageLoad(name, currentPath(), figures.get(0).doubleValue(), figures.get(1).doubleValue(),
                figures.get(2).doubleValue(), figures.get(3).longValue());
    }

    /** Saves a PNG of the visible page as {@code console/target/screenshots/<name>.png}, and notes how the page arrived. */
    public Path screenshot(String name) {
        if (!name.startsWith("failed/")) {
            PAGES.add(pageLoad(name));
        }
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Saves the page as {@code <name>.png} and {@code <name>.html} (with its address) under the screenshots directory. */
    public void savePage(String name) {
        Path png = screenshot(name);
        try {
            Files.writeString(png.resolveSibling(png.getFileName().toString().replace(".png", ".html")),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks the download link {@code link} as a person does and waits (bounded) until the browser has saved
     * the file in this browser's download directory; its name is the one the server's Content-Disposition gave.
     */
    public Path clickDownload(By link, String suffix) {
        click(link);
        return downloaded(suffix);
    }

    /**
     * The response headers of what {@code link} points to, fetched with the browser's own session (names in
     * lower case), to check what the server said about the file.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> headersOf(By link) {
        String href = find(link).getAttribute("href");
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => { const h = {status: String(r.status)}; r.headers.forEach((v, k) => h[k] = v); done(h); })
                  .catch(e => done({error: String(e)}));""", href);
        return (Map<String, String>) result;
    }

    /**
     * Waits (bounded) until a download whose name ends with {@code suffix} is complete and returns it: Chromium
     * writes into {@code <name>.crdownload} and renames it when the last byte is in.
     */
    public Path downloaded(String suffix) {
        return until(Duration.ofSeconds(30), d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public Path downloads() {
        return downloads;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
