package vn.phoihop.console.chart;

import vn.phoihop.console.services.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the assignments of one period of a plan stand: done on time, done late, overdue, not yet due. */
public record PeriodProgress(String key, String label, int onTime, int late, int overdue, int notYetDue) {

    public int total() {
        return onTime + late + overdue + notYetDue;
    }

    /** Per period, in the matrix's period order, from task-service's agency × period matrix. */
    public static List<PeriodProgress> fromMatrix(Map<String, Object> matrix) {
        List<PeriodProgress> out = new ArrayList<>();
        for (Object p : Json.list(matrix.get("periods"))) {
            String key = Json.str(Json.map(p).get("key"));
            String label = Json.str(Json.map(p).get("label"));
            int onTime = 0, late = 0, overdue = 0, notYet = 0;
            for (Object r : Json.list(matrix.get("rows"))) {
                Object cell = Json.map(Json.map(r).get("cells")).get(key);
                if (cell == null || "CANCELLED".equals(Json.map(cell).get("status"))) {
                    continue;
                }
                switch (String.valueOf(Json.map(cell).get("bucket"))) {
                    case "DONE_ON_TIME" -> onTime++;
                    case "DONE_LATE" -> late++;
                    case "OVERDUE" -> overdue++;
                    default -> notYet++;
                }
            }
            out.add(new PeriodProgress(key, label == null ? key : label, onTime, late, overdue, notYet));
        }
        return out;
    }
}
