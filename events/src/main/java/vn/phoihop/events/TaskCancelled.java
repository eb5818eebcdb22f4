package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An open assignment was cancelled because its plan was amended (task or agency removed) or revoked.
 * Keyed by {@code agencyCode}.
 *
 * @param reason TASK_REMOVED, AGENCY_REMOVED, PERIOD_REMOVED, PLAN_REVOKED or REQUEST_WITHDRAWN (a report request withdrawn)
 */
public record TaskCancelled(
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        String reason,
        Instant cancelledAt) {
}
