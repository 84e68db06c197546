package org.rankmeeting.output;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured markdown table: a header row, the separator, body rows; a '|' inside a cell is escaped. */
public final class MarkdownTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    public MarkdownTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /** Adds a body row; it must have as many cells as the header. */
    public MarkdownTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        rows.add(cells);
        return this;
    }

    /** The table, one line per row, followed by a blank line. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (String cell : rows.get(r)) {
                out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append("|").append("---|".repeat(columns)).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}
