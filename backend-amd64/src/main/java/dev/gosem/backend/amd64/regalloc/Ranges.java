package dev.gosem.backend.amd64.regalloc;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranges is a set of instruction positions as sorted, disjoint, inclusive [from, to] ranges: a
 * value's lifetime with its holes, or the stretches where a physical register is taken.
 */
public final class Ranges {
  private final List<int[]> list = new ArrayList<>();

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int start() {
    return list.getFirst()[0];
  }

  public int end() {
    return list.getLast()[1];
  }

  public List<int[]> list() {
    return list;
  }

  /** Adds [from, to], merging with the ranges it overlaps or touches. */
  public void add(int from, int to) {
    // Liveness adds ranges block by block, backward for lifetimes and forward for fixed
    // stretches: those land next to an end of the list.
    if (list.isEmpty() || from > list.getLast()[1] + 1) {
      list.add(new int[] {from, to});
      return;
    }
    if (to < list.getFirst()[0] - 1) {
      list.addFirst(new int[] {from, to});
      return;
    }
    int i = 0;
    while (i < list.size() && list.get(i)[1] < from - 1) i++;
    int lo = from;
    int hi = to;
    while (i < list.size() && list.get(i)[0] <= to + 1) {
      lo = Math.min(lo, list.get(i)[0]);
      hi = Math.max(hi, list.get(i)[1]);
      list.remove(i);
    }
    list.add(i, new int[] {lo, hi});
  }

  /**
   * A definition at {@code pos} in a block starting at {@code blockFrom}: the range that starts
   * at the block's start now starts at the definition; a value not live after it gets [pos, pos].
   */
  public void define(int blockFrom, int pos) {
    if (!list.isEmpty() && list.getFirst()[0] == blockFrom && list.getFirst()[1] >= pos) {
      list.getFirst()[0] = pos;
    } else if (list.isEmpty() || list.getFirst()[0] > pos) {
      list.addFirst(new int[] {pos, pos});
    }
  }

  public boolean contains(int pos) {
    for (int[] r : list) {
      if (r[0] > pos) return false;
      if (r[1] >= pos) return true;
    }
    return false;
  }

  public boolean intersects(Ranges o) {
    int i = 0;
    int j = 0;
    while (i < list.size() && j < o.list.size()) {
      int[] a = list.get(i);
      int[] b = o.list.get(j);
      if (a[1] < b[0]) i++;
      else if (b[1] < a[0]) j++;
      else return true;
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int[] r : list) sb.append('[').append(r[0]).append(',').append(r[1]).append(']');
    return sb.toString();
  }
}
