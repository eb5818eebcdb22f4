package vn.phoihop.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes Vietnam's working-day calendar injectable. The shipped calendar (2020–2030) is used unless
 * {@code phoihop.calendar.file} names a CSV of the same format, e.g. after the government publishes a
 * year's decision that differs from it.
 */
@ApplicationScoped
public class WorkingCalendars {

    @Produces
    @Singleton
    WorkingCalendar calendar(@ConfigProperty(name = "phoihop.calendar.file") Optional<Path> file) {
        return file.map(WorkingCalendar::of).orElseGet(WorkingCalendar::vietnam);
    }
}
