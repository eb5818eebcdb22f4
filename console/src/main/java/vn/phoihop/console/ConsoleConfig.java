package vn.phoihop.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The console's own settings ({@code phoihop.console.*}; docs/console.md lists them). */
@ConfigMapping(prefix = "phoihop.console")
public interface ConsoleConfig {

    /** The development sign-in page (demo agencies and roles, development key). Never in production. */
    @WithDefault("false")
    boolean devSignIn();

    /** Secret from which the development session cookie's encryption key is derived; random per start when absent. */
    Optional<String> sessionSecret();

    /** Base URLs of the four services. */
    Services services();

    interface Services {
        String plan();

        String task();

        String report();

        String notification();
    }
}
