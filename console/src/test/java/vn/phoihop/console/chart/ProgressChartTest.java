package vn.phoihop.console.chart;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressChartTest {

    static Map<String, Object> cell(String bucket, String status) {
        return Map.of("bucket", bucket, "status", status);
    }

    @Test
    void countsEachPeriodsBucketsFromTheMatrixLeavingCancelledOut() {
        Map<String, Object> matrix = Map.of(
                "periods", List.of(Map.of("key", "2020-Q2", "label", "Quý II/2020"), Map.of("key", "2020-Q3", "label", "Quý III/2020")),
                "rows", List.of(
                        Map.of("cells", Map.of("2020-Q2", cell("DONE_ON_TIME", "ACCEPTED"), "2020-Q3", cell("NOT_YET_DUE", "ASSIGNED"))),
                        Map.of("cells", Map.of("2020-Q2", cell("OVERDUE", "ASSIGNED"), "2020-Q3", cell("NOT_YET_DUE", "CANCELLED"))),
                        Map.of("cells", Map.of("2020-Q2", cell("DONE_LATE", "SUBMITTED")))));

        List<PeriodProgress> progress = PeriodProgress.fromMatrix(matrix);

        assertEquals(List.of(new PeriodProgress("2020-Q2", "Quý II/2020", 1, 1, 1, 0),
                new PeriodProgress("2020-Q3", "Quý III/2020", 0, 0, 0, 1)), progress);
    }

    @Test
    void barsAreAsTallAsTheirCountsOnACommonScale() {
        String svg = ProgressChart.svg("Tiến độ <KH>", List.of(
                new PeriodProgress("2020-Q2", "Quý II/2020", 6, 2, 4, 0),
                new PeriodProgress("2020-Q3", "Quý III/2020", 0, 0, 0, 12)));

        // scale: 12 → axis 12 (4 × 3); plot height 170 px
        assertEquals(85.0, height(svg, "2020-Q2", "đúng hạn"), 0.1);
        assertEquals(28.3, height(svg, "2020-Q2", "trễ hạn"), 0.1);
        assertEquals(56.7, height(svg, "2020-Q2", "quá hạn"), 0.1);
        assertEquals(170.0, height(svg, "2020-Q3", "chưa đến hạn"), 0.1);
        assertTrue(svg.contains("<title id=\"chart-title\">Tiến độ &lt;KH&gt;</title>"), "the title is escaped");
        assertTrue(svg.contains("Quý II/2020: 6 đúng hạn, 2 trễ hạn, 4 quá hạn, 0 chưa đến hạn."), "screen readers get the figures");
    }

    @Test
    void theAxisEndsOnARoundNumber() {
        assertEquals(4, ProgressChart.niceMax(0));
        assertEquals(4, ProgressChart.niceMax(3));
        assertEquals(12, ProgressChart.niceMax(12));
        assertEquals(20, ProgressChart.niceMax(17));
        assertEquals(200, ProgressChart.niceMax(170));
    }

    @Test
    void periodLabelsFitUnderTheirBars() {
        assertEquals(List.of("Quý II/2020"), List.of(ProgressChart.labelLines("Quý II/2020")));
        assertEquals(List.of("6 tháng đầu", "năm 2020"), List.of(ProgressChart.labelLines("6 tháng đầu năm 2020")));
        assertEquals(List.of("Một lần"), List.of(ProgressChart.labelLines("ONCE")));
    }

    private static double height(String svg, String period, String kind) {
        int group = svg.indexOf("data-period=\"" + period + "\"");
        Matcher m = Pattern.compile("height=\"([0-9.]+)\" fill=\"[^\"]+\" data-kind=\"" + kind + "\"").matcher(svg);
        assertTrue(m.find(group), kind + " of " + period + " is drawn");
        return Double.parseDouble(m.group(1));
    }
}
