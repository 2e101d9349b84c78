package dev.gosem.api.check;

import dev.gosem.api.Pos;

/** Diagnostic is one error: where, and Go's wording of what is wrong. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
  @Override
  public String toString() {
    return pos + ": " + message;
  }

  @Override
  public int compareTo(Diagnostic o) {
    return pos.compareTo(o.pos);
  }
}
