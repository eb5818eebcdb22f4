package vn.phoihop.events;

import java.time.LocalDate;
import java.util.UUID;

/** An issued plan was revoked (thu hồi, bãi bỏ): its open assignments are cancelled. Key: plan id. */
public record PlanRevoked(
        UUID planId,
        String number,
        String issuerCode,
        LocalDate revokedOn,
        String reason) {
}
