package vn.phoihop.console.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Every answer says how long the console took to make it (W3C Server-Timing, {@code page;dur=12.3} in
 * milliseconds): from the request's arrival to its headers, so a page's service calls and its rendering.
 * Browsers show it in their developer tools; {@code bash bench/run.sh} reads it for the console pages table.
 */
@ApplicationScoped
public class ServerTiming {
    public static final String HEADER = "Server-Timing";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            long start = System.nanoTime();
            rc.addHeadersEndHandler(v -> rc.response().putHeader(HEADER,
                    String.format(Locale.ROOT, "page;dur=%.1f", (System.nanoTime() - start) / 1e6)));
            rc.next();
        }, 100);
    }
}
