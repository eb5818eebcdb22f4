package vn.phoihop.console.web;

/** A page needs a signed-in user and there is none (or the session ended). */
public class NotSignedIn extends RuntimeException {
    public NotSignedIn() {
        super("not signed in", null, false, false);
    }
}
