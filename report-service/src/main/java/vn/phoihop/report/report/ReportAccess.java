package vn.phoihop.report.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

/**
 * Who sees and reviews a report: the reporting agency, its receiver (the lead agency for a cooperating
 * agency's contribution, else the plan's issuer), the issuer's coordinators, and admins. Everyone else gets 404.
 */
@RequestScoped
public class ReportAccess {
    @Inject
    Caller caller;

    public String agency() {
        return caller.agencyCode();
    }

    public boolean visible(Report report) {
        return caller.actsFor(report.agencyCode) || receives(report)
                || (caller.is(Roles.COORDINATOR) && caller.agencyCode().equals(report.issuerCode));
    }

    /** The receiving agency decides on it; admins only look. */
    public boolean reviews(Report report) {
        return receives(report);
    }

    /**
     * The issuer's coordinators receive what is sent to the issuer; a lead agency's officers too receive
     * its cooperating agencies' contributions (a lead agency works through its officers).
     */
    private boolean receives(Report report) {
        if (!caller.agencyCode().equals(report.receiverCode)) {
            return false;
        }
        return caller.is(Roles.COORDINATOR)
                || (caller.is(Roles.OFFICER) && !report.receiverCode.equals(report.issuerCode));
    }
}
