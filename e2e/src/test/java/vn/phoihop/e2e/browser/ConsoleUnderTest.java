package vn.phoihop.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.phoihop.e2e.RunningStack;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.LocalStack;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.nio.file.Path;
import java.util.List;

/**
 * The console as the browser tests use it: the end-to-end stack (four packaged services on one real
 * broker, clocks started in April 2020) plus the packaged console as its own process, with the
 * development sign-in of the local stack, and the Đắk Nông directory loaded. Started once per test JVM.
 */
public final class ConsoleUnderTest {
    private static ServiceProcess console;

    public static synchronized String url() {
        if (console == null) {
            Stack stack = RunningStack.get();
            DemoData.loadAgencies(stack.url("plan-service"));
            console = stack.startConsole(LocalStack.CONSOLE_ENVIRONMENT);
        }
        return console.baseUrl();
    }

    /** Where the screenshots go: console/target/screenshots of the repository. */
    public static Path screenshots() {
        return Stack.repositoryRoot().resolve("console/target/screenshots");
    }

    /** A new browser (a new person) on the console. */
    public static Browser browser() {
        return Browser.open(url(), screenshots());
    }

    /** Signs in on the development page: a featured demo user's button, else the agency and role picked from the lists. */
    public static void signIn(Browser browser, String agency, String role) {
        browser.go("/dang-nhap");
        browser.screenshot("sign-in");
        List<WebElement> featured = browser.all(By.id("sign-in-" + agency + "-" + role));
        if (featured.isEmpty()) {
            new Select(browser.find(By.id("agency"))).selectByValue(agency);
            new Select(browser.find(By.id("role"))).selectByValue(role);
            browser.click(By.id("sign-in"));
        } else {
            featured.get(0).click();
        }
        browser.until(d -> !browser.currentPath().startsWith("/dang-nhap"));
        browser.find(By.id("sign-out"));
    }

    /** A page's weight limit: the HTML with its stylesheet and scripts, decoded. */
    public static final long PAGE_WEIGHT_LIMIT = 200 * 1024;

    /**
     * Prints how each page shown so far in this JVM arrived (server time, response, load, weight) and checks that
     * each weighs under 200 KB and carried the console's Server-Timing. Times are reported, not judged: a loaded
     * CI machine says nothing about the page budget, which {@code bash bench/run.sh --console-pages} measures.
     */
    public static void checkPagesShown() {
        List<Browser.PageLoad> pages = List.copyOf(Browser.PAGES);
        StringBuilder table = new StringBuilder("\n| page | path | console (Server-Timing) | request → last byte | load event | weight |\n|---|---|---:|---:|---:|---:|\n");
        pages.forEach(p -> table.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.1f KB |%n",
                p.name(), p.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), p.serverMs(), p.responseMs(), p.loadMs(), p.bytes() / 1024.0)));
        System.out.println(table);
        org.junit.jupiter.api.Assertions.assertFalse(pages.isEmpty(), "no page was shown");
        for (Browser.PageLoad page : pages) {
            org.junit.jupiter.api.Assertions.assertTrue(page.bytes() > 0 && page.bytes() < PAGE_WEIGHT_LIMIT, "over 200 KB: " + page);
            org.junit.jupiter.api.Assertions.assertTrue(page.serverMs() >= 0, "the console's Server-Timing reached the browser: " + page);
        }
    }

    private ConsoleUnderTest() {
    }
}
