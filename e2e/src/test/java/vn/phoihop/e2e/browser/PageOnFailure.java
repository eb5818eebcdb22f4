package vn.phoihop.e2e.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.LinkedHashMap;
import java.util.Map;

/** When a browser test fails, each open browser's page is saved (PNG and HTML) under console/target/screenshots/failed/. */
public final class PageOnFailure implements TestWatcher {
    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    public void watch(String who, Browser browser) {
        browsers.put(who, browser);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        browsers.forEach((who, browser) -> {
            try {
                browser.savePage("failed/" + context.getRequiredTestMethod().getName() + "-" + who);
            } catch (RuntimeException e) {
                System.out.println("could not save the page of " + who + ": " + e.getMessage());
            }
        });
    }
}
