package vn.phoihop.console.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import vn.phoihop.console.ConsoleConfig;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;

/** What every page's layout needs: who is signed in (for the menu) and the sign-in mode. */
@TemplateGlobal
public class Globals {

    static SignedIn me() {
        var user = Arc.container().instance(CurrentUser.class);
        return user.isAvailable() ? user.get().get() : null;
    }

    static boolean devSignIn() {
        return Arc.container().instance(ConsoleConfig.class).get().devSignIn();
    }
}
