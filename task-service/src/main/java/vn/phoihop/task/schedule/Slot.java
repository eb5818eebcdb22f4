package vn.phoihop.task.schedule;

import vn.phoihop.events.AssignmentRole;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one agency owes for one obligation and period of a task: the assignment a plan asks for.
 * {@link #key()} identifies it across plan versions.
 */
public record Slot(UUID obligationId, String periodKey, String periodLabel, LocalDate dataFrom, LocalDate dataTo,
                   String agencyCode, AssignmentRole role, LocalDate deadline, String reportToCode,
                   String leadAgencyCode, List<String> indicatorCodes) {

    public String key() {
        return key(obligationId, periodKey, agencyCode);
    }

    public static String key(UUID obligationId, String periodKey, String agencyCode) {
        return obligationId + "|" + periodKey + "|" + agencyCode;
    }
}
