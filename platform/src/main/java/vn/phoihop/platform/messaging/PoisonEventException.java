package vn.phoihop.platform.messaging;

/** A record that can never be applied; its message is the reason the dead-letter topic records. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
