package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.task.assignment.ReportProgress;

/** Report events, keyed by the reporting agency: a report (báo cáo) submitted, revised, accepted or returned moves its assignment. */
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class ReportEventsConsumer extends EventConsumer {
    @Inject
    ReportProgress progress;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.REPORT_SUBMITTED, ReportSubmitted.class, progress::submitted)
                .on(EventTypes.REPORT_REVISED, ReportRevised.class, progress::revised)
                .on(EventTypes.REPORT_ACCEPTED, ReportAccepted.class, progress::accepted)
                .on(EventTypes.REPORT_RETURNED, ReportReturned.class, progress::returned);
    }

    @Incoming("report-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
