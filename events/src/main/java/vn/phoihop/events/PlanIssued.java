package vn.phoihop.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan (Kế hoạch) was issued: it has its number and its tasks now bind the agencies named in them.
 *
 * @param number   the allocated number and symbol, e.g. {@code 12/KH-STTTT}
 * @param issuerCode code of the issuing agency (the coordinator's agency)
 */
public record PlanIssued(
        UUID planId,
        String number,
        String issuerCode,
        String subject,
        LocalDate issuedOn,
        List<Task> tasks) {

    /** One task (nhiệm vụ): a lead agency (chủ trì), cooperating agencies (phối hợp) and a report deadline. */
    public record Task(
            UUID taskId,
            String title,
            String description,
            String leadAgencyCode,
            List<String> cooperatingAgencyCodes,
            LocalDate deadline) {
    }
}
