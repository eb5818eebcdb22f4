package vn.phoihop.console.admin;

import io.quarkus.qute.TemplateData;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused directory import laid out for the person who wrote the file: plan-service names
 * {@code rows[i].field} (0-based, after the header); people count lines in the file, so row 0 is line 2.
 */
public final class ImportErrors {
    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]\\.?(.*)");

    /** The directory file's columns (its header, as plan-service reads it) in Vietnamese. */
    static final Map<String, String> COLUMNS = Map.of(
            "code", "Mã", "name", "Tên", "shortName", "Tên viết tắt", "symbol", "Ký hiệu", "kind", "Loại cơ quan",
            "parentCode", "Cơ quan cấp trên", "provinceCode", "Tỉnh", "header", "Dòng tiêu đề", "province", "Tỉnh");

    /**
     * One refused cell: the line of the CSV file, the column as the file's header names it, that column in
     * Vietnamese, the message in Vietnamese.
     */
    @TemplateData
    public record RowError(Integer line, String column, String columnLabel, String message) {
        RowError(Integer line, String column, String message) {
            this(line, column, COLUMNS.getOrDefault(column, ""), message);
        }
    }

    private ImportErrors() {
    }

    public static List<RowError> of(ServiceProblem problem) {
        List<RowError> out = new ArrayList<>();
        for (ServiceProblem.FieldError e : problem.errors()) {
            Matcher m = e.field() == null ? null : ROW.matcher(e.field());
            if (m != null && m.matches()) {
                out.add(new RowError(Integer.parseInt(m.group(1)) + 2, m.group(2).isEmpty() ? "—" : m.group(2), Messages.vi(e.message())));
            } else {
                out.add(new RowError(null, e.field() == null || e.field().isBlank() ? "—" : e.field(), Messages.vi(e.message())));
            }
        }
        if (out.isEmpty()) {
            out.add(new RowError(null, "—", Messages.problem(problem)));
        }
        return out;
    }
}
