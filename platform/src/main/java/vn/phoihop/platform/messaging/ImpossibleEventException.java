package vn.phoihop.platform.messaging;

/**
 * Thrown by a handler for an event that is well formed but can never be applied (it contradicts what this
 * service knows for good). The event is poison: it goes to the dead-letter topic with this message as the
 * reason, instead of being retried. Never throw it for something that may succeed later.
 */
public class ImpossibleEventException extends RuntimeException {
    public ImpossibleEventException(String reason) {
        super(reason);
    }
}
