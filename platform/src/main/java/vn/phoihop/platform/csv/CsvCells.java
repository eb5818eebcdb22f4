package vn.phoihop.platform.csv;

/**
 * Cells of the CSV files the services export (directory, consolidations …). A cell beginning with = + - @,
 * a tab or a carriage return would be taken by a spreadsheet for a formula (CSV injection): it is written
 * with a leading apostrophe, which spreadsheets show as text. Plain numbers, negative ones included, are
 * left alone. Importers read such a cell back without the apostrophe ({@link #restore(String)}).
 */
public final class CsvCells {
    private static final String TRIGGERS = "=+-@\t\r";

    /** The cell as it is safe to write. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?")) {
            return cell;
        }
        return "'" + cell;
    }

    /** The value of a cell written by {@link #neutralise(String)}. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private CsvCells() {
    }
}
