package vn.phoihop.e2e.browser;

import vn.phoihop.e2e.RunningStack;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.LocalStack;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.nio.file.Path;

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

    private ConsoleUnderTest() {
    }
}
