package vn.phoihop.platform.messaging;

import org.junit.jupiter.api.Test;
import vn.phoihop.events.InvalidEventException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures dead-letter a record (poison) and which hold it for another attempt (transient). */
class PoisonOrTransientTest {

    @Test
    void dataTheDatabaseRefusesOnEveryAttemptIsPoison() {
        // value too long for its column, numeric out of range, invalid text for a type: inside Hibernate's wrapping
        for (String state : List.of("22001", "22003", "22P02")) {
            SQLException refused = new BatchUpdateException("value too long for type character varying(80)", state, 0, new int[0]);
            assertTrue(EventProcessor.isPoison(new RuntimeException("could not execute batch", refused)), state);
        }
    }

    @Test
    void contractBreachesArePoison() {
        assertTrue(EventProcessor.isPoison(new IllegalStateException(new InvalidEventException("x", List.of("no data")))));
        assertTrue(EventProcessor.isPoison(new ImpossibleEventException("assignment of an unknown plan")));
    }

    @Test
    void whatMaySucceedLaterIsTransient() {
        // connection lost, serialization failure, deadlock, lock timeout, unique violation of a concurrent writer
        for (String state : List.of("08006", "40001", "40P01", "55P03", "23505", "57P01")) {
            assertFalse(EventProcessor.isPoison(new RuntimeException(new SQLException("failed", state))), state);
        }
        assertFalse(EventProcessor.isPoison(new IllegalStateException("the broker is not available")));
    }
}
