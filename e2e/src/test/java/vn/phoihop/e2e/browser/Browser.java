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
                    // the browser's own widgets (date inputs) in Vietnamese order, dd/mm/yyyy
                    .withEnvironment(Map.of("LANGUAGE", "vi_VN:vi", "LANG", "vi_VN.UTF-8"))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
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

    /** Waits (bounded) until {@code condition} holds. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    public <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
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

    /** Saves a PNG of the visible page as {@code console/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
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
     * Downloads what the link {@code link} points to, as the signed-in user (the browser's own session
     * cookie, through the console), into this browser's download directory; fails with the HTTP status
     * when the console refuses.
     */
    public Path fetchLink(By link, String fileName) {
        String href = find(link).getAttribute("href");
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer().then(b => {
                      let s = ''; const bytes = new Uint8Array(b);
                      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                      done('ok:' + btoa(s)); })
                    : done('status:' + r.status))
                  .catch(e => done('error:' + e));""", href);
        String answer = String.valueOf(result);
        if (!answer.startsWith("ok:")) {
            throw new AssertionError("downloading " + href + " failed: " + answer);
        }
        try {
            Path file = downloads.resolve(fileName);
            Files.write(file, java.util.Base64.getDecoder().decode(answer.substring(3)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a download whose name ends with {@code suffix} is complete and returns it. */
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
