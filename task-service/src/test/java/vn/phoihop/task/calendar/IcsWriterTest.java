package vn.phoihop.task.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5545 escaping (§3.3.11) and folding (§3.1) of the hand-written writer. */
class IcsWriterTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewlines() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsWriter.text("a\\b;c,d\r\ne\nf"));
    }

    @Test
    void longVietnameseLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String summary = "Hạn báo cáo Quý I/2022: Chỉ đạo các cơ sở y tế tổ chức khám sức khỏe định kỳ cho người lao động"
                + " làm việc tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm (4256/KH-UBND)";
        String ics = new IcsWriter().begin("-//Phối hợp//task-service//VI", "Lịch")
                .allDayEvent("x@phoihop.vn", Instant.parse("2022-03-01T00:00:00Z"), LocalDate.of(2022, 3, 20), summary, null, null)
                .end();
        for (String line : ics.split("\r\n")) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
        }
        assertTrue(ics.replace("\r\n ", "").contains("\r\nSUMMARY:" + summary + "\r\n"));
        assertTrue(ics.contains("\r\nDTSTAMP:20220301T000000Z\r\nDTSTART;VALUE=DATE:20220320\r\nDTEND;VALUE=DATE:20220321\r\n"));
    }
}
