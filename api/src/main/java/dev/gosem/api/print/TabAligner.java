package dev.gosem.api.print;

import java.util.ArrayList;
import java.util.List;

/**
 * TabAligner lays out lines of tab-terminated cells the way text/tabwriter does with gofmt's
 * settings (minimum width 0, padding 1, blanks as padding, empty columns discarded).
 *
 * <p>A column block is a run of consecutive lines that all have a cell in that column, within the
 * block of the column to its left; every cell of a block is padded to the widest cell plus one.
 * The text after a line's last cell (its trailing text) belongs to no column.
 */
final class TabAligner {
  private TabAligner() {}

  /** One line: its terminated cells and its trailing text. */
  record Line(List<String> cells, String trailing) {
    Line {
      cells = List.copyOf(cells);
    }
  }

  static List<String> align(List<Line> lines) {
    List<String> out = new ArrayList<>();
    new Run(lines, out).format(0, lines.size(), new ArrayList<>());
    return out;
  }

  private record Run(List<Line> lines, List<String> out) {
    // text/tabwriter's Writer.format.
    void format(int line0, int line1, List<Integer> widths) {
      int column = widths.size();
      for (int t = line0; t < line1; t++) {
        if (column >= lines.get(t).cells().size()) continue;
        // a cell exists in this column: a column block starts at line t
        write(line0, t, widths);
        line0 = t;
        int width = 0;
        boolean discardable = true;
        for (; t < line1; t++) {
          List<String> cells = lines.get(t).cells();
          if (column >= cells.size()) break;
          int w = width(cells.get(column));
          width = Math.max(width, w + 1);
          if (w > 0) discardable = false;
        }
        if (discardable) width = 0;
        widths.add(width);
        format(line0, t, widths);
        widths.removeLast();
        line0 = t;
      }
      write(line0, line1, widths);
    }

    void write(int line0, int line1, List<Integer> widths) {
      for (int i = line0; i < line1; i++) {
        Line line = lines.get(i);
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < line.cells().size(); j++) {
          String c = line.cells().get(j);
          b.append(c);
          if (j < widths.size()) b.append(" ".repeat(Math.max(0, widths.get(j) - width(c))));
        }
        out.add(b.append(line.trailing()).toString());
      }
    }
  }

  /** Cell widths count characters (runes), as tabwriter does for UTF-8 text. */
  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
