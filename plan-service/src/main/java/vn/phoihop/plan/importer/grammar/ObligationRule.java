package vn.phoihop.plan.importer.grammar;

import vn.phoihop.events.Frequency;
import vn.phoihop.events.ObligationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report obligations in a task's sentences: "định kỳ hàng quý, 6 tháng, 01 năm báo cáo … gửi X để tổng hợp báo
 * cáo Y" (periodic, one per frequency), "báo cáo … trước ngày 15/11/2024, lấy số liệu từ ngày … đến ngày …"
 * (once), "báo cáo … khi có yêu cầu" (on request), "Tổng hợp … báo cáo X, Y theo quy định" (the task's agency
 * consolidates). Whom to report to is found by the caller from the offsets of the phrases given here.
 */
public final class ObligationRule {
    private static final Pattern DEADLINE = Pattern.compile("(?:trước|chậm nhất)\\s+ngày\\s+" + VnDates.DATE);
    private static final Pattern WINDOW = Pattern.compile("số liệu\\s+(?:tính\\s+)?từ\\s+ngày\\s+" + VnDates.DATE
            + "\\s+đến\\s+(?:hết\\s+)?ngày\\s+" + VnDates.DATE);
    private static final Pattern PERIODIC = Pattern.compile("(?iu)định kỳ((?:\\s*,?\\s*(?:hàng|hằng)?\\s*(?:tháng|quý|\\d{1,2}\\s+tháng|(?:0?1\\s+)?năm))*)");

    /** One obligation; {@code sendTo} and {@code upwardTo} are offsets in the source where the named agency starts. */
    public record Finding(ObligationKind kind, Frequency frequency, LocalDate deadline, LocalDate dataFrom, LocalDate dataTo,
                          boolean consolidatesItself, int sendTo, int upwardTo, boolean sendToConsolidates, String title,
                          Span span) {
    }

    public static List<Finding> read(SourceText source, Span sentence) {
        String s = sentence.text();
        String lower = s.toLowerCase(Locale.ROOT);
        int base = sentence.start();
        if (!lower.contains("báo cáo")) {
            return List.of();
        }
        String title = s.replaceFirst("^[-–+•]\\s*", "").replaceAll("[;.]+$", "").strip();
        int sendTo = -1;
        int upwardTo = -1;
        boolean sendToConsolidates = false;
        Matcher gui = Pattern.compile("\\bgửi\\s+(?:về\\s+)?").matcher(s);
        if (gui.find()) {
            sendTo = base + gui.end();
            Matcher up = Pattern.compile("để\\s+tổng hợp(?:,)?\\s+báo cáo\\s+").matcher(s);
            if (up.find(gui.end())) {
                sendToConsolidates = true;
                upwardTo = base + up.end();
            } else if (s.indexOf("để tổng hợp", gui.end()) > 0) {
                sendToConsolidates = true;
            }
        }
        boolean consolidatesItself = false;
        Matcher own = Pattern.compile("(?iu)^(?:[-–+•]\\s*)?(?:.*?\\.\\s+)?Tổng hợp\\b.*?,\\s*báo cáo\\s+").matcher(s);
        if (sendTo < 0 && own.find()) {
            consolidatesItself = true;
            sendTo = base + own.end();
            int comma = s.indexOf(", ", own.end());
            if (comma > 0) {
                upwardTo = base + comma + 2;
            }
        }
        List<Finding> out = new ArrayList<>();
        Matcher deadline = DEADLINE.matcher(s);
        Matcher periodic = PERIODIC.matcher(s);
        if (deadline.find()) {
            LocalDate due = VnDates.parse(deadline.group(1), deadline.group(2), deadline.group(3));
            Matcher window = WINDOW.matcher(s);
            LocalDate from = null;
            LocalDate to = null;
            if (window.find()) {
                from = VnDates.parse(window.group(1), window.group(2), window.group(3));
                to = VnDates.parse(window.group(4), window.group(5), window.group(6));
            }
            out.add(new Finding(ObligationKind.ONCE, null, due, from, to, consolidatesItself, sendTo, upwardTo,
                    sendToConsolidates, title, sentence));
        } else if (periodic.find()) {
            List<Frequency> frequencies = frequencies(periodic.group(1));
            if (frequencies.isEmpty()) {
                out.add(new Finding(ObligationKind.PERIODIC, null, null, null, null, consolidatesItself, sendTo, upwardTo,
                        sendToConsolidates, title, sentence));
            }
            for (Frequency f : frequencies) {
                out.add(new Finding(ObligationKind.PERIODIC, f, null, null, null, consolidatesItself, sendTo, upwardTo,
                        sendToConsolidates, title + " (" + label(f) + ")", sentence));
            }
        } else if (lower.contains("khi có yêu cầu")) {
            out.add(new Finding(ObligationKind.ON_REQUEST, null, null, null, null, consolidatesItself, sendTo, upwardTo,
                    sendToConsolidates, title, sentence));
        } else if (consolidatesItself) {
            out.add(new Finding(ObligationKind.PERIODIC, null, null, null, null, true, sendTo, upwardTo, false, title, sentence));
        }
        return out;
    }

    /** "hàng quý, 6 tháng, 01 năm" → quarterly, half-yearly, yearly. */
    static List<Frequency> frequencies(String words) {
        List<Frequency> out = new ArrayList<>();
        for (String part : words.toLowerCase(Locale.ROOT).split(",")) {
            String p = part.replace("hàng", "").replace("hằng", "").strip();
            Frequency f = p.equals("tháng") ? Frequency.MONTHLY : p.equals("quý") ? Frequency.QUARTERLY
                    : p.matches("0?6\\s+tháng") ? Frequency.HALF_YEARLY : p.matches("0?9\\s+tháng") ? Frequency.NINE_MONTHS
                    : p.matches("(0?1\\s+)?năm") ? Frequency.YEARLY : null;
            if (f != null && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    static String label(Frequency f) {
        return switch (f) {
            case MONTHLY -> "hàng tháng";
            case QUARTERLY -> "hàng quý";
            case HALF_YEARLY -> "6 tháng";
            case NINE_MONTHS -> "9 tháng";
            case YEARLY -> "hàng năm";
        };
    }

    private ObligationRule() {
    }
}
