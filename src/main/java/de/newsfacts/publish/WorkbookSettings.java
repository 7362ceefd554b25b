package de.newsfacts.publish;

/**
 * How tables go into the Excel workbook.
 *
 * @param maxRowsPerTable data rows of one table put into the workbook; -1 puts all rows (tables longer than a
 *                        sheet continue on further sheets). When a table is cut, the README sheet says how many
 *                        rows it has and that all of them are in Parquet: a workbook never silently lacks rows.
 */
public record WorkbookSettings(long maxRowsPerTable) {

    public static WorkbookSettings allRows() {
        return new WorkbookSettings(-1);
    }

    boolean limits(long rows) {
        return maxRowsPerTable >= 0 && rows > maxRowsPerTable;
    }

    /** Data rows that a table of {@code rows} rows has in the workbook. */
    long rowsInWorkbook(long rows) {
        return limits(rows) ? maxRowsPerTable : rows;
    }
}
