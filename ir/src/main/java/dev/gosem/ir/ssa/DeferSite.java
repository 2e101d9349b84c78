package dev.gosem.ir.ssa;

import dev.gosem.api.Pos;

/**
 * DeferSite is one defer statement of a function: its index in the function (the bit of
 * deferBits when open-coded), the wrapper function that makes the call from the evaluated
 * operands, where it is, and whether it is inside a loop (which rules out all but the heap).
 */
public record DeferSite(int index, String wrapper, Pos pos, boolean inLoop) {
  @Override
  public String toString() {
    return "#" + index + " " + wrapper + (inLoop ? " in-loop" : "");
  }
}
