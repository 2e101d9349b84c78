package dev.gosem.fuzz.gen;

import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.fuzz.tree.Consts;
import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fixup;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.Rat;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Val;
import dev.gosem.fuzz.tree.Walk;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generator makes a random Go program from a seed, in the spirit of Csmith: well typed by
 * construction (every expression has a type, constant expressions are evaluated so none
 * overflows or divides by zero), terminating by construction (every loop counts a counter
 * nothing else assigns up to a constant; recursion passes {@code d-1} down to a base case;
 * helpers call only helpers made before them), and small (an estimate of the statements
 * executed is kept under a budget, and strings grow at most linearly). The same seed and
 * features give the same program.
 *
 * <p>What the program does is decided by Go: the generator never predicts output. It avoids
 * only what Go leaves unspecified (the order of a call's side effects relative to reading a
 * variable: helpers never assign package variables; float-to-integer conversions of values out
 * of range), so any difference from Go is gosem's.
 */
public final class Generator {
  /** The estimated number of statements one run executes, at most. */
  static final long MAX_COST = 30_000;
  /** The iterations of one loop nest, at most. */
  static final long MAX_TRIPS = 300;

  private enum Kind { LOCAL, PARAM, GLOBAL, CONST, RESULT, COUNTER }

  private record Sym(String name, Ty type, Kind kind, Val value, boolean assignable) {}

  private record FnInfo(String name, List<Ty> params, List<Ty> results, long cost, boolean readsGlobals, boolean recursive) {}

  private record Loop(String label) {}

  /** The state of the function (or initializer) being generated. */
  private final class Ctx {
    final String fn;
    final List<Ty> results;
    final List<String> resultNames;
    final boolean recursive;
    // The depth parameter of a recursive function, which only d-1 in a self-call changes.
    String depthParam;
    final List<Ty> paramTypes;
    final boolean globalInit;
    final List<Sym> scope = new ArrayList<>();
    final List<Loop> loops = new ArrayList<>();
    int budget;
    long mult = 1;
    long cost;
    int selfCalls;
    int depth;
    boolean readsGlobals;
    // While set, a string expression may not read string variables or call string functions
    // (so one concatenation never doubles a string).
    boolean staticStrings;
    // The helpers this function may call: those made before it.
    final int callable;

    Ctx(String fn, List<Ty> paramTypes, List<Ty> results, List<String> resultNames, boolean recursive, boolean globalInit, int budget) {
      this.fn = fn;
      this.paramTypes = paramTypes;
      this.results = results;
      this.resultNames = resultNames;
      this.recursive = recursive;
      this.globalInit = globalInit;
      this.budget = budget;
      this.callable = fns.size();
    }
  }

  private final Random rnd;
  private final Set<Feature> feats;
  private final boolean panicky;
  private int counter;
  private final List<Sym> constSyms = new ArrayList<>();
  private final List<Sym> globalSyms = new ArrayList<>();
  private final List<FnInfo> fns = new ArrayList<>();

  private Generator(long seed, Set<Feature> feats) {
    this.rnd = new Random(seed);
    this.feats = feats;
    this.panicky = feats.contains(Feature.PANICS) && rnd.nextInt(100) < 6;
  }

  /** The program for this seed with the default features. */
  public static Prog generate(long seed) {
    return generate(seed, Feature.defaults());
  }

  public static Prog generate(long seed, Set<Feature> features) {
    return new Generator(seed, features).program(seed);
  }

  private boolean on(Feature f) {
    return feats.contains(f);
  }

  private String fresh(String prefix) {
    return prefix + (++counter);
  }

  private boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  private <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  // ---- the program ----

  private Prog program(long seed) {
    List<S.Const> consts = new ArrayList<>();
    if (on(Feature.CONSTS)) {
      int n = rnd.nextInt(4);
      for (int i = 0; i < n; i++) consts.add(constDecl(null, constSyms));
    }
    if (on(Feature.GLOBALS)) {
      int n = rnd.nextInt(5);
      for (int i = 0; i < n; i++) globalSyms.add(new Sym(fresh("g"), randomType(), Kind.GLOBAL, null, true));
    }
    List<Fn> funcs = new ArrayList<>();
    if (on(Feature.FUNCS)) {
      int n = rnd.nextInt(5);
      for (int i = 0; i < n; i++) funcs.add(helper());
    }
    List<Prog.Global> globals = new ArrayList<>();
    for (int i = 0; i < globalSyms.size(); i++) globals.add(globalDecl(i));
    Collections.shuffle(globals, rnd);
    if (on(Feature.INIT_FUNCS) && chance(20)) {
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) funcs.add(body("init", List.of(), List.of(), null, false, 2 + rnd.nextInt(5)));
    }
    Fn main = body("main", List.of(), List.of(), null, false, 8 + rnd.nextInt(24));
    if (on(Feature.EXIT) && chance(4)) {
      List<S> b = new ArrayList<>(main.body());
      b.add(new S.Exit(rnd.nextInt(4)));
      main = main.withBody(b);
    }
    funcs.add(main);
    return Fixup.program(new Prog(seed, consts, globals, funcs));
  }

  /** A const declaration over literals and earlier constants; added to syms. */
  private S.Const constDecl(Ctx local, List<Sym> syms) {
    Ctx c = local != null ? local : new Ctx("const", List.of(), List.of(), null, false, true, 0);
    boolean typed = chance(45);
    Ty t = randomType();
    String name = fresh("c");
    for (int attempt = 0; attempt < 10; attempt++) {
      E e = constExpr(c, t, 2, typed, syms);
      Val v = Consts.valueOf(e);
      if (v == null) continue;
      if (typed) {
        if (!Consts.valid(e)) continue;
        syms.add(new Sym(name, t, Kind.CONST, new Val(v.value(), false), false));
        return new S.Const(name, t, e, true);
      }
      if (v.isInt() && v.bigInt().bitLength() > 200) continue;
      Ty kind = defaultTy(v);
      if (kind == null) continue;
      syms.add(new Sym(name, kind, Kind.CONST, v, false));
      return new S.Const(name, kind, e, false);
    }
    E lit = literal(t, false);
    Val v = Consts.valueOf(lit);
    syms.add(new Sym(name, t, Kind.CONST, new Val(v.value(), false), false));
    return new S.Const(name, t, lit, true);
  }

  /** A constant expression of type t; untyped ones may be large (1 << 70 >> 65). */
  private E constExpr(Ctx c, Ty t, int depth, boolean typed, List<Sym> syms) {
    if (depth <= 0 || chance(30)) {
      List<Sym> fit = new ArrayList<>();
      for (Sym s : syms) {
        if (s.kind() == Kind.CONST && fitsSym(s, t) && (typed || s.value().untyped())) fit.add(s);
      }
      if (!fit.isEmpty() && chance(50)) {
        Sym s = pick(fit);
        return new E.Ref(t, s.name(), s.value());
      }
      E.Lit l = literal(t, !typed);
      return typed && !t.isDefault() && chance(50) ? new E.Lit(t, l.value(), true) : l;
    }
    if (!typed && t.isInteger() && chance(25)) {
      // A big untyped intermediate: (x << k) >> k', exact in Go.
      int k = 20 + rnd.nextInt(60);
      E big = new E.Binary(t, BinaryOp.SHL, constExpr(c, t, depth - 1, false, syms), new E.Lit(Ty.UINT, BigInteger.valueOf(k), true));
      return new E.Binary(t, BinaryOp.SHR, big, new E.Lit(Ty.UINT, BigInteger.valueOf(k - rnd.nextInt(3)), true));
    }
    BinaryOp op = switch (t) {
      case BOOL -> pick(List.of(BinaryOp.LAND, BinaryOp.LOR, BinaryOp.EQL));
      case STRING -> BinaryOp.ADD;
      case FLOAT64 -> pick(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO));
      default -> pick(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO, BinaryOp.REM, BinaryOp.AND,
          BinaryOp.OR, BinaryOp.XOR, BinaryOp.AND_NOT));
    };
    return new E.Binary(t, op, constExpr(c, t, depth - 1, typed, syms), constExpr(c, t, depth - 1, typed, syms));
  }

  private Prog.Global globalDecl(int index) {
    Sym g = globalSyms.get(index);
    if (chance(20)) return new Prog.Global(g.name(), g.type(), null, true);
    Ctx c = new Ctx("var", List.of(), List.of(), null, false, true, 0);
    c.scope.addAll(constSyms);
    // Dependency order is generation order: a variable reads only those made before it, whose
    // declarations were then shuffled, so Go's initialization order has work to do.
    for (int i = 0; i < index; i++) c.scope.add(new Sym(globalSyms.get(i).name(), globalSyms.get(i).type(), Kind.GLOBAL, null, false));
    E e = expr(c, g.type(), 2);
    boolean typed = chance(60) || needsConv(e, g.type());
    return new Prog.Global(g.name(), g.type(), e, typed);
  }

  private Fn helper() {
    boolean recursive = on(Feature.RECURSION) && chance(25);
    String name = fresh(recursive ? "r" : "f");
    List<Fn.Param> params = new ArrayList<>();
    if (recursive) params.add(new Fn.Param(fresh("d"), Ty.INT));
    int np = chance(15) ? 4 + rnd.nextInt(6) : rnd.nextInt(4);
    for (int i = 0; i < np; i++) params.add(new Fn.Param(fresh("p"), randomType()));
    int nr = chance(25) && !recursive ? 0 : 1;
    if (on(Feature.MULTI_RESULTS) && chance(30)) nr = 2 + rnd.nextInt(chance(20) ? 4 : 2);
    List<Ty> results = new ArrayList<>();
    for (int i = 0; i < nr; i++) results.add(randomType());
    List<String> resultNames = null;
    if (nr > 0 && on(Feature.NAMED_RESULTS) && chance(35)) {
      resultNames = new ArrayList<>();
      for (int i = 0; i < nr; i++) resultNames.add(fresh("n"));
    }
    return functionBody(name, params, results, resultNames, recursive, recursive ? 2 + rnd.nextInt(4) : 3 + rnd.nextInt(10));
  }

  private Fn body(String name, List<Fn.Param> params, List<Ty> results, List<String> resultNames, boolean recursive, int budget) {
    return functionBody(name, params, results, resultNames, recursive, budget);
  }

  private Fn functionBody(String name, List<Fn.Param> params, List<Ty> results, List<String> resultNames, boolean recursive, int budget) {
    boolean isMainOrInit = name.equals("main") || name.equals("init");
    Ctx c = new Ctx(name, params.stream().map(Fn.Param::type).toList(), results, resultNames, recursive, false, budget);
    if (recursive) c.depthParam = params.getFirst().name();
    c.scope.addAll(constSyms);
    for (Sym g : globalSyms) c.scope.add(new Sym(g.name(), g.type(), Kind.GLOBAL, null, isMainOrInit));
    for (int i = 0; i < params.size(); i++) {
      Fn.Param p = params.get(i);
      c.scope.add(new Sym(p.name(), p.type(), recursive && i == 0 ? Kind.COUNTER : Kind.PARAM, null, !(recursive && i == 0)));
    }
    if (resultNames != null) {
      for (int i = 0; i < results.size(); i++) c.scope.add(new Sym(resultNames.get(i), results.get(i), Kind.RESULT, null, true));
    }
    List<S> body = new ArrayList<>();
    if (recursive) {
      E d = new E.Ref(Ty.INT, params.getFirst().name(), null);
      List<S> base = List.of(returnStmt(c, false));
      body.add(new S.If(null, new E.Binary(Ty.BOOL, BinaryOp.LEQ, d, E.Lit.of(Ty.INT, 0)), base, null));
    }
    body.addAll(block(c, budget));
    if (!results.isEmpty()) body.add(returnStmt(c, true));
    long cost = c.cost + 1;
    if (recursive && c.selfCalls > 0) cost *= (c.selfCalls == 1 ? 9 : 511);
    if (!isMainOrInit) {
      boolean reads = c.readsGlobals;
      fns.add(new FnInfo(name, c.paramTypes, results, cost, reads, recursive));
    }
    return new Fn(name, params, results, resultNames, body, recursive);
  }

  private S.Return returnStmt(Ctx c, boolean mayCallSelf) {
    if (c.resultNames != null && chance(50)) return new S.Return(List.of());
    List<E> values = new ArrayList<>();
    int saved = c.selfCalls;
    if (!mayCallSelf) c.selfCalls = 2;
    for (Ty t : c.results) values.add(expr(c, t, 2));
    if (!mayCallSelf) c.selfCalls = saved;
    return new S.Return(values);
  }

  // ---- statements ----

  private List<S> block(Ctx c, int max) {
    int mark = c.scope.size();
    c.depth++;
    List<S> out = new ArrayList<>();
    int n = 1 + rnd.nextInt(Math.max(1, max));
    for (int i = 0; i < n && c.budget > 0; i++) {
      c.budget--;
      c.cost += c.mult;
      out.add(stmt(c));
    }
    c.depth--;
    truncate(c.scope, mark);
    return out;
  }

  private static void truncate(List<Sym> scope, int mark) {
    while (scope.size() > mark) scope.removeLast();
  }

  private S stmt(Ctx c) {
    int w = rnd.nextInt(100);
    List<Sym> assignable = assignable(c);
    if (w < 20) return decl(c);
    if (w < 31 && !assignable.isEmpty()) return assign(c, pick(assignable));
    if (w < 37 && !assignable.isEmpty()) {
      Sym s = pick(assignable);
      if (s.type().isNumeric() || s.type() == Ty.STRING) return opAssign(c, s);
    }
    if (w < 40 && !assignable.isEmpty()) {
      Sym s = pick(assignable);
      if (s.type().isNumeric()) return new S.IncDec(s.name(), chance(60));
    }
    if (w < 53) return print(c);
    if (w < 62 && c.depth < 4) return ifStmt(c);
    if (w < 70 && c.depth < 4 && on(Feature.LOOPS) && c.loops.size() < 3) {
      S f = forStmt(c);
      if (f != null) return f;
    }
    if (w < 74) {
      S s = callStmt(c);
      if (s != null) return s;
    }
    if (w < 78) {
      S s = multiCall(c, assignable);
      if (s != null) return s;
    }
    if (w < 81 && assignable.size() >= 2) return parallel(c, assignable);
    if (w < 86 && !c.loops.isEmpty()) return branch(c);
    if (w < 88 && c.resultNames == null && c.results.isEmpty() && c.depth > 1) {
      return new S.If(null, expr(c, Ty.BOOL, 2), List.of(new S.Return(List.of())), null);
    }
    if (w < 89 && !c.results.isEmpty() && c.depth > 1) return new S.If(null, expr(c, Ty.BOOL, 2), List.of(returnStmt(c, true)), null);
    if (w < 91 && c.depth < 4) return new S.Block(block(c, 3));
    if (w < 94 && on(Feature.CONSTS)) return constDecl(c, c.scope);
    if (w < 98 && on(Feature.SWITCH) && c.depth < 4) return switchStmt(c);
    return print(c);
  }

  private List<Sym> assignable(Ctx c) {
    List<Sym> out = new ArrayList<>();
    for (Sym s : c.scope) {
      if (s.assignable()) out.add(s);
    }
    return out;
  }

  private S decl(Ctx c) {
    Ty t = randomType();
    String name = fresh("v");
    int k = rnd.nextInt(100);
    S.Decl d;
    if (k < 10) {
      d = new S.Decl(name, t, null, S.DeclForm.VAR_ZERO);
    } else {
      E e = valueFor(c, t, 3);
      if (k < 50) {
        d = new S.Decl(name, t, needsConv(e, t) ? new E.Conv(t, e) : e, S.DeclForm.DEFINE);
      } else if (k < 85) {
        d = new S.Decl(name, t, e, S.DeclForm.VAR_TYPED);
      } else {
        d = new S.Decl(name, t, needsConv(e, t) ? new E.Conv(t, e) : e, S.DeclForm.VAR_INFERRED);
      }
    }
    c.scope.add(new Sym(name, t, Kind.LOCAL, null, true));
    return d;
  }

  /** An expression to store in a variable of type t: inside loops, strings grow only linearly. */
  private E valueFor(Ctx c, Ty t, int depth) {
    boolean saved = c.staticStrings;
    if (t == Ty.STRING && c.mult > 1) c.staticStrings = true;
    E e = expr(c, t, depth);
    c.staticStrings = saved;
    return e;
  }

  private S assign(Ctx c, Sym s) {
    return new S.Assign(s.name(), valueFor(c, s.type(), 3));
  }

  private S opAssign(Ctx c, Sym s) {
    Ty t = s.type();
    if (t == Ty.STRING) return new S.OpAssign(s.name(), BinaryOp.ADD, valueFor(c, t, 2));
    if (t.isFloat()) {
      return new S.OpAssign(s.name(), pick(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO)), expr(c, t, 2));
    }
    BinaryOp op = pick(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO, BinaryOp.REM, BinaryOp.AND,
        BinaryOp.OR, BinaryOp.XOR, BinaryOp.AND_NOT, BinaryOp.SHL, BinaryOp.SHR));
    E v;
    if (op == BinaryOp.QUO || op == BinaryOp.REM) {
      v = divisor(c, t, 2);
    } else if (op == BinaryOp.SHL || op == BinaryOp.SHR) {
      v = shiftCount(c, t, 2);
    } else {
      v = expr(c, t, 2);
    }
    return new S.OpAssign(s.name(), op, v);
  }

  private S print(Ctx c) {
    S.PrintKind kind = pick(List.of(S.PrintKind.FMT_PRINTLN, S.PrintKind.FMT_PRINTLN, S.PrintKind.FMT_PRINTLN,
        S.PrintKind.FMT_PRINT, S.PrintKind.PRINTLN, S.PrintKind.PRINTLN, S.PrintKind.PRINT));
    int n = rnd.nextInt(4) + (kind == S.PrintKind.PRINT || kind == S.PrintKind.FMT_PRINT ? 1 : 0);
    List<E> args = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Ty t = randomType();
      E e = expr(c, t, 3);
      args.add(needsConv(e, t) ? new E.Conv(t, e) : e);
    }
    if (kind == S.PrintKind.PRINT || kind == S.PrintKind.FMT_PRINT) {
      // Keep lines apart now and then, so output stays readable.
      if (chance(50)) args.add(E.Lit.str("\n"));
    }
    return new S.Print(kind, args);
  }

  private S ifStmt(Ctx c) {
    int mark = c.scope.size();
    S.Decl init = null;
    if (chance(15)) {
      Ty t = randomType();
      String name = fresh("v");
      E e = expr(c, t, 2);
      init = new S.Decl(name, t, needsConv(e, t) ? new E.Conv(t, e) : e, S.DeclForm.DEFINE);
      c.scope.add(new Sym(name, t, Kind.LOCAL, null, true));
    }
    E cond = expr(c, Ty.BOOL, 3);
    List<S> then = block(c, 4);
    List<S> els = null;
    if (chance(40)) {
      if (chance(30) && c.depth < 4) {
        c.depth++;
        els = List.of(ifStmt(c));
        c.depth--;
      } else {
        els = block(c, 3);
      }
    }
    truncate(c.scope, mark);
    return new S.If(init, cond, then, els);
  }

  private S forStmt(Ctx c) {
    long room = Math.min(MAX_TRIPS / c.mult, 8);
    if (room < 1) return null;
    int trips = rnd.nextInt((int) room + 1);
    S.LoopKind kind = pick(List.of(S.LoopKind.values()));
    Ty ct = kind == S.LoopKind.RANGE_INT || chance(60) ? Ty.INT : pick(List.of(Ty.INTEGERS));
    String counter = fresh("i");
    String label = on(Feature.LABELS) && chance(30) ? fresh("L") : null;
    E bound = new E.Lit(ct, BigInteger.valueOf(trips), true);
    int mark = c.scope.size();
    c.scope.add(new Sym(counter, ct, Kind.COUNTER, null, false));
    c.loops.add(new Loop(label));
    long savedMult = c.mult;
    c.mult *= Math.max(trips, 1);
    List<S> body = block(c, 4);
    c.mult = savedMult;
    c.loops.removeLast();
    truncate(c.scope, mark);
    return new S.For(kind, label, counter, ct, bound, body);
  }

  private S branch(Ctx c) {
    boolean isBreak = chance(50);
    String label = null;
    List<Loop> labeled = c.loops.stream().filter(l -> l.label() != null).toList();
    if (!labeled.isEmpty() && chance(50)) label = pick(labeled).label();
    S.Branch b = new S.Branch(isBreak, label);
    if (chance(15)) return b;
    return new S.If(null, expr(c, Ty.BOOL, 2), List.of(b), null);
  }

  private S callStmt(Ctx c) {
    List<FnInfo> cands = new ArrayList<>();
    for (int i = 0; i < c.callable; i++) {
      FnInfo f = fns.get(i);
      if (affordable(c, f)) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    FnInfo f = pick(cands);
    return new S.ExprStmt(callOf(c, f, f.results().size() == 1 ? f.results().getFirst() : null));
  }

  private S multiCall(Ctx c, List<Sym> assignable) {
    List<FnInfo> cands = new ArrayList<>();
    for (int i = 0; i < c.callable; i++) {
      FnInfo f = fns.get(i);
      if (f.results().size() >= 2 && affordable(c, f)) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    FnInfo f = pick(cands);
    boolean strings = f.results().contains(Ty.STRING);
    boolean saved = c.staticStrings;
    if (strings && c.mult > 1) c.staticStrings = true;
    E.Call call = callOf(c, f, null);
    c.staticStrings = saved;
    List<String> names = new ArrayList<>();
    boolean define = chance(65);
    if (define) {
      for (Ty t : f.results()) names.add(chance(20) ? "_" : fresh("v"));
      if (names.stream().allMatch(n -> n.equals("_"))) names.set(0, fresh("v"));
      for (int i = 0; i < names.size(); i++) {
        if (!names.get(i).equals("_")) c.scope.add(new Sym(names.get(i), f.results().get(i), Kind.LOCAL, null, true));
      }
    } else {
      for (Ty t : f.results()) {
        List<Sym> fit = assignable.stream().filter(s -> s.type() == t && !names.contains(s.name())).toList();
        names.add(fit.isEmpty() || chance(15) ? "_" : pick(fit).name());
      }
    }
    return new S.MultiCall(names, f.results(), define, f.name(), call.args(), false);
  }

  private S parallel(Ctx c, List<Sym> assignable) {
    List<Sym> pool = new ArrayList<>(assignable);
    Collections.shuffle(pool, rnd);
    int n = Math.min(pool.size(), 2 + rnd.nextInt(2));
    List<String> names = new ArrayList<>();
    List<E> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Sym s = pool.get(i);
      names.add(s.name());
      // A swap when the next target has the same type: a, b = b, a.
      Sym other = pool.get((i + 1) % n);
      if (other.type() == s.type() && chance(50) && !(s.type() == Ty.STRING && c.mult > 1)) {
        values.add(new E.Ref(s.type(), other.name(), null));
      } else {
        values.add(valueFor(c, s.type(), 2));
      }
    }
    return new S.Parallel(names, values);
  }

  private S switchStmt(Ctx c) {
    boolean tagless = chance(30);
    Ty t = tagless ? Ty.BOOL : pick(List.of(Ty.INT, Ty.INT, Ty.INT8, Ty.UINT16, Ty.STRING, Ty.BOOL));
    E tag = null;
    if (!tagless) {
      E e = expr(c, t, 2);
      tag = needsConv(e, t) ? new E.Conv(t, e) : e;
    }
    List<S.Case> cases = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<E> values = new ArrayList<>();
      int nv = 1 + rnd.nextInt(2);
      for (int j = 0; j < nv; j++) {
        E v = chance(60) ? literal(t, true) : expr(c, t, 2);
        Val cv = Consts.valueOf(v);
        // Go rejects duplicate integer, float and string constants among the cases; it allows
        // duplicate bools (gosem does not yet: see docs/fuzzing.md, F2), so none are made.
        if (cv != null) {
          Object key = cv.value();
          if (seen.contains(key)) continue;
          seen.add(key);
        }
        values.add(v);
      }
      if (values.isEmpty()) {
        E v = tagless ? expr(c, Ty.BOOL, 2) : literalUnseen(t, seen);
        Val cv = v == null ? null : Consts.valueOf(v);
        if (cv != null) {
          if (seen.contains(cv.value())) continue;
          seen.add(cv.value());
        }
        values.add(v);
      }
      if (values.contains(null)) continue;
      List<S> body = block(c, 3);
      cases.add(new S.Case(values, body, false));
    }
    List<S> dflt = chance(50) ? block(c, 2) : null;
    // fallthrough: never from the last clause.
    List<S.Case> withFall = new ArrayList<>();
    int defaultAt = dflt == null ? -1 : rnd.nextInt(cases.size() + 1);
    for (int i = 0; i < cases.size(); i++) {
      S.Case k = cases.get(i);
      boolean last = i == cases.size() - 1 && defaultAt != cases.size();
      withFall.add(new S.Case(k.values(), k.body(), !last && chance(20)));
    }
    return new S.Switch(tag, withFall, dflt, defaultAt);
  }

  private E literalUnseen(Ty t, List<Object> seen) {
    for (int i = 0; i < 20; i++) {
      E.Lit l = literal(t, true);
      Object key = Consts.valueOf(l).value();
      if (!seen.contains(key)) {
        seen.add(key);
        return l;
      }
    }
    return null;
  }

  // ---- expressions ----

  /** A valid expression of type t (constant parts checked); untyped only where t says so. */
  private E expr(Ctx c, Ty t, int depth) {
    if (depth == 3 && chance(10)) depth = 5;
    for (int attempt = 0; attempt < 8; attempt++) {
      E e = raw(c, t, depth);
      if (Consts.valid(e)) return e;
    }
    return literal(t, false);
  }

  private E raw(Ctx c, Ty t, int depth) {
    if (depth <= 0 || chance(25)) return leaf(c, t);
    int k = rnd.nextInt(100);
    switch (t) {
      case BOOL -> {
        if (k < 45) {
          Ty u = randomType();
          BinaryOp op = u.isOrdered() && chance(70)
              ? pick(List.of(BinaryOp.LSS, BinaryOp.LEQ, BinaryOp.GTR, BinaryOp.GEQ))
              : pick(List.of(BinaryOp.EQL, BinaryOp.NEQ));
          return new E.Binary(Ty.BOOL, op, expr(c, u, depth - 1), expr(c, u, depth - 1));
        }
        if (k < 65) return new E.Binary(Ty.BOOL, chance(50) ? BinaryOp.LAND : BinaryOp.LOR, expr(c, t, depth - 1), expr(c, t, depth - 1));
        if (k < 75) return new E.Unary(Ty.BOOL, UnaryOp.NOT, expr(c, t, depth - 1));
        if (k < 87) {
          E call = call(c, t, depth);
          if (call != null) return call;
        }
        return leaf(c, t);
      }
      case STRING -> {
        if (k < 50) {
          E x = expr(c, t, depth - 1);
          boolean saved = c.staticStrings;
          if (dynamicString(x)) c.staticStrings = true;
          E y = expr(c, t, depth - 1);
          c.staticStrings = saved;
          return new E.Binary(t, BinaryOp.ADD, x, y);
        }
        if (k < 65 && !c.staticStrings) {
          E call = call(c, t, depth);
          if (call != null) return call;
        }
        return leaf(c, t);
      }
      case FLOAT64 -> {
        if (k < 50) {
          BinaryOp op = pick(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.QUO));
          return new E.Binary(t, op, expr(c, t, depth - 1), expr(c, t, depth - 1));
        }
        if (k < 60) return new E.Unary(t, UnaryOp.NEG, expr(c, t, depth - 1));
        if (k < 80) return new E.Conv(t, expr(c, pick(List.of(Ty.INTEGERS)), depth - 1));
        if (k < 90) {
          E call = call(c, t, depth);
          if (call != null) return call;
        }
        return leaf(c, t);
      }
      default -> {
        return integer(c, t, depth, k);
      }
    }
  }

  private E integer(Ctx c, Ty t, int depth, int k) {
    if (k < 40) {
      BinaryOp op = pick(List.of(BinaryOp.ADD, BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.MUL, BinaryOp.QUO,
          BinaryOp.REM, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR, BinaryOp.AND_NOT));
      E x = expr(c, t, depth - 1);
      E y = op == BinaryOp.QUO || op == BinaryOp.REM ? divisor(c, t, depth - 1) : expr(c, t, depth - 1);
      return new E.Binary(t, op, x, y);
    }
    if (k < 50) {
      E x = expr(c, t, depth - 1);
      if (Consts.isUntyped(x)) x = new E.Conv(t, x);
      return new E.Binary(t, chance(50) ? BinaryOp.SHL : BinaryOp.SHR, x, shiftCount(c, t, depth - 1));
    }
    if (k < 58) {
      UnaryOp op = pick(List.of(UnaryOp.NEG, UnaryOp.NEG, UnaryOp.XOR, UnaryOp.PLUS));
      return new E.Unary(t, op, expr(c, t, depth - 1));
    }
    if (k < 66) return new E.Conv(t, expr(c, pick(List.of(Ty.INTEGERS)), depth - 1));
    if (k < 70 && on(Feature.FLOATS)) return floatToInt(c, t, depth);
    if (k < 76 && on(Feature.STRINGS)) {
      if (t == Ty.INT) return new E.Len(expr(c, Ty.STRING, depth - 1));
      if (t == Ty.UINT8) return index(c, depth);
    }
    if (k < 88) {
      E call = call(c, t, depth);
      if (call != null) return call;
    }
    return leaf(c, t);
  }

  /**
   * A float converted to an integer, kept in range (Go leaves out-of-range conversions to the
   * implementation): a small integer through float64 and back through int64.
   */
  private E floatToInt(Ctx c, Ty t, int depth) {
    E small = expr(c, pick(List.of(Ty.INT8, Ty.INT16, Ty.INT32, Ty.UINT8, Ty.UINT16)), depth - 1);
    if (Consts.valueOf(small) != null) return new E.Conv(t, small);
    String[] scale = {"0.5", "1.5", "2.0", "0.75", "3.25", "10.0", "99.9"};
    E f = new E.Binary(Ty.FLOAT64, pick(List.of(BinaryOp.MUL, BinaryOp.QUO, BinaryOp.ADD, BinaryOp.SUB)),
        new E.Conv(Ty.FLOAT64, small), new E.Lit(Ty.FLOAT64, (chance(30) ? "-" : "") + scale[rnd.nextInt(scale.length)], true));
    E i64 = new E.Conv(Ty.INT64, f);
    return t == Ty.INT64 ? i64 : new E.Conv(t, i64);
  }

  /** A byte of a string: {@code (s + "k")[uint(i) % uint(len(s)+1)]}, or unguarded in a panicky program. */
  private E index(Ctx c, int depth) {
    E s = expr(c, Ty.STRING, 1);
    if (panicky && chance(30)) return new E.Index(s, new E.Lit(Ty.INT, BigInteger.valueOf(rnd.nextInt(6)), true));
    E i = expr(c, pick(List.of(Ty.INTEGERS)), depth - 1);
    E padded = new E.Binary(Ty.STRING, BinaryOp.ADD, s, E.Lit.str("k"));
    E len = new E.Conv(Ty.UINT, new E.Binary(Ty.INT, BinaryOp.ADD, new E.Len(s), new E.Lit(Ty.INT, BigInteger.ONE, true)));
    return new E.Index(padded, new E.Binary(Ty.UINT, BinaryOp.REM, new E.Conv(Ty.UINT, i), len));
  }

  /** A divisor that is rarely zero: a nonzero constant, or {@code y | 1}; in a panicky program sometimes anything. */
  private E divisor(Ctx c, Ty t, int depth) {
    int k = rnd.nextInt(100);
    if (panicky && k < 30) return expr(c, t, depth);
    if (k < 55) return nonzero(t);
    E y = expr(c, t, depth);
    Val v = Consts.valueOf(y);
    if (v != null) return v.isZero() ? nonzero(t) : y;
    return new E.Binary(t, BinaryOp.OR, y, new E.Lit(t, BigInteger.ONE, true));
  }

  private E.Lit nonzero(Ty t) {
    BigInteger v;
    do {
      v = switch (rnd.nextInt(8)) {
        case 0 -> BigInteger.ONE;
        case 1 -> t.isSigned() ? BigInteger.ONE.negate() : t.max();
        case 2 -> BigInteger.TWO;
        case 3 -> BigInteger.valueOf(3 + rnd.nextInt(14));
        case 4 -> BigInteger.ONE.shiftLeft(rnd.nextInt(t.bits() - 1));
        case 5 -> t.min().signum() < 0 ? t.min() : t.max();
        default -> t.wrap(BigInteger.valueOf(rnd.nextLong()));
      };
    } while (v.signum() == 0);
    return new E.Lit(t, v, chance(60));
  }

  /** A shift count: a constant (sometimes past the width), an unsigned value, or a converted signed one. */
  private E shiftCount(Ctx c, Ty t, int depth) {
    E e = shiftCountRaw(c, t, depth);
    return Consts.valid(e) ? e : new E.Lit(Ty.UINT, BigInteger.valueOf(rnd.nextInt(t.bits() + 6)), true);
  }

  private E shiftCountRaw(Ctx c, Ty t, int depth) {
    int k = rnd.nextInt(100);
    if (k < 40) return new E.Lit(Ty.UINT, BigInteger.valueOf(rnd.nextInt(t.bits() + 6)), true);
    if (k < 75) {
      E e = expr(c, pick(List.of(Ty.UNSIGNED)), depth);
      return Consts.isUntyped(e) ? new E.Conv(e.type(), e) : e;
    }
    Ty s = pick(List.of(Ty.INT, Ty.INT8, Ty.INT16, Ty.INT32, Ty.INT64));
    E e = expr(c, s, depth);
    if (panicky && chance(40) && Consts.valueOf(e) == null) return e;
    return new E.Conv(pick(List.of(Ty.UINT, Ty.UINT8, Ty.UINT32)), e);
  }

  /** A call of a helper (or, in a recursive helper, of itself with d-1) with result type t, or null. */
  private E call(Ctx c, Ty t, int depth) {
    if (c.recursive && c.mult == 1 && c.selfCalls < 2 && c.results.size() == 1 && c.results.getFirst() == t && chance(50)) {
      c.selfCalls++;
      List<E> args = new ArrayList<>();
      E d = new E.Ref(Ty.INT, c.depthParam, null);
      args.add(new E.Binary(Ty.INT, BinaryOp.SUB, d, new E.Lit(Ty.INT, BigInteger.ONE, true)));
      for (int i = 1; i < c.paramTypes.size(); i++) args.add(expr(c, c.paramTypes.get(i), depth - 1));
      return new E.Call(t, c.fn, args, true);
    }
    List<FnInfo> cands = new ArrayList<>();
    for (int i = 0; i < c.callable; i++) {
      FnInfo f = fns.get(i);
      if (f.results().size() == 1 && f.results().getFirst() == t && affordable(c, f)) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    return callOf(c, pick(cands), t);
  }

  private boolean affordable(Ctx c, FnInfo f) {
    if (c.globalInit && f.readsGlobals()) return false;
    return c.cost + f.cost() * c.mult <= MAX_COST;
  }

  private E.Call callOf(Ctx c, FnInfo f, Ty t) {
    c.cost += f.cost() * c.mult;
    if (f.readsGlobals()) c.readsGlobals = true;
    List<E> args = new ArrayList<>();
    for (int i = 0; i < f.params().size(); i++) {
      if (i == 0 && f.recursive()) {
        // The depth: small, so the call tree stays small.
        args.add(chance(50) ? new E.Lit(Ty.INT, BigInteger.valueOf(rnd.nextInt(7) - 1), true)
            : new E.Binary(Ty.INT, BinaryOp.AND, expr(c, Ty.INT, 1), new E.Lit(Ty.INT, BigInteger.valueOf(7), true)));
      } else {
        args.add(expr(c, f.params().get(i), 2));
      }
    }
    return new E.Call(t, f.name(), args, false);
  }

  private E leaf(Ctx c, Ty t) {
    if (t == Ty.BOOL && chance(60)) {
      Ty u = randomType();
      if (u != Ty.BOOL) {
        BinaryOp op = u.isOrdered() ? pick(List.of(BinaryOp.LSS, BinaryOp.LEQ, BinaryOp.GTR, BinaryOp.GEQ, BinaryOp.EQL, BinaryOp.NEQ))
            : pick(List.of(BinaryOp.EQL, BinaryOp.NEQ));
        E cmp = new E.Binary(Ty.BOOL, op, leafOf(c, u), leafOf(c, u));
        if (Consts.valid(cmp)) return cmp;
      }
    }
    return leafOf(c, t);
  }

  private E leafOf(Ctx c, Ty t) {
    List<Sym> fit = new ArrayList<>();
    for (Sym s : c.scope) {
      if (!fitsSym(s, t)) continue;
      if (c.staticStrings && t == Ty.STRING && s.kind() != Kind.CONST) continue;
      fit.add(s);
    }
    if (!fit.isEmpty() && chance(65)) {
      Sym s = pick(fit);
      if (s.kind() == Kind.GLOBAL) c.readsGlobals = true;
      return new E.Ref(t, s.name(), s.value());
    }
    return literal(t, chance(50));
  }

  private static boolean fitsSym(Sym s, Ty t) {
    if (s.kind() != Kind.CONST || !s.value().untyped()) return s.type() == t;
    Val v = s.value();
    return switch (t) {
      case BOOL -> v.value() instanceof Boolean;
      case STRING -> v.value() instanceof String;
      case FLOAT64 -> v.isInt() || v.isFloat();
      default -> v.isInt() && t.fits(v.bigInt());
    };
  }

  private static boolean dynamicString(E e) {
    boolean[] found = {false};
    Walk.exprs(e, x -> {
      if (x instanceof E.Ref r && r.type() == Ty.STRING && r.constant() == null) found[0] = true;
      if (x instanceof E.Call call && call.type() == Ty.STRING) found[0] = true;
    });
    return found[0];
  }

  /** Whether e, an untyped constant, would get another type than t on its own (x := e). */
  static boolean needsConv(E e, Ty t) {
    Val v = Consts.valueOf(e);
    return v != null && v.untyped() && defaultTy(v) != t;
  }

  private static Ty defaultTy(Val v) {
    return switch (v.value()) {
      case BigInteger b -> Ty.INT;
      case Rat r -> Ty.FLOAT64;
      case String s -> Ty.STRING;
      case Boolean b -> Ty.BOOL;
      default -> null;
    };
  }

  // ---- types and literals ----

  private Ty randomType() {
    int k = rnd.nextInt(100);
    if (k < 22) return Ty.INT;
    if (k < 56) return pick(List.of(Ty.INTEGERS));
    if (k < 68 && on(Feature.FLOATS)) return Ty.FLOAT64;
    if (k < 82 && on(Feature.STRINGS)) return Ty.STRING;
    if (k < 94) return Ty.BOOL;
    return Ty.INT;
  }

  private static final String[] FLOATS = {"0.0", "1.0", "0.5", "2.5", "0.1", "0.2", "3.0", "100.0", "1e10", "1e-3",
      "123.456", "1e100", "7.0", "1.5", "0.3", "1e300", "6.02e23", "2.0", "1e-7", "1048576.0"};
  private static final String[] STRINGS = {"", "a", "b", "go", "hello", "é", "世界", "a b", "\t", "x\ny", "\"q\"",
      "\\", "🙂", "abc", "Z", "0", "-1", "ünï"};

  /** A literal of type t; bare (untyped, typed by its context) when asked and t is not a default type. */
  private E.Lit literal(Ty t, boolean bare) {
    return switch (t) {
      case BOOL -> E.Lit.bool(chance(50));
      case STRING -> {
        if (chance(70)) yield E.Lit.str(STRINGS[rnd.nextInt(STRINGS.length)]);
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) b.append((char) ('a' + rnd.nextInt(26)));
        yield E.Lit.str(b.toString());
      }
      case FLOAT64 -> {
        String s;
        if (chance(60)) {
          s = FLOATS[rnd.nextInt(FLOATS.length)];
        } else {
          s = java.math.BigDecimal.valueOf(rnd.nextInt(200000) - 100000, rnd.nextInt(4)).toPlainString();
          if (!s.contains(".")) s += ".0";
        }
        if (chance(25) && !s.startsWith("-")) s = "-" + s;
        yield new E.Lit(t, s, true);
      }
      default -> new E.Lit(t, intValue(t), bare);
    };
  }

  private BigInteger intValue(Ty t) {
    BigInteger v = switch (rnd.nextInt(12)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> BigInteger.ONE;
      case 2 -> t.max();
      case 3 -> t.min();
      case 4 -> t.max().subtract(BigInteger.valueOf(rnd.nextInt(3)));
      case 5 -> t.isSigned() ? BigInteger.valueOf(-1 - rnd.nextInt(3)) : BigInteger.TWO;
      case 6 -> BigInteger.valueOf(rnd.nextInt(41) - 20);
      case 7 -> BigInteger.ONE.shiftLeft(rnd.nextInt(t.bits())).add(BigInteger.valueOf(rnd.nextInt(3) - 1));
      case 8, 9 -> new BigInteger(t.bits(), rnd);
      default -> BigInteger.valueOf(rnd.nextInt(101));
    };
    return t.fits(v) ? v : t.wrap(v);
  }
}
