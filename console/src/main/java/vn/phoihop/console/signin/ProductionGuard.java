package vn.phoihop.console.signin;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import vn.phoihop.console.ConsoleConfig;

import java.util.List;

/** The production profile refuses to start with the development sign-in on: it would let anyone act as any agency. */
@Singleton
public class ProductionGuard {

    void check(@Observes StartupEvent ignored, ConsoleConfig config) {
        refuseInProduction(config.devSignIn(), ConfigUtils.getProfiles());
    }

    static void refuseInProduction(boolean devSignIn, List<String> profiles) {
        if (devSignIn && profiles.contains("prod")) {
            throw new IllegalStateException("phoihop.console.dev-sign-in=true is refused in the prod profile: "
                    + "sign-in must go through OpenID Connect. For the local stack run the console with QUARKUS_PROFILE=local.");
        }
    }
}
