package dev.gosem.backend.amd64;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.str;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * RandomPrograms makes random programs that run to completion and print what they compute, for
 * differential testing of the amd64 backend against the JVM backend: functions over every
 * integer size, float64, bool and string, with straight-line code, if/else, bounded loops with
 * break and continue, calls (only to earlier functions, so no recursion), several results, and
 * both print families. Nothing can panic: divisors are forced odd, shift counts are unsigned,
 * string indexes are reduced modulo a non-zero length, and floats are never converted to
 * integers (Go leaves out-of-range results to the machine). Every operator has a non-constant
 * operand, so no constant expression can overflow at compile time.
 */
final class RandomPrograms {
  private static final List<Basic> INTS = LanguageTest.INTS;
  private static final List<Basic> TYPES = new ArrayList<>(INTS);

  static {
    TYPES.add(Types.FLOAT64);
    TYPES.add(Types.BOOL);
    TYPES.add(Types.STRING);
  }

  private static final String[] STRINGS = {"", "a", "héllo", "xyz", "日本", "go"};
  private static final double[] FLOATS = {0.5, 1.25, 3.0, 0.1, 1e10, 2.5e-3, 100.0, -7.75, 1e-7};

  private record Sig(String name, List<Basic> params, List<Basic> results) {}

  /** A variable in scope; loop counters are read-only so every loop ends. */
  private record Local(String name, Basic type, boolean counter) {
    Local(String name, Basic type) {
      this(name, type, false);
    }
  }

  private final Random r;
  private final List<Sig> sigs = new ArrayList<>();
  private List<Local> scope;
  private int names;
  private int loopDepth;

  private RandomPrograms(long seed) {
    this.r = new Random(seed);
  }

  static Program make(long seed) {
    return new RandomPrograms(seed).program(seed);
  }

  private Basic anyType() {
    return TYPES.get(r.nextInt(TYPES.size()));
  }

  private Basic anyInt() {
    return INTS.get(r.nextInt(INTS.size()));
  }

  private Program program(long seed) {
    int n = 2 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Basic> params = new ArrayList<>();
      // Up to 7 parameters and 4 results: strings take two words, so some spill to the stack.
      for (int k = r.nextInt(8); k > 0; k--) params.add(anyType());
      List<Basic> results = new ArrayList<>();
      for (int k = 1 + r.nextInt(4); k > 0; k--) results.add(anyType());
      sigs.add(new Sig("f" + i, params, results));
    }
    return Go.program("random" + seed, p -> p.file("main.go", f -> {
      f.imports("fmt");
      f.var("seed", Types.INT, 3);
      f.var("text", Types.STRING, "g");
      for (Sig s : sigs) {
        f.func(s.name, fn -> {
          scope = new ArrayList<>();
          for (int i = 0; i < s.params.size(); i++) {
            Var v = fn.param("p" + i, s.params.get(i));
            scope.add(new Local(v.name(), s.params.get(i)));
          }
          fn.results(s.results.toArray(new Basic[0]));
          block(fn, 2, sigs.indexOf(s));
          Object[] rs = new Object[s.results.size()];
          for (int i = 0; i < rs.length; i++) rs[i] = expr(s.results.get(i), 2);
          fn.ret(rs);
        });
      }
      f.func("main", b -> {
        scope = new ArrayList<>();
        block(b, 2, sigs.size());
        for (Sig s : sigs) callAndPrint(b, s);
        b.call(fmtPrintln("done"));
      });
    }));
  }

  /** Random statements; calls may go to functions before index {@code callable}. */
  private void block(BlockBuilder b, int depth, int callable) {
    int mark = scope.size();
    for (int k = 2 + r.nextInt(4); k > 0; k--) stmt(b, depth, callable);
    List<Local> mine = new ArrayList<>(scope.subList(mark, scope.size()));
    if (!mine.isEmpty() && r.nextBoolean()) b.println(mine.stream().map(l -> (Object) id(l)).toArray());
    while (scope.size() > mark) scope.removeLast();
  }

  private Var id(Local l) {
    return Go.id(l.name);
  }

  private void stmt(BlockBuilder b, int depth, int callable) {
    switch (r.nextInt(depth > 0 ? 9 : 6)) {
      case 0, 1 -> {
        Basic t = anyType();
        String name = "v" + names++;
        Var v = b.define(name, typed(t, expr(t, 3)));
        b.assign(Go.blank(), v);
        scope.add(new Local(name, t));
      }
      case 2 -> {
        Local l = pickMutable();
        if (l != null) b.assign(id(l), expr(l.type, 3));
      }
      case 3 -> {
        Local l = pickMutable();
        if (l != null && l.type.kind() != Kind.BOOL) {
          BinaryOp op = l.type.kind() == Kind.STRING ? BinaryOp.ADD
              : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL}[r.nextInt(3)];
          b.opAssign(id(l), op, l.type.kind() == Kind.STRING ? literal(Types.STRING) : expr(l.type, 2));
        }
      }
      case 4 -> print(b);
      case 5 -> {
        if (callable > 0) callAndPrint(b, sigs.get(r.nextInt(callable)));
      }
      case 6 -> b.ifThen(expr(Types.BOOL, 3), t -> block(t, depth - 1, callable))
          .orElse(e -> block(e, depth - 1, callable));
      case 7, 8 -> loop(b, depth, callable);
      default -> throw new IllegalStateException();
    }
  }

  private void loop(BlockBuilder b, int depth, int callable) {
    String i = "i" + names++;
    int n = 1 + r.nextInt(loopDepth == 0 ? 6 : 3);
    loopDepth++;
    b.forLoop(l -> {
      l.init().define(i, 0);
      l.cond(Go.id(i).lt(n)).post().inc(Go.id(i));
      l.body(body -> {
        scope.add(new Local(i, Types.INT, true));
        if (r.nextInt(3) == 0) body.ifThen(Go.id(i).eq(r.nextInt(n)), t -> t.cont());
        block(body, depth - 1, callable);
        if (r.nextInt(4) == 0) body.ifThen(Go.id(i).gt(r.nextInt(n + 1)), t -> t.brk());
        scope.removeIf(x -> x.name.equals(i));
      });
    });
    loopDepth--;
  }

  private void callAndPrint(BlockBuilder b, Sig s) {
    Object[] args = new Object[s.params.size()];
    for (int i = 0; i < args.length; i++) args[i] = typed(s.params.get(i), expr(s.params.get(i), 2));
    if (r.nextBoolean()) {
      b.call(fmtPrintln(call(s.name, args)));
    } else if (s.results.size() == 1) {
      b.println(call(s.name, args));
    } else {
      String[] ns = new String[s.results.size()];
      for (int i = 0; i < ns.length; i++) ns[i] = "r" + names++;
      Var[] vs = b.define(ns, call(s.name, args));
      for (Var v : vs) b.assign(Go.blank(), v);
      b.call(fmtPrint((Object[]) vs));
      b.call(fmtPrintln());
    }
  }

  private void print(BlockBuilder b) {
    int n = 1 + r.nextInt(4);
    Object[] xs = new Object[n];
    for (int i = 0; i < n; i++) {
      Basic t = anyType();
      xs[i] = typed(t, expr(t, 2));
    }
    switch (r.nextInt(3)) {
      case 0 -> b.println(xs);
      case 1 -> b.call(fmtPrintln(xs));
      default -> b.call(fmtPrint(xs));
    }
  }

  private Local pickMutable() {
    List<Local> c = scope.stream().filter(l -> !l.counter).toList();
    return c.isEmpty() ? null : c.get(r.nextInt(c.size()));
  }

  private Local pick(Basic t) {
    List<Local> c = scope.stream().filter(l -> t == null || l.type.equals(t)).toList();
    return c.isEmpty() ? null : c.get(r.nextInt(c.size()));
  }

  /** An expression of type t that is not constant (it involves a variable), as a typed operand. */
  private Ex expr(Basic t, int depth) {
    Local v = pick(t);
    if (depth <= 0 || r.nextInt(4) == 0) {
      return v != null ? id(v) : conv(t, variableOf(t));
    }
    Kind k = t.kind();
    if (k.isInteger()) return intExpr(t, depth);
    return switch (k) {
      case FLOAT64 -> floatExpr(depth);
      case BOOL -> boolExpr(depth);
      default -> stringExpr(depth);
    };
  }

  /** A variable-based expression of type t even when no local of type t exists: a call-free conversion. */
  private Ex variableOf(Basic t) {
    Local any = scope.isEmpty() ? null : scope.get(r.nextInt(scope.size()));
    Kind k = t.kind();
    if (k.isInteger()) {
      Local i = random(scope.stream().filter(l -> l.type.kind().isInteger()).toList());
      if (i != null) return id(i);
      Local s = random(scope.stream().filter(l -> l.type.kind() == Kind.STRING).toList());
      if (s != null) return len(id(s));
      return lenOfLiteralPlusVar();
    }
    if (k == Kind.FLOAT64) {
      Local i = random(scope.stream().filter(l -> l.type.kind().isInteger() || l.type.kind() == Kind.FLOAT64).toList());
      return i != null ? id(i) : lenOfLiteralPlusVar();
    }
    if (k == Kind.BOOL) {
      Local b = pick(Types.BOOL);
      if (b != null) return id(b);
      return any != null && any.type.kind().isInteger() ? id(any).gt(conv(any.type, 1)) : lenOfLiteralPlusVar().gt(2);
    }
    Local s = pick(Types.STRING);
    return s != null ? id(s) : Go.id("text");
  }

  private Local random(List<Local> c) {
    return c.isEmpty() ? null : c.get(r.nextInt(c.size()));
  }

  /** A non-constant int when no local helps: the package-level variable seed (text is its string twin). */
  private Ex lenOfLiteralPlusVar() {
    return Go.id("seed");
  }

  private Ex literal(Basic t) {
    Kind k = t.kind();
    if (k == Kind.FLOAT64) return lit(FLOATS[r.nextInt(FLOATS.length)]);
    if (k == Kind.BOOL) return lit(r.nextBoolean());
    if (k == Kind.STRING) return str(STRINGS[r.nextInt(STRINGS.length)]);
    int bits = k.bits();
    long max = k.isUnsigned() ? (bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1) : (bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1);
    long v = switch (r.nextInt(4)) {
      case 0 -> r.nextInt(10);
      case 1 -> max;
      case 2 -> k.isUnsigned() ? r.nextInt(200) : -r.nextInt(200) % (max + 1);
      default -> r.nextLong() & max;
    };
    if (!k.isUnsigned() && r.nextInt(4) == 0 && v != 0) v = -v;
    return lit(v);
  }

  /** Wraps an expression so its type is exactly t in any context (a conversion, a no-op at run time). */
  private Ex typed(Basic t, Ex e) {
    return conv(t, e);
  }

  private Ex operand(Basic t, int depth) {
    return r.nextInt(3) == 0 ? literal(t) : expr(t, depth - 1);
  }

  private Ex intExpr(Basic t, int depth) {
    Ex x = paren(expr(t, depth - 1));
    return switch (r.nextInt(14)) {
      case 0 -> x.add(operand(t, depth));
      case 1 -> x.sub(operand(t, depth));
      case 2 -> x.mul(operand(t, depth));
      case 3 -> x.div(divisor(t, depth));
      case 4 -> x.rem(divisor(t, depth));
      case 5 -> x.and(operand(t, depth));
      case 6 -> x.or(operand(t, depth));
      case 7 -> x.xor(operand(t, depth));
      case 8 -> x.andNot(operand(t, depth));
      case 9 -> x.shl(r.nextBoolean() ? lit(r.nextInt(70)) : conv(Types.UINT8, expr(anyInt(), depth - 1)));
      case 10 -> x.shr(r.nextBoolean() ? lit(r.nextInt(70)) : conv(Types.UINT8, expr(anyInt(), depth - 1)));
      case 11 -> r.nextBoolean() ? neg(x) : compl(x);
      case 12 -> conv(t, expr(anyInt(), depth - 1));
      default -> t.equals(Types.INT) ? len(stringExpr(depth - 1)) : conv(t, paren(expr(anyInt(), depth - 1)));
    };
  }

  private Ex divisor(Basic t, int depth) {
    if (r.nextBoolean()) {
      long[] cs = {1, 2, 3, 4, 7, 8, 10, 16, 100, -1, -2, -8};
      long c = cs[r.nextInt(t.kind().isUnsigned() ? 9 : cs.length)];
      if (t.kind().bits() == 8 && Math.abs(c) > 100) c = 3;
      return lit(c);
    }
    return paren(expr(t, depth - 1).or(1));
  }

  private Ex floatExpr(int depth) {
    Ex x = paren(expr(Types.FLOAT64, depth - 1));
    return switch (r.nextInt(7)) {
      case 0 -> x.add(operand(Types.FLOAT64, depth));
      case 1 -> x.sub(operand(Types.FLOAT64, depth));
      case 2 -> x.mul(operand(Types.FLOAT64, depth));
      case 3 -> x.div(operand(Types.FLOAT64, depth));
      case 4 -> neg(x);
      default -> conv(Types.FLOAT64, expr(anyInt(), depth - 1));
    };
  }

  private Ex boolExpr(int depth) {
    Basic t = anyType();
    if (t.kind() == Kind.BOOL) t = Types.INT;
    Ex x = paren(expr(t, depth - 1));
    Ex y = operand(t, depth);
    return switch (r.nextInt(9)) {
      case 0 -> x.eq(y);
      case 1 -> x.ne(y);
      case 2 -> x.lt(y);
      case 3 -> x.le(y);
      case 4 -> x.gt(y);
      case 5 -> x.ge(y);
      case 6 -> paren(expr(Types.BOOL, depth - 1)).andAlso(expr(Types.BOOL, depth - 1));
      case 7 -> paren(expr(Types.BOOL, depth - 1)).orElse(expr(Types.BOOL, depth - 1));
      default -> not(paren(expr(Types.BOOL, depth - 1)));
    };
  }

  /** A string at most a literal longer than one variable, so loops grow strings linearly, not exponentially. */
  private Ex stringExpr(int depth) {
    Local v = pick(Types.STRING);
    Ex x = v != null ? id(v) : Go.id("text");
    return switch (r.nextInt(3)) {
      case 0 -> x.add(literal(Types.STRING));
      case 1 -> literal(Types.STRING).add(x);
      default -> x;
    };
  }
}
