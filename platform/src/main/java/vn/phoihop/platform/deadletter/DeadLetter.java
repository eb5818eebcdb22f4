package vn.phoihop.platform.deadletter;

import java.time.Instant;

/**
 * One record of the service's dead-letter topic: the event as it came (CloudEvents id and type, key) and
 * why it was refused, with where it came from.
 *
 * @param partition      partition of the dead-letter topic; with {@code offset}, what identifies this entry
 * @param offset         offset in the dead-letter topic
 * @param time           when it was dead-lettered
 * @param originalTopic  topic the event was read from, where a replay sends it
 * @param reason         why it is poison ({@code dead-letter-reason})
 */
public record DeadLetter(int partition, long offset, String eventId, String type, String key, String reason,
                         String cause, Instant time, String originalTopic, Integer originalPartition,
                         Long originalOffset) {
}
