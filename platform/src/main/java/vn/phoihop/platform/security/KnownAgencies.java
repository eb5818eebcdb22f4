package vn.phoihop.platform.security;

/**
 * What a service counts as a known agency (cơ quan có trong danh bạ), for {@link Caller}: a validly signed
 * token naming an agency the service does not know is refused with 403 before it can act. Each service
 * answers from what it holds: plan-service from the directory itself, the others from their projections of
 * the directory and of the documents they received. A service without an implementation checks nothing.
 */
public interface KnownAgencies {
    boolean contains(String agencyCode);
}
