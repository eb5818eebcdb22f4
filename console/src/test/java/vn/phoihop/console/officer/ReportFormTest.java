package vn.phoihop.console.officer;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportFormTest {

    @Test
    void summaryAndTypedIndicatorsBecomeTheReport() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("summary", " Quý II/2020: 12 tin, bài ");
        typed.put("indicators.NEWS_ARTICLES", "12");
        typed.put("indicators.BROADCAST_MINUTES", "1.234,5");
        typed.put("indicators.REPORTAGES", "");
        typed.put("indicators.EVENTS", "mười");

        Map<String, Object> body = AssignmentPage.reportBody(typed);

        assertEquals("Quý II/2020: 12 tin, bài", body.get("summary"));
        assertEquals(Map.of("NEWS_ARTICLES", new BigDecimal("12"), "BROADCAST_MINUTES", new BigDecimal("1234.5"), "EVENTS", "mười"),
                body.get("indicators"), "a value that is not a number goes as typed, for the service to name it");
    }

    @Test
    void theFourBucketsWithTheirCounts() {
        List<Map<String, Object>> buckets = InboxPage.buckets(Map.of("doneOnTime", 2, "doneLate", 1, "notYetDue", 5, "overdue", 3), "OVERDUE");
        assertEquals(List.of("Đúng hạn", "Trễ hạn", "Chưa đến hạn", "Quá hạn"), buckets.stream().map(b -> b.get("label")).toList());
        assertEquals(List.of(2L, 1L, 5L, 3L), buckets.stream().map(b -> b.get("count")).toList());
        assertEquals(List.of(false, false, false, true), buckets.stream().map(b -> b.get("selected")).toList());
    }
}
