package vn.phoihop.plan.agency.reorganisation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Applies reorganisations on their effective date (ServiceClock's today, Asia/Ho_Chi_Minh). Checks every
 * minute by default ({@code phoihop.agency.reorganisation-check}); each one applies in its own transaction,
 * so one that fails does not hold back the others.
 */
@ApplicationScoped
public class ReorganisationScheduler {
    private static final Logger LOG = Logger.getLogger(ReorganisationScheduler.class);

    @Inject
    Reorganisations reorganisations;

    @Scheduled(every = "${phoihop.agency.reorganisation-check:60s}", delayed = "${phoihop.agency.reorganisation-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void applyDue() {
        for (UUID id : reorganisations.due()) {
            try {
                reorganisations.applyDue(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "reorganisation %s failed to apply; it stays scheduled and is retried", id);
            }
        }
    }
}
