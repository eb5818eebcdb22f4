package vn.phoihop.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.platform.security.ProductionSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one source of "now" in every service. Deadlines, reminders and lateness are reckoned in
 * Asia/Ho_Chi_Minh. Tests move time with {@link #set(Clock)}; a test that runs a packaged service as
 * its own process starts it with {@code PHOIHOP_CLOCK_START} (an instant, e.g. 2024-02-19T00:30:00Z)
 * and the service's time then runs on from that instant. Both are test hooks: the production profile
 * refuses to start with the first ({@code ProductionSettings}) and refuses the second.
 */
@ApplicationScoped
public class ServiceClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

    ServiceClock() {
    }

    @Inject
    ServiceClock(@ConfigProperty(name = "phoihop.clock.start") Optional<Instant> start) {
        start.filter(at -> !ProductionSettings.production()).ifPresent(at -> clock = Clock.offset(Clock.system(ZONE), java.time.Duration.between(Instant.now(), at)));
    }

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.now(clock).withZoneSameInstant(ZONE);
    }

    /** Today's date in Vietnam. */
    public LocalDate today() {
        return zonedNow().toLocalDate();
    }

    /** Replaces the clock, e.g. with {@code Clock.fixed(...)} in a test; refused in the production profile. */
    public void set(Clock clock) {
        if (ProductionSettings.production()) {
            throw new IllegalStateException("the service clock is not set by hand in the production profile");
        }
        this.clock = clock;
    }

    /** Back to the system clock. */
    public void reset() {
        this.clock = Clock.system(ZONE);
    }
}
