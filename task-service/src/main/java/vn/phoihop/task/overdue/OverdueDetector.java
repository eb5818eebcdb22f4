package vn.phoihop.task.overdue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentService;

import java.util.List;

/**
 * Finds assignments whose deadline day has ended (Asia/Ho_Chi_Minh) with nothing submitted and publishes
 * TaskOverdue once for each. It reads only due, unmarked, open rows through a partial index on due_at, in
 * batches locked with FOR UPDATE SKIP LOCKED, so several instances never mark the same row twice.
 */
@ApplicationScoped
public class OverdueDetector {
    private static final Logger LOG = Logger.getLogger(OverdueDetector.class);
    private static final String DUE = """
            select * from assignment
            where overdue_at is null and status in ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS') and due_at <= :now
            order by due_at limit :n for update skip locked""";

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "phoihop.task.overdue.batch-size", defaultValue = "200")
    int batchSize;

    @Scheduled(every = "${phoihop.task.overdue.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        int marked;
        int total = 0;
        do {
            marked = QuarkusTransaction.requiringNew().call(this::markBatch);
            total += marked;
        } while (marked == batchSize);
        if (total > 0) {
            registry.counter("phoihop.task.overdue.marked").increment(total);
            LOG.infof("%d assignments became overdue", total);
        }
    }

    /** Marks one batch; returns how many were marked. */
    int markBatch() {
        @SuppressWarnings("unchecked")
        List<Assignment> due = em.createNativeQuery(DUE, Assignment.class)
                .setParameter("now", clock.now()).setParameter("n", batchSize).getResultList();
        due.forEach(assignments::markOverdue);
        return due.size();
    }
}
