package vn.phoihop.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The agency directory changed: an agency was registered or updated, or a reorganisation (sắp xếp tổ chức)
 * renamed, merged, split or abolished it. Carries the agency as it is after the change, so that other
 * services can keep their own projection of the directory. Key: agency code.
 *
 * @param agencyKind     PEOPLES_COMMITTEE, DEPARTMENT, POLICE, BORDER_GUARD, COURT, PROCURACY, PRESS,
 *                       DISTRICT_UNIT, COMMUNE_UNIT, MASS_ORGANISATION, ENTERPRISE, MINISTRY, PARTY_BOARD,
 *                       STEERING_COMMITTEE, OTHER
 * @param parentCode     the agency above it in the hierarchy, null for a province or outside body
 * @param provinceCode   the province it belongs to, e.g. DKN
 * @param active         false once merged, split or abolished
 * @param successorCodes MERGED/SPLIT/ABOLISHED: the agencies that take over; open assignments move to the first
 */
public record AgencyChanged(
        UUID changeId,
        AgencyChange change,
        String agencyCode,
        String name,
        String shortName,
        String symbol,
        String agencyKind,
        String parentCode,
        String provinceCode,
        boolean active,
        LocalDate effectiveOn,
        List<String> successorCodes) {
}
