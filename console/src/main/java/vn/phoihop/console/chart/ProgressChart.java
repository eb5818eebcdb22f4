package vn.phoihop.console.chart;

import java.util.List;
import java.util.Locale;

/**
 * A plan's progress over its periods as a stacked bar chart in SVG, drawn on the server: per period the
 * assignments done on time, done late, overdue and not yet due. Accessible: a title, a description and
 * each bar's figures as text for screen readers.
 */
public final class ProgressChart {
    static final String ON_TIME = "#1a7f37";
    static final String LATE = "#d4a72c";
    static final String OVERDUE = "#b3261e";
    static final String NOT_YET_DUE = "#7fb2e5";

    private static final int HEIGHT = 260;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final int LEFT = 44;
    private static final int BAR = 52;
    private static final int GAP = 44;

    private ProgressChart() {
    }

    public static String svg(String title, List<PeriodProgress> periods) {
        int max = periods.stream().mapToInt(PeriodProgress::total).max().orElse(0);
        int scaleMax = niceMax(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int width = Math.max(360, LEFT + 20 + periods.size() * (BAR + GAP));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + 30)
                .append("\" width=\"").append(width).append("\" height=\"").append(HEIGHT + 30)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        s.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        s.append("<desc id=\"chart-desc\">");
        for (PeriodProgress p : periods) {
            s.append(escape(p.label())).append(": ").append(p.onTime()).append(" đúng hạn, ").append(p.late()).append(" trễ hạn, ")
                    .append(p.overdue()).append(" quá hạn, ").append(p.notYetDue()).append(" chưa đến hạn. ");
        }
        s.append("</desc>");
        // grid and axis
        for (int i = 0; i <= 4; i++) {
            int value = scaleMax * i / 4;
            double y = TOP + plotHeight - (double) plotHeight * i / 4;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d8dde3\"/>", LEFT, y, width - 10, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#5b6470\">%d</text>", LEFT - 6, y + 4, value));
        }
        int x = LEFT + 14;
        for (PeriodProgress p : periods) {
            double y = TOP + plotHeight;
            s.append("<g class=\"bar\" data-period=\"").append(escape(p.key())).append("\">");
            y = segment(s, x, y, p.onTime(), scaleMax, plotHeight, ON_TIME, "đúng hạn", p.label());
            y = segment(s, x, y, p.late(), scaleMax, plotHeight, LATE, "trễ hạn", p.label());
            y = segment(s, x, y, p.overdue(), scaleMax, plotHeight, OVERDUE, "quá hạn", p.label());
            segment(s, x, y, p.notYetDue(), scaleMax, plotHeight, NOT_YET_DUE, "chưa đến hạn", p.label());
            String[] lines = labelLines(p.label());
            for (int i = 0; i < lines.length; i++) {
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#1f2328\">%s</text>",
                        x + BAR / 2, TOP + plotHeight + 16 + 14 * i, escape(lines[i])));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#5b6470\">%d nhiệm vụ</text>",
                    x + BAR / 2, TOP + plotHeight + 48, p.total()));
            s.append("</g>");
            x += BAR + GAP;
        }
        // legend
        int lx = LEFT;
        int ly = HEIGHT + 12;
        for (String[] item : new String[][]{{ON_TIME, "Đúng hạn"}, {LATE, "Trễ hạn"}, {OVERDUE, "Quá hạn"}, {NOT_YET_DUE, "Chưa đến hạn"}}) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", lx, ly - 10, item[0]));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", lx + 16, ly, item[1]));
            lx += 105;
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double segment(StringBuilder s, int x, double bottom, int count, int scaleMax, int plotHeight, String colour,
                                  String what, String period) {
        if (count == 0 || scaleMax == 0) {
            return bottom;
        }
        double h = (double) plotHeight * count / scaleMax;
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\" data-kind=\"%s\" data-count=\"%d\"><title>%s: %d %s</title></rect>",
                x, bottom - h, BAR, h, colour, what, count, escape(period), count, what));
        return bottom - h;
    }

    /** The axis maximum: four grid steps of a whole number, rounded to 20, 50, 100 … for large counts. */
    static int niceMax(int max) {
        if (max <= 4) {
            return 4;
        }
        int step = (int) Math.ceil(max / 4.0);
        if (step <= 10) {
            return step * 4;
        }
        int magnitude = (int) Math.pow(10, Math.floor(Math.log10(step)));
        int nice = step <= magnitude ? magnitude : step <= 2 * magnitude ? 2 * magnitude : step <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        return nice * 4;
    }

    /**
     * A period's label on at most two short lines: "Quý II/2020" stays, "6 tháng đầu năm 2020" becomes
     * "6 tháng đầu" / "năm 2020", a one-off report "Một lần".
     */
    static String[] labelLines(String label) {
        if (label == null || label.isBlank() || label.equals("ONCE")) {
            return new String[]{"Một lần"};
        }
        if (label.length() <= 12) {
            return new String[]{label};
        }
        int cut = label.lastIndexOf(' ', label.length() - 5);
        String year = label.indexOf(" năm ") > 0 ? label.substring(label.indexOf(" năm ") + 1) : label.substring(cut + 1);
        String first = label.substring(0, label.length() - year.length()).trim();
        return new String[]{first.length() > 14 ? first.substring(0, 13) + "…" : first, year.length() > 14 ? year.substring(0, 13) + "…" : year};
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
