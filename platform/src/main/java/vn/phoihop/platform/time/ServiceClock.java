package vn.phoihop.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one source of "now" in every service. Deadlines, reminders and lateness are reckoned in
 * Asia/Ho_Chi_Minh. Tests move time with {@link #set(Clock)}; production never does.
 */
@ApplicationScoped
public class ServiceClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

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

    /** Replaces the clock, e.g. with {@code Clock.fixed(...)} in a test. */
    public void set(Clock clock) {
        this.clock = clock;
    }

    /** Back to the system clock. */
    public void reset() {
        this.clock = Clock.system(ZONE);
    }
}
