package org.rankmeeting.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A table: a header row and body rows. As text ({@link #render()}) every column but the last is padded to its
 * widest cell, two spaces between columns and two before the first; the last column runs free so long reasons
 * do not pad the rest. As markdown ({@link #markdown()}) it is a GitHub-flavoured table.
 */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    public Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /** Adds a body row; it must have as many cells as the header. */
    public Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        rows.add(cells);
        return this;
    }

    /** The table as text, one line per row, each ending in a newline. */
    public String render() {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The table as a markdown table ('|' inside a cell escaped), followed by a blank line. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (String cell : rows.get(r)) {
                out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append("---|".repeat(columns)).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}
