package vn.phoihop.platform.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start a service that would trust tokens it should not, or run on a test hook. Outside the dev
 * and test profiles the token verification key (PHOIHOP_JWT_PUBLIC_KEY) and issuer (PHOIHOP_JWT_ISSUER) must
 * be given explicitly: nothing falls back to the development key pair, whose private half is public. In the
 * production profile the clock hook PHOIHOP_CLOCK_START is refused as well.
 */
@ApplicationScoped
public class ProductionSettings {
    /** Profiles in which the development key and the clock hooks are acceptable. */
    static final List<String> DEVELOPMENT_PROFILES = List.of("dev", "test");

    void check(@Observes StartupEvent started) {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<String> problems = problems(config, config.getProfiles());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with unsafe settings:\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(SmallRyeConfig config, List<String> profiles) {
        List<String> problems = new ArrayList<>();
        if (profiles.stream().noneMatch(DEVELOPMENT_PROFILES::contains)) {
            if (blank(config, "mp.jwt.verify.publickey.location") && blank(config, "mp.jwt.verify.publickey")) {
                problems.add("PHOIHOP_JWT_PUBLIC_KEY is not set: give the location of the token verification key "
                        + "(the OIDC provider's JWKS URL, or a PEM file). There is no default outside the dev and test profiles.");
            }
            if (blank(config, "mp.jwt.verify.issuer")) {
                problems.add("PHOIHOP_JWT_ISSUER is not set: give the issuer (iss) of the tokens, e.g. https://sso.example/realms/phoihop.");
            }
        }
        if (profiles.contains("prod") && !blank(config, "phoihop.clock.start")) {
            problems.add("PHOIHOP_CLOCK_START (phoihop.clock.start) is a test hook; the production profile refuses it.");
        }
        return problems;
    }

    /** True in the production profile, where the test hooks (clock start, clock replacement) are refused. */
    public static boolean production() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles().contains("prod");
    }

    private static boolean blank(SmallRyeConfig config, String name) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.isEmpty() || value.get().isBlank();
    }
}
