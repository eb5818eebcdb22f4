package vn.phoihop.notification.delivery;

/**
 * The network part of one delivery, prepared in the sender's transaction (everything read from the database is
 * read then) and run on any thread, so that many e-mails and webhook calls of a batch travel at once.
 */
@FunctionalInterface
public interface Sending {
    void run() throws Exception;
}
