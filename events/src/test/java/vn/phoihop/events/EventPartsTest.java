package vn.phoihop.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventPartsTest {
    static PlanIssued.Task task(int i) {
        return new PlanIssued.Task(UUID.randomUUID(), "Triển khai Công văn tới xã số " + i, null,
                "BENCH.XA" + i, List.of(), null, EventSchemasTest.PRESS_TASK.obligations());
    }

    @Test
    void aLetterToOneHundredThousandCommunesTravelsInPartsUnderTheBrokerLimit() {
        List<PlanIssued.Task> tasks = IntStream.range(0, 100_000).mapToObj(EventPartsTest::task).toList();
        List<List<PlanIssued.Task>> parts = EventParts.split(tasks, EventParts.DEFAULT_MAX_ITEMS, EventParts.DEFAULT_MAX_BYTES);
        List<PlanIssued.Task> joined = new ArrayList<>();
        parts.forEach(joined::addAll);
        assertEquals(tasks, joined, "every task once, in order");
        for (int k = 0; k < parts.size(); k++) {
            PlanTasksPart part = new PlanTasksPart(UUID.randomUUID(), "1/CV-UBND", "BENCH.UBND", 1, k + 2, parts.size() + 1,
                    parts.get(k), List.of());
            int bytes = EventParts.sizeOf(part);
            assertTrue(bytes <= EventParts.DEFAULT_MAX_BYTES + 1024, "part " + k + " is " + bytes + " bytes");
            assertTrue(parts.get(k).size() <= EventParts.DEFAULT_MAX_ITEMS);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_TASKS_PART, EventJson.tree(part)));
        }
    }

    @Test
    void anItemLargerThanThePartGetsAPartOfItsOwnAndNothingIsEmpty() {
        List<String> items = List.of("a", "x".repeat(100), "b", "c");
        List<List<String>> parts = EventParts.split(items, 10, 50);
        assertEquals(List.of(List.of("a"), List.of("x".repeat(100)), List.of("b", "c")), parts);
        assertEquals(List.of(List.of()), EventParts.split(List.of(), 10, 50));
        assertEquals(List.of(List.of("a", "b"), List.of("c")), EventParts.split(List.of("a", "b", "c"), 2, 1000));
    }
}
