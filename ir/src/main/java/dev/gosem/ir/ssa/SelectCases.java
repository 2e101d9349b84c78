package dev.gosem.ir.ssa;

import java.util.List;

/**
 * SelectCases is the aux of a {@link Op#SELECT}: for each case in source order whether it sends
 * (its channel is followed by the value among the args) or receives, and whether the select
 * blocks (it has no default case).
 */
public record SelectCases(List<Boolean> sends, boolean blocking) {
  public SelectCases {
    sends = List.copyOf(sends);
  }

  /** How many receive cases come before case i (its element's place in the result tuple is 2 + that). */
  public int recvIndex(int i) {
    int n = 0;
    for (int k = 0; k < i; k++) if (!sends.get(k)) n++;
    return n;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < sends.size(); i++) b.append(i > 0 ? " " : "").append(sends.get(i) ? "send" : "recv");
    return b.append(blocking ? "]" : " default]").toString();
  }
}
