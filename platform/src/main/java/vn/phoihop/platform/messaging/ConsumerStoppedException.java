package vn.phoihop.platform.messaging;

/** The application stopped while a record was being retried; the record's offset stays uncommitted. */
public class ConsumerStoppedException extends RuntimeException {
    public ConsumerStoppedException(Throwable lastFailure) {
        super("stopped while retrying: " + lastFailure.getMessage(), lastFailure);
    }
}
