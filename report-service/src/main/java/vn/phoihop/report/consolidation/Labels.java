package vn.phoihop.report.consolidation;

import vn.phoihop.report.report.Report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Vietnamese wording and table layout shared by the CSV, XLSX and DOCX exports. */
final class Labels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String status(String status) {
        return switch (Report.Status.valueOf(status)) {
            case SUBMITTED -> "Đã gửi, chờ xem xét";
            case RETURNED -> "Trả lại để bổ sung";
            case ACCEPTED -> "Đã tiếp nhận";
        };
    }

    static String period(ConsolidationView view) {
        return view.periodLabel() != null ? view.periodLabel() : view.periodKey();
    }

    static String title(ConsolidationView view) {
        return "Kết quả thực hiện " + (view.planNumber() == null ? "văn bản " + view.planId()
                : vn.phoihop.platform.document.DocumentNames.of(view.planNumber()))
                + (view.subject() == null ? "" : " về " + lowerFirst(view.subject())) + ", " + period(view);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String indicatorHeader(ConsolidationView.IndicatorTotal total) {
        return total.unit() == null ? total.name() : total.name() + " (" + total.unit() + ")";
    }

    /** Header and one row per reporting agency (its own values), then the total row. */
    static List<List<String>> unitTable(ConsolidationView view) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Mã đơn vị", "Tình trạng báo cáo"));
        view.indicators().forEach(t -> header.add(indicatorHeader(t)));
        rows.add(header);
        int n = 0;
        for (ConsolidationView.Unit unit : view.units()) {
            if (unit.reports() == 0) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(++n), unit.name(), unit.agencyCode(),
                    String.join(", ", unit.statuses().stream().map(Labels::status).toList())
                            + (unit.lateReports() > 0 ? " (nộp muộn)" : "")));
            Map<String, BigDecimal> own = unit.own();
            view.indicators().forEach(t -> row.add(number(own.get(t.code()))));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng", "", ""));
        view.indicators().forEach(t -> total.add(number(t.total())));
        rows.add(total);
        return rows;
    }

    static List<List<String>> targetTable(ConsolidationView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Chỉ tiêu kế hoạch", "Mã chỉ tiêu", "Mục tiêu", "Đơn vị tính", "Kết quả", "Tỷ lệ đạt (%)"));
        int n = 0;
        for (ConsolidationView.TargetProgress t : view.targets()) {
            rows.add(List.of(String.valueOf(++n), t.description() == null ? "" : t.description(), t.indicatorCode(),
                    number(t.goal()), t.unit() == null ? "" : t.unit(), number(t.actual()), number(t.percentOfGoal())));
        }
        return rows;
    }

    static List<List<String>> missingTable(ConsolidationView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Đơn vị", "Mã đơn vị", "Nhiệm vụ", "Hạn báo cáo", "Quá hạn"));
        int n = 0;
        for (ConsolidationView.Missing m : view.notReported()) {
            rows.add(List.of(String.valueOf(++n), m.name(), m.agencyCode(), m.taskTitle(),
                    m.deadline() == null ? "" : DAY.format(m.deadline()), m.overdue() ? "Quá hạn" : ""));
        }
        return rows;
    }

    static String coverage(ConsolidationView view) {
        ConsolidationView.Coverage c = view.coverage();
        if (c == null) {
            return null;
        }
        return "Số xã, phường, thị trấn được tuyên truyền: " + number(c.reached())
                + (c.communes() == null ? "" : "/" + c.communes() + " (" + number(c.percent()) + "%)");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private Labels() {
    }
}
