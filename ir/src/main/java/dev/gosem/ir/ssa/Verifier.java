package dev.gosem.ir.ssa;

import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Verifier checks that a function is well-formed SSA: block shapes, edge symmetry, phi
 * placement and arity, that every argument is defined before it is used (in its block, or in a
 * dominating block), that use lists match the arguments, and the types each op requires. Given
 * the module, it also checks calls against their callees' signatures and global accesses
 * against the globals' types. Tests run it after every pass; a failure says what was expected
 * and what was found.
 */
public final class Verifier {
  private final Func f;
  private final Module module;
  private final List<String> errors = new ArrayList<>();

  private Verifier(Func f, Module module) {
    this.f = f;
    this.module = module;
  }

  /** Throws IllegalStateException listing every problem found, or returns normally. */
  public static void verify(Func f) {
    verify(f, null);
  }

  /**
   * Verifies one function of a module: everything {@link #verify(Func)} checks, plus calls and
   * global accesses against the module's declarations. A null module checks the function alone.
   */
  public static void verify(Func f, Module m) {
    Verifier v = new Verifier(f, m);
    v.run();
    if (!v.errors.isEmpty()) {
      throw new IllegalStateException("invalid IR in " + f.name + ":\n  " + String.join("\n  ", v.errors) + "\n" + Dump.of(f));
    }
  }

  public static void verify(Module m) {
    for (Func f : m.funcList()) verify(f, m);
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
    boolean closed = true;
    for (Block b : f.blocks) {
      closed &= checkShape(b, blocks);
      for (Value v : b.values) {
        if (!defined.add(v)) error("%s is listed more than once", v);
      }
    }
    // Dominance is only defined on a CFG whose edges stay inside the function.
    if (!closed) return;
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
          if (a.type instanceof Tuple && v.op != Op.EXTRACT) {
            error("%s uses %s of type %s, which only Extract may use", v, a, a.type);
          }
          if (v.op == Op.PHI) {
            if (i < b.preds.size() && !dom.dominates(a.block, b.preds.get(i))) {
              error("phi %s arg %d: %s (in %s) does not dominate predecessor %s", v, i, a, a.block, b.preds.get(i));
            }
          } else if (a.block == b ? !seenInBlock.contains(a) : !dom.dominates(a.block, b)) {
            error("%s uses %s before it is defined (use in %s, def in %s)", v, a, b, a.block);
          }
        }
        if (v.op.argCount() < 0 || v.args.size() == v.op.argCount()) checkTypes(v);
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
    checkUsers(defined);
  }

  /** Checks successor and control counts and edge symmetry; false if an edge leaves the function. */
  private boolean checkShape(Block b, Set<Block> blocks) {
    boolean closed = true;
    if (b.succs.size() != b.kind.succCount()) {
      error("%s block %s has %d successors, expected %d", b.kind, b, b.succs.size(), b.kind.succCount());
    }
    int wantControls = b.kind.controlCount();
    if (wantControls >= 0 && b.controls.size() != wantControls) {
      error("%s block %s has %d controls, expected %d", b.kind, b, b.controls.size(), wantControls);
    }
    for (Block s : b.succs) {
      if (!blocks.contains(s)) {
        error("%s has successor %s, which is not in the function", b, s);
        closed = false;
      }
      if (!s.preds.contains(b)) error("%s -> %s, but %s does not list %s as a predecessor", b, s, s, b);
    }
    for (Block p : b.preds) {
      if (!blocks.contains(p)) {
        error("%s has predecessor %s, which is not in the function", b, p);
        closed = false;
      }
      if (!p.succs.contains(b)) error("%s lists predecessor %s, which has no edge to it", b, p);
    }
    return closed;
  }

  /** Each value's users list must name each user once per use, and nothing else. */
  private void checkUsers(Set<Value> defined) {
    Map<Value, Map<Value, Integer>> uses = new HashMap<>();
    for (Value v : defined) {
      for (Value a : v.args) uses.computeIfAbsent(a, k -> new HashMap<>()).merge(v, 1, Integer::sum);
    }
    for (Block b : f.blocks) {
      for (Value a : b.values) {
        Map<Value, Integer> listed = new HashMap<>();
        for (Value u : a.users) listed.merge(u, 1, Integer::sum);
        Map<Value, Integer> actual = uses.getOrDefault(a, Map.of());
        if (!listed.equals(actual)) {
          error("%s lists users %s, but is used by %s", a, byId(listed), byId(actual));
        }
      }
    }
  }

  private static String byId(Map<Value, Integer> m) {
    Map<Integer, String> sorted = new TreeMap<>();
    for (var e : m.entrySet()) sorted.put(e.getKey().id, e.getKey() + (e.getValue() > 1 ? "x" + e.getValue() : ""));
    return sorted.values().toString();
  }

  private void checkTypes(Value v) {
    switch (v.op) {
      case ADD, SUB, MUL, DIV -> binaryArith(v, Types.isInteger(v.type) || Types.isFloat(v.type), "a number");
      case REM, AND, OR, XOR, AND_NOT -> binaryArith(v, Types.isInteger(v.type), "an integer");
      case SHL, SHR -> {
        if (!Types.isInteger(v.type)) error("%s <%s> is a shift of a non-integer type", v, v.type);
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
        if (v.op == Op.NEG && !Types.isInteger(v.type) && !Types.isFloat(v.type)) error("%s negates a %s, expected a number", v, v.type);
        if (v.op == Op.COMPL && !Types.isInteger(v.type)) error("%s complements a %s, expected an integer", v, v.type);
      }
      case PHI -> {
        for (Value a : v.args) if (!a.type.equals(v.type)) error("phi %s <%s> has arg %s of type %s", v, v.type, a, a.type);
      }
      case CONST -> checkConst(v);
      case PARAM -> {
        if (v.auxInt < 0 || v.auxInt >= f.params.size()) {
          error("param %s has index %d, but %s has %d params", v, v.auxInt, f.name, f.params.size());
        } else if (!v.type.equals(f.params.get((int) v.auxInt))) {
          error("param %s <%s> reads param %d of type %s", v, v.type, v.auxInt, f.params.get((int) v.auxInt));
        }
      }
      case CONVERT -> {
        Type from = v.arg(0).type;
        boolean ok = (isNumeric(v.type) && isNumeric(from))
            || (Types.isString(v.type) && (Types.isString(from) || Types.isInteger(from) || isByteOrRuneSlice(from)))
            || (Types.isString(from) && isByteOrRuneSlice(v.type))
            || Types.underlying(v.type).equals(Types.underlying(from))
            || (Types.underlying(v.type) instanceof dev.gosem.api.types.Pointer p && Types.underlying(from) instanceof dev.gosem.api.types.Pointer q
                && Types.underlying(p.elem()).equals(Types.underlying(q.elem())));
        if (!ok) error("%s converts %s to %s, which Go does not allow", v, from, v.type);
      }
      case CONCAT -> {
        if (!v.type.equals(Types.STRING) || !v.arg(0).type.equals(Types.STRING) || !v.arg(1).type.equals(Types.STRING)) {
          error("%s = Concat <%s> of %s and %s, expected strings", v, v.type, v.arg(0).type, v.arg(1).type);
        }
      }
      case STRLEN -> {
        if (!v.arg(0).type.equals(Types.STRING) || !v.type.equals(Types.INT)) error("%s = StrLen <%s> of a %s, expected int of a string", v, v.type, v.arg(0).type);
      }
      case STRINDEX -> {
        if (!v.arg(0).type.equals(Types.STRING) || !Types.isInteger(v.arg(1).type) || !v.type.equals(Types.UINT8)) {
          error("%s = StrIndex <%s> of %s at %s, expected uint8 of a string at an integer", v, v.type, v.arg(0).type, v.arg(1).type);
        }
      }
      case EXTRACT -> {
        if (!(v.arg(0).type instanceof Tuple t)) {
          error("%s extracts from %s of type %s, expected a tuple", v, v.arg(0), v.arg(0).type);
        } else if (v.auxInt < 0 || v.auxInt >= t.types().size()) {
          error("%s extracts element %d of a %s", v, v.auxInt, t);
        } else if (!t.types().get((int) v.auxInt).equals(v.type)) {
          error("%s <%s> extracts element %d of type %s", v, v.type, v.auxInt, t.types().get((int) v.auxInt));
        }
      }
      case LOAD_GLOBAL -> global(v, v.type);
      case STORE_GLOBAL -> global(v, v.arg(0).type);
      case CALL -> call(v);
      case INTRINSIC -> {
        if (!(v.aux instanceof Intrinsic which)) {
          error("%s calls intrinsic %s, expected an Intrinsic", v, v.aux);
          break;
        }
        int want = switch (which) {
          case PRINT, OS_EXIT -> 1;
          case PRINT_SPACE, PRINT_NEWLINE -> 0;
          case FMT_PRINTLN, FMT_PRINT -> -1;
        };
        if (want >= 0 && v.args.size() != want) error("%s calls %s with %d args, expected %d", v, which, v.args.size(), want);
        if (which == Intrinsic.OS_EXIT && v.args.size() == 1 && !Types.isInteger(v.arg(0).type)) {
          error("%s calls OS_EXIT with a %s, expected an integer", v, v.arg(0).type);
        }
      }
    }
  }

  private void binaryArith(Value v, boolean typeOk, String what) {
    if (!v.arg(0).type.equals(v.type) || !v.arg(1).type.equals(v.type)) {
      error("%s = %s <%s> has args of types %s and %s, expected %s", v, v.op.title(), v.type, v.arg(0).type, v.arg(1).type, v.type);
    } else if (!typeOk) {
      error("%s = %s <%s> needs %s type", v, v.op.title(), v.type, what);
    }
  }

  private static boolean isByteOrRuneSlice(Type t) {
    return Types.underlying(t) instanceof dev.gosem.api.types.Slice s
        && (Types.underlying(s.elem()).equals(Types.UINT8) || Types.underlying(s.elem()).equals(Types.INT32));
  }

  private static boolean isNillable(Type t) {
    return switch (Types.underlying(t)) {
      case dev.gosem.api.types.Pointer p -> true;
      case dev.gosem.api.types.Slice sl -> true;
      case dev.gosem.api.types.MapType m -> true;
      case dev.gosem.api.types.Interface i -> true;
      case dev.gosem.api.types.Signature sig -> true;
      default -> false;
    };
  }

  private static boolean isNumeric(Type t) {
    return Types.isInteger(t) || Types.isFloat(t);
  }

  private void checkConst(Value v) {
    if (v.aux == null) {
      error("constant %s has no value", v);
      return;
    }
    if (v.aux == Nil.NIL) {
      if (!isNillable(v.type)) error("nil constant %s has type %s, which has no nil", v, v.type);
      return;
    }
    Class<?> want = Types.isInteger(v.type) ? Long.class
        : Types.isFloat(v.type) ? Double.class
        : Types.isBoolean(v.type) ? Boolean.class
        : Types.isString(v.type) ? String.class
        : null;
    if (want == null) {
      error("constant %s has type %s, which has no constants", v, v.type);
    } else if (!want.isInstance(v.aux)) {
      error("constant %s <%s> holds a %s, expected a %s", v, v.type, v.aux.getClass().getSimpleName(), want.getSimpleName());
    } else if (v.aux instanceof Long l && wrap(l, v.type) != l) {
      error("constant %s <%s> holds %d, which is not a %s value (its %d-bit form is %d)", v, v.type, l, v.type,
          ((Basic) Types.underlying(v.type)).kind().bits(), wrap(l, v.type));
    }
  }

  /** The canonical 64-bit form of an integer of type t: sign- or zero-extended from t's width. */
  private static long wrap(long v, Type t) {
    int shift = 64 - ((Basic) Types.underlying(t)).kind().bits();
    return Types.isUnsigned(t) ? (v << shift) >>> shift : (v << shift) >> shift;
  }

  private void global(Value v, Type type) {
    if (!(v.aux instanceof String name)) {
      error("%s names global %s, expected a string", v, v.aux);
      return;
    }
    if (module == null) return;
    Type declared = module.globals().get(name);
    if (declared == null) error("%s uses global %s, which the module does not declare", v, name);
    else if (!declared.equals(type)) error("%s accesses global %s of type %s as %s", v, name, declared, type);
  }

  private void call(Value v) {
    if (!(v.aux instanceof String name)) {
      error("%s calls %s, expected a function name", v, v.aux);
      return;
    }
    if (module == null) return;
    Func callee = module.func(name);
    if (callee == null) {
      error("%s calls %s, which the module does not define", v, name);
      return;
    }
    // A closure's function called by name (a deferred closure's wrapper does) takes its
    // captured variables' addresses first.
    List<Type> params = new java.util.ArrayList<>(callee.freeVars());
    params.addAll(callee.params);
    if (v.args.size() != params.size()) {
      error("%s calls %s with %d args, expected %d", v, name, v.args.size(), params.size());
    } else {
      for (int i = 0; i < v.args.size(); i++) {
        if (!v.arg(i).type.equals(params.get(i))) {
          error("%s calls %s with arg %d of type %s, expected %s", v, name, i, v.arg(i).type, params.get(i));
        }
      }
    }
    Type want = callee.results.size() == 1 ? callee.results.getFirst() : new Tuple(callee.results);
    if (!v.type.equals(want)) error("%s <%s> calls %s, which returns %s", v, v.type, name, want);
  }
}
