package vn.phoihop.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a document lists (tasks, removed task ids) into parts of bounded size, so that no event grows
 * with the document beyond the broker's message limit (Kafka's default is 1 MB). A part holds at most
 * {@code maxItems} items and at most {@code maxBytes} of their JSON; an item larger than {@code maxBytes} on
 * its own gets a part of its own. The order of the items is kept.
 */
public final class EventParts {
    /**
     * Items per part by default. A task with one obligation is about 0.6 kB of JSON, so bytes would allow more;
     * the count is kept small because each part is one consumer transaction, which must stay well inside the
     * transaction timeout on a busy machine (500 tasks took over 60 s on a saturated 2-core machine).
     */
    public static final int DEFAULT_MAX_ITEMS = 100;
    /** JSON bytes per part by default: a quarter of Kafka's default message limit, leaving room for headers. */
    public static final int DEFAULT_MAX_BYTES = 256 * 1024;

    public static <T> List<List<T>> split(List<T> items, int maxItems, int maxBytes) {
        List<List<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long bytes = 0;
        for (T item : items) {
            int size = sizeOf(item);
            if (!current.isEmpty() && (current.size() >= maxItems || bytes + size > maxBytes)) {
                parts.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += size;
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The item's JSON size in bytes, as it will travel. */
    public static int sizeOf(Object item) {
        return EventJson.write(item).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    private EventParts() {
    }
}
