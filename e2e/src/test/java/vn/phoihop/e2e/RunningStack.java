package vn.phoihop.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import vn.phoihop.testing.Stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * The stack every end-to-end test runs on, started once per test JVM: databases phoihop_*_e2e dropped
 * and recreated, the four packaged services on free ports with their clocks set to April 2020, logs in
 * e2e/target/e2e-logs. When a test
 * fails, the tail of each service's log is printed next to the failure. The stack is stopped when the
 * whole test run ends, services first and then the broker, so that they shut down cleanly.
 */
public final class RunningStack implements BeforeAllCallback, TestWatcher {
    /**
     * The services' clocks start on Friday 10 April 2020, 09:00 in Vietnam, when the Đắk Nông 2020 plan
     * was issued, so that its periods and deadlines fall where they did.
     */
    static final String CLOCK_START = "2020-04-10T02:00:00Z";

    private static Stack stack;

    public static synchronized Stack get() {
        if (stack == null) {
            Path logs = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs"));
            stack = Stack.start(Stack.Options.endToEnd(Stack.repositoryRoot(), logs)
                    .withEnvironment(Map.of("PHOIHOP_CLOCK_START", CLOCK_START)));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        get();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> (ExtensionContext.Store.CloseableResource) RunningStack::stop);
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    public static String url(String service) {
        return get().url(service);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (stack == null) {
            return;
        }
        StringBuilder tails = new StringBuilder("\n==== " + context.getDisplayName() + " failed; service logs (tail) ====\n");
        stack.services().values().forEach(service -> tails.append("---- ").append(service.name())
                .append(" (").append(service.log()).append(service.isAlive() ? "" : ", NOT RUNNING").append(")\n")
                .append(service.logTail(40)).append('\n'));
        System.out.println(tails);
    }
}
