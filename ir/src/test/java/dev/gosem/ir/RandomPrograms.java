package dev.gosem.ir;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Types;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * RandomPrograms makes random well-typed programs (most of them pass the type checker) from a
 * seed: a few functions over ints of every size, float64, bool and string, with straight-line
 * code, if/else chains (with init statements and short-circuit conditions), three-clause,
 * while-style, endless and range loops, labelled and plain break/continue, nested blocks that
 * shadow names, multiple and named results, early returns and package-level variables. The
 * programs are only lowered, never run, so they need not terminate or avoid panics.
 *
 * <p>Operands are kept from forming constant expressions that Go rejects (overflow, division
 * by a constant zero, negative constant shift counts): every operator gets at least one
 * variable operand, literals are in their type's range, divisors are non-zero literals.
 */
final class RandomPrograms {
  private static final List<Basic> INTS = Corpus.INT_TYPES;
  private static final String[] STRINGS = {"", "a", "héllo", "xyz", "日本"};
  private static final double[] FLOATS = {0.5, 1.25, 3.0, 0.1, 1e10, 2.5e-3, 100.0};

  /** A function's signature, fixed before any body is written so calls can go anywhere. */
  private record Sig(String name, List<Basic> params, List<Basic> results, boolean named) {}

  /** An expression and whether it is a constant (a literal): constants need a variable partner. */
  private record E(Ex ex, boolean konst) {}

  private final Random rnd;
  private final List<Sig> funcs = new ArrayList<>();
  private final Deque<Map<String, Basic>> scopes = new ArrayDeque<>();
  /** Labels of the enclosing loops, innermost first; "" for an unlabelled loop. */
  private final Deque<String> loops = new ArrayDeque<>();
  private Sig current;
  private boolean usesFmt;
  private int fresh;
  private int labels;

  RandomPrograms(long seed) {
    this.rnd = new Random(seed);
  }

  static Program generate(long seed) {
    return new RandomPrograms(seed).program(seed);
  }

  private Program program(long seed) {
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Basic> params = new ArrayList<>();
      params.add(intType());
      for (int j = rnd.nextInt(3); j > 0; j--) params.add(anyType());
      List<Basic> results = new ArrayList<>();
      for (int j = rnd.nextInt(4); j > 0; j--) results.add(anyType());
      funcs.add(new Sig("f" + i, params, results, !results.isEmpty() && chance(0.3)));
    }
    return Go.program("random" + seed, prog -> prog.file("main.go", f -> {
      Map<String, Basic> globals = new LinkedHashMap<>();
      scopes.push(globals);
      for (int i = rnd.nextInt(4); i > 0; i--) {
        Basic t = anyType();
        String name = "g" + i;
        if (chance(0.5)) f.var(name, t);
        else f.var(name, t, literal(t, false).ex());
        globals.put(name, t);
      }
      for (Sig s : funcs) f.func(s.name(), fn -> function(s, fn));
      f.func("main", fn -> function(new Sig("main", List.of(), List.of(), false), fn));
      if (usesFmt) f.imports("fmt");
      scopes.pop();
    }));
  }

  private void function(Sig s, FuncBuilder fn) {
    current = s;
    fresh = 0;
    Map<String, Basic> top = new HashMap<>();
    scopes.push(top);
    for (int i = 0; i < s.params().size(); i++) {
      fn.param("p" + i, s.params().get(i));
      top.put("p" + i, s.params().get(i));
    }
    if (s.named()) {
      for (int i = 0; i < s.results().size(); i++) {
        fn.namedResult("r" + i, s.results().get(i));
        top.put("r" + i, s.results().get(i));
      }
    } else {
      for (Basic t : s.results()) fn.result(t);
    }
    // Variables of an int type and of string, so every type has a non-constant operand.
    declare(fn, "v0", Types.INT, literal(Types.INT, false));
    declare(fn, "v1", Types.STRING, literal(Types.STRING, false));
    fresh = 2;
    stmts(fn, 3);
    ret(fn);
    scopes.pop();
  }

  // ---- statements ----

  private void stmts(BlockBuilder b, int depth) {
    for (int i = 1 + rnd.nextInt(5); i > 0; i--) stmt(b, depth);
  }

  private void nested(BlockBuilder b, int depth) {
    scopes.push(new HashMap<>());
    stmts(b, depth);
    scopes.pop();
  }

  private void stmt(BlockBuilder b, int depth) {
    int r = rnd.nextInt(100);
    if (depth <= 0 || r < 30) {
      simple(b);
    } else if (r < 45) {
      ifStmt(b, depth);
    } else if (r < 55) {
      forStmt(b, depth);
    } else if (r < 62) {
      rangeStmt(b, depth);
    } else if (r < 66) {
      Var w = declare(b, Types.INT, literal(Types.INT, false));
      // w counts down first, before the body can shadow its name. A fresh identifier per use:
      // the checker records one object per identifier node.
      loop(b, null, body -> b.whileLoop(w.gt(expr(Types.INT, 1).ex()), inner -> {
        inner.dec(Go.id(w.name()));
        body.accept(inner);
      }), depth);
    } else if (r < 70) {
      loop(b, null, body -> b.forever(inner -> {
        inner.ifThen(expr(Types.BOOL, 2).ex(), t -> t.brk());
        body.accept(inner);
      }), depth);
    } else if (r < 76) {
      b.block(inner -> nested(inner, depth - 1));
    } else if (r < 82 && !loops.isEmpty()) {
      branch(b);
    } else if (r < 86) {
      b.ifThen(expr(Types.BOOL, 2).ex(), t -> ret(t));
    } else if (r < 92) {
      multi(b);
    } else {
      print(b);
    }
  }

  private void simple(BlockBuilder b) {
    int r = rnd.nextInt(100);
    if (r < 30) {
      Basic t = anyType();
      declare(b, t, expr(t, 3));
    } else if (r < 55) {
      Var v = variable(anyType());
      if (v != null) b.assign(v, expr(type(v), 3).ex());
      else simple(b);
    } else if (r < 75) {
      opAssign(b);
    } else if (r < 85) {
      Var v = variable(numericType());
      if (v != null && chance(0.5)) b.inc(v);
      else if (v != null) b.dec(v);
      else simple(b);
    } else if (r < 92) {
      Sig s = funcs.get(rnd.nextInt(funcs.size()));
      b.call(call(s, 2));
    } else {
      Basic t = anyType();
      b.assign(Go.blank(), typed(expr(t, 3), t));
    }
  }

  /** The expression, converted to t if it is an (untyped) constant that nothing else types. */
  private static Ex typed(E e, Basic t) {
    return e.konst() ? Go.conv(t, e.ex()) : e.ex();
  }

  private void opAssign(BlockBuilder b) {
    Basic t = anyType();
    Var v = variable(t);
    if (v == null || Types.isBoolean(t)) {
      simple(b);
      return;
    }
    if (Types.isString(t)) {
      b.opAssign(v, BinaryOp.ADD, expr(t, 2).ex());
      return;
    }
    BinaryOp[] ops = Types.isFloat(t)
        ? new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO}
        : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO, BinaryOp.REM, BinaryOp.AND,
            BinaryOp.OR, BinaryOp.XOR, BinaryOp.AND_NOT, BinaryOp.SHL, BinaryOp.SHR};
    BinaryOp op = ops[rnd.nextInt(ops.length)];
    if (op.isShift()) b.opAssign(v, op, shiftCount(2).ex());
    else if (op == BinaryOp.QUO || op == BinaryOp.REM) b.opAssign(v, op, divisor(t, 2).ex());
    else b.opAssign(v, op, expr(t, 2).ex());
  }

  private void ifStmt(BlockBuilder b, int depth) {
    scopes.push(new HashMap<>());
    var chain = chance(0.3)
        ? b.ifInit(init -> {
            Basic t = numericType();
            Var v = init.define(name(), nonConst(t, 2).ex());
            scopes.peek().put(v.name(), t);
            return v.ne(expr(t, 1).ex()).orElse(expr(Types.BOOL, 2).ex());
          }, then -> nested(then, depth - 1))
        : b.ifThen(expr(Types.BOOL, 3).ex(), then -> nested(then, depth - 1));
    for (int i = rnd.nextInt(3); i > 0; i--) chain.elseIf(expr(Types.BOOL, 3).ex(), then -> nested(then, depth - 1));
    if (chance(0.5)) chain.orElse(els -> nested(els, depth - 1));
    scopes.pop();
  }

  private void forStmt(BlockBuilder b, int depth) {
    loop(b, label(), body -> b.forLoop(l -> {
      scopes.push(new HashMap<>());
      Basic t = intType();
      Var i = l.init().define(name(), Go.conv(t, literal(t, false).ex()));
      scopes.peek().put(i.name(), t);
      l.cond(i.lt(expr(t, 1).ex()).andAlso(expr(Types.BOOL, 1).ex()));
      if (chance(0.7)) l.post().inc(i);
      else l.post().opAssign(i, BinaryOp.ADD, literal(t, true).ex());
      l.body(body);
      scopes.pop();
    }), depth);
  }

  private void rangeStmt(BlockBuilder b, int depth) {
    Basic t = intType();
    Ex n = nonConst(t, 2).ex();
    if (chance(0.3)) {
      loop(b, label(), body -> b.rangeInt(n, body), depth);
      return;
    }
    String name = name();
    loop(b, label(), body -> b.rangeInt(name, n, (inner, i) -> {
      scopes.push(new HashMap<>(Map.of(name, t)));
      inner.assign(Go.blank(), i);
      body.accept(inner);
      scopes.pop();
    }), depth);
  }

  /**
   * Adds a loop through make, labelled when label is not null; the body it is given lowers
   * random statements, and a labelled loop always uses its label (Go requires it).
   */
  private void loop(BlockBuilder b, String label, Consumer<Consumer<BlockBuilder>> make, int depth) {
    if (label != null) b.label(label);
    loops.push(label == null ? "" : label);
    make.accept(body -> {
      if (label != null) {
        Ex cond = expr(Types.BOOL, 2).ex();
        if (chance(0.5)) body.ifThen(cond, t -> t.cont(label));
        else body.ifThen(cond, t -> t.brk(label));
      }
      nested(body, depth - 1);
    });
    loops.pop();
  }

  private String label() {
    return chance(0.3) ? "L" + labels++ : null;
  }

  private void branch(BlockBuilder b) {
    List<String> labelled = loops.stream().filter(l -> !l.isEmpty()).toList();
    String label = !labelled.isEmpty() && chance(0.5) ? labelled.get(rnd.nextInt(labelled.size())) : null;
    Ex cond = expr(Types.BOOL, 2).ex();
    if (chance(0.5)) {
      b.ifThen(cond, t -> {
        if (label == null) t.brk();
        else t.brk(label);
      });
    } else if (chance(0.8)) {
      b.ifThen(cond, t -> {
        if (label == null) t.cont();
        else t.cont(label);
      });
    } else if (label == null) {
      b.brk(); // unconditional: what follows is unreachable
    } else {
      b.cont(label);
    }
  }

  private void ret(BlockBuilder b) {
    if (current.named() && chance(0.5)) {
      b.ret();
      return;
    }
    List<Sig> same = funcs.stream().filter(s -> s.results().equals(current.results()) && s.results().size() > 1).toList();
    if (!same.isEmpty() && chance(0.3)) {
      b.ret(call(same.get(rnd.nextInt(same.size())), 1));
      return;
    }
    Object[] values = current.results().stream().map(t -> (Object) expr(t, 2).ex()).toArray();
    b.ret(values);
  }

  /** {@code a, b := f()} for a function with several results, or the two-way swap. */
  private void multi(BlockBuilder b) {
    List<Sig> many = funcs.stream().filter(s -> s.results().size() > 1).toList();
    if (!many.isEmpty() && chance(0.7)) {
      Sig s = many.get(rnd.nextInt(many.size()));
      String[] names = new String[s.results().size()];
      for (int i = 0; i < names.length; i++) {
        do {
          names[i] = i == 0 && chance(0.3) ? "_" : name();
        } while (java.util.Arrays.asList(names).subList(0, i).contains(names[i]));
      }
      Var[] vs = b.define(names, call(s, 2));
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals("_")) continue;
        scopes.peek().put(names[i], s.results().get(i));
        b.assign(Go.blank(), vs[i]);
      }
      return;
    }
    Basic t = anyType();
    Var x = variable(t);
    Var y = variable(t);
    if (x != null && y != null && !x.name().equals(y.name())) b.assign(new Ex[] {x, y}, y, x);
    else simple(b);
  }

  private void print(BlockBuilder b) {
    List<Object> args = new ArrayList<>();
    List<Sig> many = funcs.stream().filter(s -> s.results().size() > 1).toList();
    if (!many.isEmpty() && chance(0.2)) {
      args.add(call(many.get(rnd.nextInt(many.size())), 1));
    } else {
      for (int i = rnd.nextInt(4); i > 0; i--) {
        Basic t = anyType();
        args.add(typed(expr(t, 2), t));
      }
    }
    if (chance(0.5)) {
      usesFmt = true;
      b.call(chance(0.7) ? Go.fmtPrintln(args.toArray()) : Go.fmtPrint(args.toArray()));
    } else {
      b.println(args.toArray());
    }
  }

  /** Declares a fresh (or shadowing) variable and uses it, since Go rejects unused variables. */
  private Var declare(BlockBuilder b, Basic t, E init) {
    return declare(b, name(), t, init);
  }

  private Var declare(BlockBuilder b, String name, Basic t, E init) {
    Var v = init.konst() || chance(0.3) ? b.var(name, t, init.ex()) : b.define(name, init.ex());
    scopes.peek().put(name, t);
    b.assign(Go.blank(), v);
    return v;
  }

  /** A new name, or one of an enclosing scope (shadowing it) that the current scope lacks. */
  private String name() {
    if (chance(0.2)) {
      List<String> outer = new ArrayList<>();
      for (Map<String, Basic> s : scopes) outer.addAll(s.keySet());
      // Named results stay visible (a bare return needs them), and so do the two variables
      // every function starts with, which nonConst falls back on.
      outer.removeIf(n -> scopes.peek().containsKey(n) || n.startsWith("r") || n.equals("v0") || n.equals("v1"));
      if (!outer.isEmpty()) return outer.get(rnd.nextInt(outer.size()));
    }
    return "v" + fresh++;
  }

  // ---- expressions ----

  private E expr(Basic t, int depth) {
    if (depth <= 0 || chance(0.25)) return leaf(t);
    int r = rnd.nextInt(100);
    if (Types.isInteger(t)) {
      if (r < 35) {
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO, BinaryOp.REM, BinaryOp.AND,
            BinaryOp.OR, BinaryOp.XOR, BinaryOp.AND_NOT};
        return arith(t, ops[rnd.nextInt(ops.length)], depth);
      }
      if (r < 45) return new E(nonConst(t, depth - 1).ex().op(chance(0.5) ? BinaryOp.SHL : BinaryOp.SHR, shiftCount(depth - 1).ex()), false);
      if (r < 55) return new E(chance(0.5) ? Go.neg(nonConst(t, depth - 1).ex()) : Go.compl(nonConst(t, depth - 1).ex()), false);
      if (r < 67) return convert(t, depth);
      if (r < 72 && t.equals(Types.INT)) {
        E s = expr(Types.STRING, depth - 1); // len of a constant string is a constant
        return new E(Go.len(s.ex()), s.konst());
      }
      if (r < 75 && t.equals(Types.UINT8)) return new E(nonConst(Types.STRING, depth - 1).ex().index(index(depth - 1).ex()), false);
      if (r < 85) return callOf(t, depth);
      return paren(t, depth);
    }
    if (Types.isFloat(t)) {
      if (r < 45) {
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO};
        return arith(t, ops[rnd.nextInt(ops.length)], depth);
      }
      if (r < 55) return new E(Go.neg(nonConst(t, depth - 1).ex()), false);
      if (r < 75) return convert(t, depth);
      if (r < 85) return callOf(t, depth);
      return leaf(t);
    }
    if (Types.isBoolean(t)) {
      if (r < 40) return comparison(depth);
      if (r < 55) return new E(expr(t, depth - 1).ex().andAlso(expr(t, depth - 1).ex()), false);
      if (r < 70) return new E(expr(t, depth - 1).ex().orElse(expr(t, depth - 1).ex()), false);
      if (r < 80) return new E(Go.not(expr(t, depth - 1).ex()), false);
      if (r < 90) return callOf(t, depth);
      return new E(Go.paren(expr(t, depth - 1).ex()), false);
    }
    if (r < 50) {
      E a = expr(t, depth - 1);
      E b = expr(t, depth - 1);
      return new E(a.ex().add(b.ex()), a.konst() && b.konst());
    }
    if (r < 70) return callOf(t, depth);
    return leaf(t);
  }

  private E paren(Basic t, int depth) {
    E inner = expr(t, depth - 1);
    return new E(Go.paren(inner.ex()), inner.konst());
  }

  /** a op b with at least one variable operand; a literal divisor is never zero. */
  private E arith(Basic t, BinaryOp op, int depth) {
    E a = expr(t, depth - 1);
    E b;
    if (op == BinaryOp.QUO || op == BinaryOp.REM) {
      b = a.konst() ? nonConst(t, depth - 1) : divisor(t, depth - 1);
    } else {
      b = a.konst() ? nonConst(t, depth - 1) : expr(t, depth - 1);
    }
    if (chance(0.5) && op != BinaryOp.QUO && op != BinaryOp.REM) return new E(b.ex().op(op, a.ex()), false);
    return new E(a.ex().op(op, b.ex()), false);
  }

  private E divisor(Basic t, int depth) {
    return chance(0.5) ? literal(t, true) : nonConst(t, depth);
  }

  private E comparison(int depth) {
    Basic t = chance(0.15) ? Types.STRING : numericType();
    BinaryOp[] ops = {BinaryOp.EQL, BinaryOp.NEQ, BinaryOp.LSS, BinaryOp.LEQ, BinaryOp.GTR, BinaryOp.GEQ};
    E a = nonConst(t, depth - 1);
    E b = expr(t, depth - 1);
    return new E(chance(0.5) ? a.ex().op(ops[rnd.nextInt(ops.length)], b.ex()) : b.ex().op(ops[rnd.nextInt(ops.length)], a.ex()), false);
  }

  private E convert(Basic t, int depth) {
    Basic from = chance(0.2) ? Types.FLOAT64 : intType();
    if (from.equals(t)) from = Types.INT;
    return new E(Go.conv(t, nonConst(from, depth - 1).ex()), false);
  }

  private E shiftCount(int depth) {
    if (chance(0.4)) return new E(Go.lit(rnd.nextInt(chance(0.8) ? 8 : 80)), true);
    return nonConst(intType(), depth);
  }

  private E index(int depth) {
    if (chance(0.4)) return new E(Go.lit(rnd.nextInt(4)), true);
    return nonConst(intType(), depth);
  }

  private E callOf(Basic t, int depth) {
    List<Sig> candidates = funcs.stream().filter(s -> s.results().equals(List.of(t))).toList();
    if (candidates.isEmpty()) return leaf(t);
    return new E(call(candidates.get(rnd.nextInt(candidates.size())), depth - 1), false);
  }

  private Ex call(Sig s, int depth) {
    // f(g()) when g's results are f's parameters
    List<Sig> feeders = funcs.stream().filter(g -> g.results().size() > 1 && g.results().equals(s.params())).toList();
    if (!feeders.isEmpty() && chance(0.3)) return Go.call(s.name(), call(feeders.getFirst(), depth - 1));
    Object[] args = s.params().stream().map(p -> (Object) expr(p, depth).ex()).toArray();
    return Go.call(s.name(), args);
  }

  /** A variable of type t, or a literal. */
  private E leaf(Basic t) {
    Var v = chance(0.65) ? variable(t) : null;
    return v != null ? new E(v, false) : literal(t, false);
  }

  /** An expression that is not constant: a variable, a call or a conversion of a variable. */
  private E nonConst(Basic t, int depth) {
    Var v = variable(t);
    if (v != null && (depth <= 0 || chance(0.7))) return new E(v, false);
    if (depth > 0 && chance(0.5)) {
      E e = expr(t, depth);
      if (!e.konst()) return e;
    }
    if (v != null) return new E(v, false);
    if (Types.isBoolean(t)) return new E(variable(Types.INT).lt(expr(Types.INT, 0).ex()), false);
    if (Types.isString(t)) return new E(variable(Types.STRING), false);
    Basic from = Types.INT;
    return new E(Go.conv(t, variable(from)), false);
  }

  private E literal(Basic t, boolean nonZero) {
    if (Types.isInteger(t)) {
      int bits = t.kind().bits();
      boolean unsigned = Types.isUnsigned(t);
      BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
      BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
      BigInteger v = switch (rnd.nextInt(10)) {
        case 0 -> min;
        case 1 -> max;
        case 2 -> max.subtract(BigInteger.valueOf(rnd.nextInt(3)));
        case 3 -> new BigInteger(bits, rnd).add(min).min(max);
        default -> BigInteger.valueOf(rnd.nextInt(11) - (unsigned ? 0 : 3));
      };
      if (nonZero && v.signum() == 0) v = BigInteger.ONE;
      return new E(Go.lit(v), true);
    }
    if (Types.isFloat(t)) {
      double d = FLOATS[rnd.nextInt(FLOATS.length)] * (chance(0.3) ? -1 : 1);
      return new E(Go.lit(d), true);
    }
    if (Types.isBoolean(t)) return new E(Go.lit(chance(0.5)), true);
    return new E(Go.str(STRINGS[rnd.nextInt(STRINGS.length)]), true);
  }

  /** A visible variable of type t (the innermost declaration of each name counts), or null. */
  private Var variable(Basic t) {
    Map<String, Basic> visible = new LinkedHashMap<>();
    for (var it = scopes.descendingIterator(); it.hasNext(); ) visible.putAll(it.next());
    List<String> names = visible.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey).sorted().toList();
    return names.isEmpty() ? null : Go.id(names.get(rnd.nextInt(names.size())));
  }

  private Basic type(Var v) {
    for (Map<String, Basic> s : scopes) {
      Basic t = s.get(v.name());
      if (t != null) return t;
    }
    throw new IllegalStateException("no variable " + v.name());
  }

  private Basic intType() {
    return INTS.get(rnd.nextInt(INTS.size()));
  }

  private Basic numericType() {
    return chance(0.85) ? intType() : Types.FLOAT64;
  }

  private Basic anyType() {
    int r = rnd.nextInt(100);
    if (r < 70) return intType();
    if (r < 80) return Types.FLOAT64;
    if (r < 90) return Types.BOOL;
    return Types.STRING;
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }
}
