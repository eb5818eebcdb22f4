package vn.phoihop.plan.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.phoihop.platform.security.KnownAgencies;

/** Here a known agency is one in the directory, in force or ended (an ended agency still reads its history). */
@ApplicationScoped
public class DirectoryAgencies implements KnownAgencies {
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String agencyCode) {
        return Agency.count("code", agencyCode) > 0;
    }
}
