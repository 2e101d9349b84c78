package dev.gosem.api;

/**
 * Pos is a source position: the file, 1-based line and 1-based column of a node. Column 0 means
 * "unknown column", which is what a position taken from a Java call site has.
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
  /** NONE marks nodes made by the compiler itself rather than by a user. */
  public static final Pos NONE = new Pos("", 0, 0);

  @Override
  public String toString() {
    if (line == 0) return file.isEmpty() ? "-" : file;
    return col == 0 ? file + ":" + line : file + ":" + line + ":" + col;
  }

  @Override
  public int compareTo(Pos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(col, o.col);
  }
}
