package vn.phoihop.task.delivery;

import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import vn.phoihop.platform.problem.ProblemException;

import java.util.List;

/**
 * What the broker's refusals mean for an administrator. All answer 503: the request was fine, the
 * broker (its configuration, or our admin principal's rights) must be fixed first.
 */
final class BrokerProblems {
    private BrokerProblems() {
    }

    static ProblemException of(Throwable cause) {
        if (cause instanceof SecurityDisabledException) {
            return problem("Kafka broker without an authorizer",
                    "The broker has no authorizer (authorizer.class.name, e.g. Strimzi 'authorization: simple'), so it "
                            + "cannot keep agencies apart; nothing was provisioned. (" + cause.getMessage() + ")");
        }
        if (cause instanceof UnsupportedVersionException) {
            return problem("Kafka broker lacks a needed feature",
                    "The broker does not support an operation per-agency access needs (SCRAM credentials need "
                            + "Kafka 3.5+ in KRaft mode, ACLs an authorizer). (" + cause.getMessage() + ")");
        }
        if (cause instanceof AuthorizationException) {
            return problem("task-service may not administer the Kafka broker",
                    "The admin principal (phoihop.delivery.admin.*) needs ALTER and DESCRIBE on the cluster and "
                            + "CREATE and DESCRIBE on topics prefixed phoihop.inbox. (" + cause.getMessage() + ")");
        }
        if (cause instanceof AuthenticationException) {
            return problem("task-service could not log in to the Kafka broker",
                    "Check phoihop.delivery.admin.sasl-* settings. (" + cause.getMessage() + ")");
        }
        return unavailable(cause);
    }

    static ProblemException unavailable(Throwable cause) {
        String why = cause instanceof TimeoutException ? "it did not answer in time" : String.valueOf(cause.getMessage());
        return problem("Kafka broker unavailable", "The Kafka broker could not be administered: " + why);
    }

    private static ProblemException problem(String title, String detail) {
        return new ProblemException(503, title, detail, List.of());
    }

    /** Internal: a create found the thing already there. */
    static final class AlreadyThere extends RuntimeException {
        AlreadyThere() {
            super(null, null, false, false);
        }
    }

    /** Internal: a describe or delete found nothing. */
    static final class NotThere extends RuntimeException {
        NotThere() {
            super(null, null, false, false);
        }
    }
}
