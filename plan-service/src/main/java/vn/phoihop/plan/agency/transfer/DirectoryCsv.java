package vn.phoihop.plan.agency.transfer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import vn.phoihop.platform.csv.CsvCells;
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.plan.agency.AgencyView;
import vn.phoihop.platform.problem.ProblemException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory as CSV: UTF-8 with a byte-order mark, so that Excel shows the Vietnamese names, one
 * header line, columns by name. Import reads the columns of {@link AgencyData} and ignores the others
 * (active, validFrom, endedOn, successorCodes are the export's information; reorganisations change them).
 */
final class DirectoryCsv {
    static final char BOM = '\uFEFF';
    static final List<String> COLUMNS = List.of("code", "name", "shortName", "symbol", "kind", "parentCode",
            "provinceCode", "active", "validFrom", "endedOn", "successorCodes");
    private static final List<String> REQUIRED = List.of("code", "name", "symbol", "kind");
    private static final CsvMapper MAPPER = new CsvMapper();

    static String write(List<AgencyView> agencies) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        for (AgencyView a : agencies) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", a.code());
            row.put("name", CsvCells.neutralise(a.name()));
            row.put("shortName", CsvCells.neutralise(text(a.shortName())));
            row.put("symbol", CsvCells.neutralise(a.symbol()));
            row.put("kind", a.kind());
            row.put("parentCode", text(a.parentCode()));
            row.put("provinceCode", text(a.provinceCode()));
            row.put("active", Boolean.toString(a.active()));
            row.put("validFrom", a.validFrom() == null ? "" : a.validFrom().toString());
            row.put("endedOn", a.endedOn() == null ? "" : a.endedOn().toString());
            row.put("successorCodes", String.join(" ", a.successorCodes()));
            rows.add(row);
        }
        try {
            StringWriter out = new StringWriter();
            out.write(BOM);
            MAPPER.writer(schema.build()).writeValues(out).writeAll(rows).close();
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in file order; a missing required column or an unreadable line is a 400 naming it. */
    static List<AgencyData> read(String csv) {
        String text = !csv.isEmpty() && csv.charAt(0) == BOM ? csv.substring(1) : csv;
        List<AgencyData> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            boolean any = it.hasNextValue(); // reads the header line
            List<String> header = new ArrayList<>();
            ((CsvSchema) it.getParserSchema()).forEach(column -> header.add(column.getName()));
            if (!text.isBlank()) {
                List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw ProblemException.invalid("header", "missing column(s) " + String.join(", ", missing)
                            + "; expected " + COLUMNS.stream().collect(Collectors.joining(",")));
                }
            }
            while (any && it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                rows.add(new AgencyData(row.get("code"), CsvCells.restore(row.get("name")),
                        CsvCells.restore(row.get("shortName")), CsvCells.restore(row.get("symbol")),
                        row.get("kind"), row.get("parentCode"), row.get("provinceCode")));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("rows[" + rows.size() + "]", "unreadable CSV (line " + (rows.size() + 2)
                    + "): " + e.getMessage());
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private DirectoryCsv() {
    }
}
