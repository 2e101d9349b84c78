package dev.gosem.ir.ssa;

import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifier checks that a function is well-formed SSA: block shapes, edge symmetry, phi
 * placement and arity, that every argument is defined before it is used (in its block, or in a
 * dominating block), and the types each op requires. Tests run it after every pass; a failure
 * says what was expected and what was found.
 */
public final class Verifier {
  private final Func f;
  private final List<String> errors = new ArrayList<>();

  private Verifier(Func f) {
    this.f = f;
  }

  /** Throws IllegalStateException listing every problem found, or returns normally. */
  public static void verify(Func f) {
    Verifier v = new Verifier(f);
    v.run();
    if (!v.errors.isEmpty()) {
      throw new IllegalStateException("invalid IR in " + f.name + ":\n  " + String.join("\n  ", v.errors) + "\n" + Dump.of(f));
    }
  }

  public static void verify(Module m) {
    for (Func f : m.funcList()) verify(f);
  }

  private void error(String fmt, Object... args) {
    errors.add(String.format(fmt, args));
  }

  private void run() {
    if (f.blocks.isEmpty()) {
      error("function has no blocks");
      return;
    }
    if (!f.entry().preds.isEmpty()) error("entry block %s has predecessors %s", f.entry(), f.entry().preds);
    Set<Value> defined = new HashSet<>();
    Set<Block> blocks = new HashSet<>(f.blocks);
    for (Block b : f.blocks) {
      checkShape(b, blocks);
      defined.addAll(b.values);
    }
    Dominators dom = new Dominators(f);
    for (Block b : f.blocks) {
      Set<Value> seenInBlock = new HashSet<>();
      boolean phisDone = false;
      for (Value v : b.values) {
        if (v.block != b) error("%s is listed in %s but says it is in %s", v, b, v.block);
        if (v.op == Op.PHI) {
          if (phisDone) error("phi %s in %s comes after a non-phi value", v, b);
          if (v.args.size() != b.preds.size()) {
            error("phi %s has %d args, expected %d (one per predecessor of %s)", v, v.args.size(), b.preds.size(), b);
          }
        } else {
          phisDone = true;
          int want = v.op.argCount();
          if (want >= 0 && v.args.size() != want) error("value %s (%s) has %d args, expected %d", v, v.op.title(), v.args.size(), want);
        }
        if (v.op == Op.PARAM && b != f.entry()) error("param %s outside the entry block", v);
        for (int i = 0; i < v.args.size(); i++) {
          Value a = v.args.get(i);
          if (!defined.contains(a)) {
            error("%s uses %s, which is not in the function", v, a);
            continue;
          }
          if (!a.users.contains(v)) error("%s uses %s but is missing from its users", v, a);
          if (v.op == Op.PHI) {
            if (i < b.preds.size() && !dom.dominates(a.block, b.preds.get(i))) {
              error("phi %s arg %d: %s (in %s) does not dominate predecessor %s", v, i, a, a.block, b.preds.get(i));
            }
          } else if (a.block == b ? !seenInBlock.contains(a) : !dom.dominates(a.block, b)) {
            error("%s uses %s before it is defined (use in %s, def in %s)", v, a, b, a.block);
          }
        }
        checkTypes(v);
        seenInBlock.add(v);
      }
      for (Value c : b.controls) {
        if (!defined.contains(c)) error("%s is controlled by %s, which is not in the function", b, c);
        else if (c.block != b && !dom.dominates(c.block, b)) error("%s's control %s does not dominate it", b, c);
      }
      if (b.kind == BlockKind.IF && b.controls.size() == 1 && !Types.isBoolean(b.controls.getFirst().type)) {
        error("If block %s has a control of type %s, expected bool", b, b.controls.getFirst().type);
      }
      if (b.kind == BlockKind.RETURN) {
        if (b.controls.size() != f.results.size()) {
          error("return in %s has %d values, expected %d", b, b.controls.size(), f.results.size());
        } else {
          for (int i = 0; i < f.results.size(); i++) {
            if (!b.controls.get(i).type.equals(f.results.get(i))) {
              error("return in %s: result %d is %s, expected %s", b, i, b.controls.get(i).type, f.results.get(i));
            }
          }
        }
      }
    }
  }

  private void checkShape(Block b, Set<Block> blocks) {
    if (b.succs.size() != b.kind.succCount()) {
      error("%s block %s has %d successors, expected %d", b.kind, b, b.succs.size(), b.kind.succCount());
    }
    int wantControls = b.kind.controlCount();
    if (wantControls >= 0 && b.controls.size() != wantControls) {
      error("%s block %s has %d controls, expected %d", b.kind, b, b.controls.size(), wantControls);
    }
    for (Block s : b.succs) {
      if (!blocks.contains(s)) error("%s has successor %s, which is not in the function", b, s);
      if (!s.preds.contains(b)) error("%s -> %s, but %s does not list %s as a predecessor", b, s, s, b);
    }
    for (Block p : b.preds) {
      if (!blocks.contains(p)) error("%s has predecessor %s, which is not in the function", b, p);
      if (!p.succs.contains(b)) error("%s lists predecessor %s, which has no edge to it", b, p);
    }
  }

  private void checkTypes(Value v) {
    switch (v.op) {
      case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, AND_NOT -> {
        if (!v.arg(0).type.equals(v.type) || !v.arg(1).type.equals(v.type)) {
          error("%s = %s <%s> has args of types %s and %s, expected %s", v, v.op.title(), v.type, v.arg(0).type, v.arg(1).type, v.type);
        }
      }
      case SHL, SHR -> {
        if (!v.arg(0).type.equals(v.type)) error("%s shifts a %s, expected %s", v, v.arg(0).type, v.type);
        if (!Types.isInteger(v.arg(1).type)) error("%s has a shift count of type %s, expected an integer", v, v.arg(1).type);
      }
      case EQ, NE, LT, LE, GT, GE -> {
        if (!v.arg(0).type.equals(v.arg(1).type)) error("%s compares %s with %s", v, v.arg(0).type, v.arg(1).type);
        if (!v.type.equals(Types.BOOL)) error("%s is a comparison of type %s, expected bool", v, v.type);
      }
      case NOT -> {
        if (!v.type.equals(Types.BOOL) || !v.arg(0).type.equals(Types.BOOL)) error("%s: Not needs bool, got %s", v, v.arg(0).type);
      }
      case NEG, COMPL, COPY -> {
        if (!v.arg(0).type.equals(v.type)) error("%s <%s> has an arg of type %s", v, v.type, v.arg(0).type);
      }
      case PHI -> {
        for (Value a : v.args) if (!a.type.equals(v.type)) error("phi %s <%s> has arg %s of type %s", v, v.type, a, a.type);
      }
      case CONST -> {
        if (v.aux == null) error("constant %s has no value", v);
      }
      default -> {}
    }
  }
}
