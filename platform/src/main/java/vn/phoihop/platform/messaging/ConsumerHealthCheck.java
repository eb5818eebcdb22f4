package vn.phoihop.platform.messaging;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * "event-consumers": DOWN at {@code /q/health} (and {@code /q/health/well}) while a consumer retries a record,
 * with the record and the reason, so operators see it. A wellness check, not a readiness check: a consumer
 * waiting for the database must not take the REST API out of its load balancer (the datasource's own
 * readiness check does that when the database is really gone), nor is it a reason to restart the instance.
 */
@Wellness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {
    @Inject
    ConsumerHealth consumers;

    @Override
    public HealthCheckResponse call() {
        var retrying = consumers.retrying();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").status(retrying.isEmpty());
        retrying.forEach((consumer, r) -> response.withData(consumer, String.format(
                "retrying %s %s (%s-%d@%d) since %s, %d attempts: %s", r.type(), r.eventId(), r.topic(), r.partition(),
                r.offset(), r.since(), r.attempts(), r.reason())));
        return response.build();
    }
}
