package vn.phoihop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.phoihop.platform.problem.ProblemException;

/** Who is calling: the agency code and roles from the bearer token. */
@RequestScoped
public class Caller {
    /** Token claim holding the caller's agency code. */
    public static final String AGENCY_CLAIM = "agency";

    @Inject
    JsonWebToken jwt;

    @Inject
    Instance<KnownAgencies> knownAgencies;

    private String checked;

    /**
     * The caller's agency code; a token without one may not act for any agency, nor may a token naming an
     * agency this service does not know (403). An admin operates the system and is not held to its claim.
     */
    public String agencyCode() {
        Object agency = jwt.getClaim(AGENCY_CLAIM);
        if (agency == null || agency.toString().isBlank()) {
            throw ProblemException.forbidden("the token carries no '" + AGENCY_CLAIM + "' claim");
        }
        String code = agency.toString().replace("\"", "");
        if (!code.equals(checked) && !is(Roles.ADMIN) && knownAgencies.isResolvable()) {
            if (!knownAgencies.get().contains(code)) {
                throw ProblemException.forbidden("the token's agency " + code + " is not a known agency");
            }
            checked = code;
        }
        return code;
    }

    public boolean is(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** True when the caller acts for {@code agencyCode}, or is an admin. */
    public boolean actsFor(String agencyCode) {
        return is(Roles.ADMIN) || agencyCode().equals(agencyCode);
    }
}
