package vn.phoihop.platform.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.function.Supplier;

/**
 * A request that changes a row which consumers and schedulers change too (an assignment the overdue detector
 * marks, a report event moves): when its optimistic lock ({@code @Version}) finds that something else wrote the
 * row between our read and our write, the whole request is read and applied again in a new transaction, a few
 * times, before the caller is told 409. A person acknowledging a task should not be refused because a background
 * job touched it at the same instant; a refusal on the task's state is still a refusal.
 */
public final class ChangedMeanwhile {
    static final int ATTEMPTS = 3;

    /** Runs {@code work} in its own transaction, again when another writer changed the same row meanwhile. */
    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /** An optimistic-lock failure, however it arrives (directly, or wrapped in the commit's rollback). */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private ChangedMeanwhile() {
    }
}
