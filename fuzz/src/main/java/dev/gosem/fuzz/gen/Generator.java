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
import dev.gosem.fuzz.tree.T;
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

  enum Kind { LOCAL, PARAM, GLOBAL, CONST, RESULT, COUNTER, RECEIVER }

  /**
   * A name in scope. safe says what the generator may rely on: a slice is not empty, a map or
   * pointer is not nil, a func value is pure (it assigns nothing it captures). cost is a func
   * value's estimated cost per call.
   */
  record Sym(String name, T type, Kind kind, Val value, boolean assignable, boolean safe, long cost) {
    Sym(String name, T type, Kind kind, Val value, boolean assignable) {
      this(name, type, kind, value, assignable, true, 0);
    }
  }

  /**
   * A helper function or method. An impure one (it stores through pointers, slices or maps, or
   * calls one that does) is called only as a whole statement, never inside an expression that
   * also reads memory: Go leaves the order of such effects unspecified.
   */
  record FnInfo(String name, List<T> params, List<T> results, long cost, boolean readsGlobals, boolean recursive,
      boolean pure, T.Struct recv, boolean ptrRecv) {}

  private record Loop(String label) {}

  /** The state of the function (or initializer) being generated. */
  final class Ctx {
    final String fn;
    final List<T> results;
    final List<String> resultNames;
    final boolean recursive;
    // The depth parameter of a recursive function, which only d-1 in a self-call changes.
    String depthParam;
    final List<T> paramTypes;
    final boolean globalInit;
    // Set when the body stores through memory it did not allocate, or assigns what it captured.
    boolean impure;
    // In a function literal: scope entries below outerMark are captured from outside.
    int outerMark = -1;
    // Whether main or an init: may assign package variables, purity does not matter.
    boolean top;
    // Set while generating an expression that is a whole statement's value: impure calls may appear.
    boolean wholeCall;
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
    int callable;
    // The slices ranged over by the loops around: none of them grows in the loop body (a range
    // over a slice appended to in its own body, run in a loop, doubles it each time; seed 701002).
    final Set<String> ranging = new java.util.HashSet<>();
    // The body of a goroutine: it calls no helper (they print and may panic) and never panics on
    // purpose, so that goroutines running at once leave nothing to the scheduler.
    boolean isolated;
    // A function's own body (not a closure's or an initializer's): defer statements may appear.
    boolean deferOk;
    // A deferred recover guards this function: its body may panic on purpose (runtime errors,
    // panic statements), as a panicky program's functions do.
    boolean recovers;
    // A deferred function literal: assigning the locals, parameters and results of the function
    // that defers it (scope entries from ownMark on) is seen by no caller (closures never outlive
    // the function that makes them), so only stores through memory and assignments to what that
    // function captured itself make it impure.
    boolean deferredLit;
    int ownMark;

    Ctx(String fn, List<T> paramTypes, List<T> results, List<String> resultNames, boolean recursive, boolean globalInit, int budget) {
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
  private final List<T.Struct> structs = new ArrayList<>();
  // The named interfaces, with the struct types that implement them.
  private final List<Impl> ifaces = new ArrayList<>();
  static final T.Iface ANY = new T.Iface(null, List.of());

  /**
   * A named interface and its implementations: structs whose methods have value receivers (S
   * and *S implement it) or pointer receivers (only *S does). A call through it costs what the
   * dearest implementation costs, and is pure only when every implementation is.
   */
  static final class Impl {
    final T.Iface type;
    final List<T.Struct> byValue = new ArrayList<>();
    final List<T.Struct> byPtr = new ArrayList<>();
    long cost;
    boolean pure = true;
    boolean readsGlobals;

    Impl(T.Iface type) {
      this.type = type;
    }

    /** The types a value of this interface may hold: S and *S for value receivers, *S for pointer ones. */
    List<T> dynamicTypes() {
      List<T> out = new ArrayList<>();
      for (T.Struct s : byValue) {
        out.add(s);
        out.add(new T.Ptr(s));
      }
      for (T.Struct s : byPtr) out.add(new T.Ptr(s));
      return out;
    }
  }
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

  /** Whether code generated in c may panic on purpose: in a panicky program, or under a deferred recover. */
  private boolean mayPanic(Ctx c) {
    return (panicky || c.recovers) && !c.isolated;
  }

  private String fresh(String prefix) {
    return prefix + (++counter);
  }

  private boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  private <X> X pick(List<X> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  // ---- the program ----

  private Prog program(long seed) {
    if (on(Feature.STRUCTS)) {
      int n = 1 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        List<T.Struct.Field> fields = new ArrayList<>();
        int nf = 1 + rnd.nextInt(4);
        for (int j = 0; j < nf; j++) fields.add(new T.Struct.Field(fieldName(j), randomType()));
        structs.add(new T.Struct(fresh("S"), fields));
      }
    }
    List<S.Const> consts = new ArrayList<>();
    if (on(Feature.CONSTS)) {
      int n = rnd.nextInt(4);
      for (int i = 0; i < n; i++) consts.add(constDecl(null, constSyms));
    }
    if (on(Feature.GLOBALS)) {
      int n = rnd.nextInt(5);
      for (int i = 0; i < n; i++) {
        T t = valueType(false);
        globalSyms.add(new Sym(fresh("g"), t, Kind.GLOBAL, null, true, false, 0));
      }
    }
    List<Fn> funcs = new ArrayList<>();
    if (on(Feature.INTERFACES) && on(Feature.METHODS) && !structs.isEmpty()) interfaces(funcs);
    if (on(Feature.FUNCS)) {
      int n = rnd.nextInt(5);
      for (int i = 0; i < n; i++) {
        if (on(Feature.METHODS) && !structs.isEmpty() && chance(40)) funcs.add(method());
        else funcs.add(helper());
      }
    }
    List<Prog.Global> globals = new ArrayList<>();
    for (int i = 0; i < globalSyms.size(); i++) globals.add(globalDecl(i));
    // Globals that got a value that is never empty or nil may be relied on from now on.
    for (int i = 0; i < globalSyms.size(); i++) {
      Sym g = globalSyms.get(i);
      Prog.Global d = globals.get(i);
      boolean safe = !(g.type() instanceof Ty) && d.init() != null && safeValue(d.init());
      globalSyms.set(i, new Sym(g.name(), g.type(), Kind.GLOBAL, null, true, g.type() instanceof Ty || safe, 0));
    }
    Collections.shuffle(globals, rnd);
    if (on(Feature.INIT_FUNCS) && chance(20)) {
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) funcs.add(body("init", null, List.of(), List.of(), null, false, 2 + rnd.nextInt(5)));
    }
    Fn main = body("main", null, List.of(), List.of(), null, false, 8 + rnd.nextInt(24));
    if (panicky && on(Feature.GOROUTINES) && on(Feature.CLOSURES) && chance(30)) {
      // Main deadlocks at its end now and then: Go's fatal error, whatever ran before.
      List<S> b = new ArrayList<>(main.body());
      b.add(deadlock());
      main = main.withBody(b);
    }
    if (on(Feature.EXIT) && chance(4)) {
      List<S> b = new ArrayList<>(main.body());
      b.add(new S.Exit(rnd.nextInt(4)));
      main = main.withBody(b);
    }
    funcs.add(main);
    List<T> types = new ArrayList<>(structs);
    for (Impl i : ifaces) types.add(i.type);
    return Fixup.program(new Prog(seed, types, consts, globals, funcs));
  }

  /**
   * Named interfaces with one or two methods, each implemented by some of the struct types (with
   * value or pointer receivers), and String methods that make some struct types Stringers for fmt.
   */
  private void interfaces(List<Fn> funcs) {
    for (T.Struct st : structs) {
      if (chance(25)) funcs.add(stringer(st, on(Feature.POINTERS) && chance(30)));
    }
    int n = 1 + rnd.nextInt(2);
    for (int i = 0; i < n; i++) {
      List<T.Iface.Method> ms = new ArrayList<>();
      int nm = 1 + rnd.nextInt(2);
      for (int j = 0; j < nm; j++) {
        List<Ty> ps = new ArrayList<>();
        if (chance(40)) ps.add(randomType());
        ms.add(new T.Iface.Method(fresh("Get"), ps, randomType()));
      }
      Impl impl = new Impl(new T.Iface(fresh("I"), ms));
      List<T.Struct> pool = new ArrayList<>(structs);
      Collections.shuffle(pool, rnd);
      int k = 1 + rnd.nextInt(Math.min(3, pool.size()));
      for (T.Struct st : pool.subList(0, k)) {
        boolean ptr = on(Feature.POINTERS) && chance(40);
        (ptr ? impl.byPtr : impl.byValue).add(st);
        for (T.Iface.Method m : ms) {
          List<Fn.Param> params = new ArrayList<>();
          for (Ty t : m.params()) params.add(new Fn.Param(fresh("p"), t));
          funcs.add(functionBody(m.name(), new Fn.Recv(fresh("r"), st, ptr), params, List.of(m.result()), null, false, 1 + rnd.nextInt(5)));
          FnInfo f = fns.getLast();
          impl.cost = Math.max(impl.cost, f.cost());
          impl.pure &= f.pure();
          impl.readsGlobals |= f.readsGlobals();
        }
      }
      ifaces.add(impl);
    }
  }

  /** {@code func (r S) String() string}: the struct's name and its string fields, for fmt to call. */
  private Fn stringer(T.Struct st, boolean ptr) {
    String r = fresh("r");
    E x = new E.Ref(ptr ? new T.Ptr(st) : st, r, null);
    E s = E.Lit.str(st.name() + "<");
    for (T.Struct.Field f : st.fields()) {
      if (f.type() == Ty.STRING) s = new E.Binary(Ty.STRING, BinaryOp.ADD, s, new E.Field(Ty.STRING, x, f.name()));
      else if (f.type() == Ty.BOOL) s = new E.Binary(Ty.STRING, BinaryOp.ADD, s, E.Lit.str(f.name()));
    }
    s = new E.Binary(Ty.STRING, BinaryOp.ADD, s, E.Lit.str(">"));
    return new Fn("String", new Fn.Recv(r, st, ptr), List.of(), List.of(Ty.STRING), null, List.of(new S.Return(List.of(s))), false);
  }

  private static String fieldName(int j) {
    return String.valueOf((char) ('A' + j));
  }

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
    if (chance(20) && (g.type() instanceof Ty || panicky)) return new Prog.Global(g.name(), g.type(), null, true);
    Ctx c = new Ctx("var", List.of(), List.of(), null, false, true, 0);
    c.scope.addAll(constSyms);
    // Dependency order is generation order: a variable reads only those made before it, whose
    // declarations were then shuffled, so Go's initialization order has work to do.
    for (int i = 0; i < index; i++) {
      Sym o = globalSyms.get(i);
      c.scope.add(new Sym(o.name(), o.type(), Kind.GLOBAL, null, false, false, 0));
    }
    E e = g.type() instanceof Ty ? expr(c, g.type(), 2) : safeComposite(c, g.type(), 1);
    boolean typed = chance(60) || needsConv(e, g.type());
    return new Prog.Global(g.name(), g.type(), e, typed);
  }

  private Fn helper() {
    boolean recursive = on(Feature.RECURSION) && chance(25);
    String name = fresh(recursive ? "r" : "f");
    List<Fn.Param> params = new ArrayList<>();
    if (recursive) params.add(new Fn.Param(fresh("d"), Ty.INT));
    int np = chance(15) ? 4 + rnd.nextInt(6) : rnd.nextInt(4);
    for (int i = 0; i < np; i++) params.add(new Fn.Param(fresh("p"), valueType(false)));
    int nr = chance(25) && !recursive ? 0 : 1;
    if (on(Feature.MULTI_RESULTS) && chance(30)) nr = 2 + rnd.nextInt(chance(20) ? 4 : 2);
    List<T> results = new ArrayList<>();
    for (int i = 0; i < nr; i++) results.add(recursive && i == 0 ? randomType() : valueType(false));
    List<String> resultNames = null;
    if (nr > 0 && on(Feature.NAMED_RESULTS) && chance(35)) {
      resultNames = new ArrayList<>();
      for (int i = 0; i < nr; i++) resultNames.add(fresh("n"));
    }
    return functionBody(name, null, params, results, resultNames, recursive, recursive ? 2 + rnd.nextInt(4) : 3 + rnd.nextInt(10));
  }

  /** A method of one of the struct types, with a value or a pointer receiver. */
  private Fn method() {
    T.Struct st = pick(structs);
    boolean ptr = chance(50) && on(Feature.POINTERS);
    String name = "M" + (++counter);
    Fn.Recv recv = new Fn.Recv(fresh("r"), st, ptr);
    List<Fn.Param> params = new ArrayList<>();
    int np = rnd.nextInt(3);
    for (int i = 0; i < np; i++) params.add(new Fn.Param(fresh("p"), randomType()));
    List<T> results = new ArrayList<>();
    if (chance(75)) results.add(randomType());
    return functionBody(name, recv, params, results, null, false, 2 + rnd.nextInt(6));
  }

  private Fn body(String name, Fn.Recv recv, List<Fn.Param> params, List<T> results, List<String> resultNames, boolean recursive, int budget) {
    return functionBody(name, recv, params, results, resultNames, recursive, budget);
  }

  private Fn functionBody(String name, Fn.Recv recv, List<Fn.Param> params, List<T> results, List<String> resultNames, boolean recursive, int budget) {
    boolean isMainOrInit = recv == null && (name.equals("main") || name.equals("init"));
    Ctx c = new Ctx(name, params.stream().map(Fn.Param::type).toList(), results, resultNames, recursive, false, budget);
    c.top = isMainOrInit;
    c.deferOk = on(Feature.DEFER) && on(Feature.CLOSURES);
    if (recursive) c.depthParam = params.getFirst().name();
    c.scope.addAll(constSyms);
    for (Sym g : globalSyms) c.scope.add(new Sym(g.name(), g.type(), Kind.GLOBAL, null, isMainOrInit, g.safe(), 0));
    if (recv != null) {
      c.scope.add(new Sym(recv.name(), recv.pointer() ? new T.Ptr(recv.type()) : recv.type(), Kind.RECEIVER, null, !recv.pointer(), true, 0));
    }
    for (int i = 0; i < params.size(); i++) {
      Fn.Param p = params.get(i);
      boolean depth = recursive && i == 0;
      c.scope.add(new Sym(p.name(), p.type(), depth ? Kind.COUNTER : Kind.PARAM, null, !depth, p.type() instanceof Ty || p.type() instanceof T.Array, 0));
    }
    if (resultNames != null) {
      for (int i = 0; i < results.size(); i++) {
        c.scope.add(new Sym(resultNames.get(i), results.get(i), Kind.RESULT, null, true, results.get(i) instanceof Ty, 0));
      }
    }
    List<S> body = new ArrayList<>();
    if (recursive) {
      E d = new E.Ref(Ty.INT, params.getFirst().name(), null);
      List<S> base = List.of(returnStmt(c, false));
      body.add(new S.If(null, new E.Binary(Ty.BOOL, BinaryOp.LEQ, d, E.Lit.of(Ty.INT, 0)), base, null));
    }
    if (c.deferOk && !recursive && !isMainOrInit && recv == null && chance(8)) {
      // recover() in a helper's own body: it stops a panic only when the helper itself is the
      // deferred call (defer h()); called by a deferred literal or func value, it returns nil.
      String r = fresh("r");
      body.add(new S.Recover(r, List.of(new S.Print(S.PrintKind.FMT_PRINTLN, List.of(E.Lit.str("helper recovered:"), new E.Ref(T.Iface.ANY, r, null))))));
    }
    if (c.deferOk && !recursive && chance(panicky ? 40 : 25)) {
      // A deferred recover first, so that whatever the body panics with is stopped here.
      body.add(deferClosure(c, true));
      c.recovers = true;
    }
    body.addAll(block(c, budget));
    // A function under a deferred recover panics at its end more often than not (the condition
    // may be false), so that recovering and returning the named results is exercised.
    if (c.recovers && on(Feature.PANICS) && chance(60)) body.add(panicStmt(c));
    if (!results.isEmpty()) body.add(returnStmt(c, true));
    long cost = c.cost + 1;
    if (recursive && c.selfCalls > 0) cost *= (c.selfCalls == 1 ? 9 : 511);
    if (!isMainOrInit) {
      fns.add(new FnInfo(name, c.paramTypes, results, cost, c.readsGlobals, recursive, !c.impure,
          recv == null ? null : recv.type(), recv != null && recv.pointer()));
    }
    return new Fn(name, recv, params, results, resultNames, body, recursive);
  }

  private S.Return returnStmt(Ctx c, boolean mayCallSelf) {
    if (c.resultNames != null && chance(50)) return new S.Return(List.of());
    List<E> values = new ArrayList<>();
    int saved = c.selfCalls;
    if (!mayCallSelf) c.selfCalls = 2;
    for (T t : c.results) values.add(expr(c, t, 2));
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
    if (c.deferOk && chance(c.recovers ? 8 : 5)) {
      S d = deferStmt(c);
      if (d != null) return d;
    }
    if (mayPanic(c) && on(Feature.PANICS) && on(Feature.DEFER) && chance(c.recovers ? 8 : 2)) return panicStmt(c);
    if (on(Feature.GOROUTINES) && on(Feature.CLOSURES) && c.outerMark < 0 && !c.isolated && c.depth < 3 && c.mult <= 8
        && chance(5)) {
      S g = goroutines(c);
      if (g != null) return g;
    }
    if (anyData() && chance(25)) {
      S d = dataStmt(c);
      if (d != null) return d;
    }
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
      if (s.type().isNumeric()) {
        assigned(c, s);
        return new S.IncDec(s.name(), chance(60));
      }
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
      if (s.assignable() && !(s.type() instanceof T.Func) && !c.ranging.contains(s.name())) out.add(s);
    }
    return out;
  }

  /** Notes an assignment to s: in a function literal, assigning what it captured makes it impure. */
  private void assigned(Ctx c, Sym s) {
    int at = c.scope.indexOf(s);
    if (c.outerMark >= 0 && at < c.outerMark && !(c.deferredLit && at >= c.ownMark && s.kind() != Kind.GLOBAL)) c.impure = true;
  }

  private S decl(Ctx c) {
    T any = valueType(true);
    String name = fresh("v");
    if (!(any instanceof Ty t)) return compositeDecl(c, name, any);
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

  private S compositeDecl(Ctx c, String name, T t) {
    boolean zeroOk = t instanceof T.Slice || t instanceof T.Array || t instanceof T.Struct || mayPanic(c);
    if (zeroOk && chance(10) && !(t instanceof T.Func)) {
      c.scope.add(new Sym(name, t, Kind.LOCAL, null, true, t instanceof T.Struct || t instanceof T.Array, 0));
      return new S.Decl(name, t, null, S.DeclForm.VAR_ZERO);
    }
    E e = t instanceof T.Func f ? closure(c, f) : chance(75) ? safeComposite(c, t, 2) : composite(c, t, 2);
    boolean safe = safeValue(c, e);
    long cost = e instanceof E.FuncLit fl ? litCost.getOrDefault(fl, 1L) : 0;
    c.scope.add(new Sym(name, t, Kind.LOCAL, null, !(t instanceof T.Func), safe, cost));
    return new S.Decl(name, t, e, chance(60) || t instanceof T.Func ? S.DeclForm.DEFINE : S.DeclForm.VAR_TYPED);
  }

  /** An expression to store in a variable of type t: inside loops, strings grow only linearly. */
  private E valueFor(Ctx c, T t, int depth) {
    boolean saved = c.staticStrings;
    if (t == Ty.STRING && c.mult > 1) c.staticStrings = true;
    E e = expr(c, t, depth);
    c.staticStrings = saved;
    return e;
  }

  /** A value for s: one that is never empty or nil when s is relied on to be so. */
  private E valueFor(Ctx c, Sym s, int depth) {
    if (!(s.type() instanceof Ty) && s.safe()) return safeComposite(c, s.type(), depth - 1);
    return valueFor(c, s.type(), depth);
  }

  private S assign(Ctx c, Sym s) {
    assigned(c, s);
    c.wholeCall = true;
    E v = valueFor(c, s, 3);
    c.wholeCall = false;
    return new S.Assign(s.name(), v);
  }

  private S opAssign(Ctx c, Sym s) {
    assigned(c, s);
    Ty t = (Ty) s.type();
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
    if (on(Feature.PRINTF) && chance(20)) return printf(c);
    S.PrintKind kind = pick(List.of(S.PrintKind.FMT_PRINTLN, S.PrintKind.FMT_PRINTLN, S.PrintKind.FMT_PRINTLN,
        S.PrintKind.FMT_PRINT, S.PrintKind.PRINTLN, S.PrintKind.PRINTLN, S.PrintKind.PRINT));
    int n = rnd.nextInt(4) + (kind == S.PrintKind.PRINT || kind == S.PrintKind.FMT_PRINT ? 1 : 0);
    List<E> args = new ArrayList<>();
    boolean fmt = kind == S.PrintKind.FMT_PRINT || kind == S.PrintKind.FMT_PRINTLN;
    for (int i = 0; i < n; i++) {
      if (fmt && anyData() && chance(30)) {
        E v = printable(c);
        if (v != null) {
          args.add(v);
          continue;
        }
      }
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

  /**
   * {@code fmt.Printf} with a verb per argument, mostly one that suits the argument's type, with
   * flags, width and precision; now and then a verb that does not suit it ({@code %!d(string=…)}),
   * a missing or an extra argument, {@code %%}, {@code %T} and {@code %#v}.
   */
  private S printf(Ctx c) {
    StringBuilder f = new StringBuilder();
    List<E> args = new ArrayList<>();
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      E v = null;
      if (anyData() && chance(35)) v = printable(c);
      if (v == null) {
        Ty t = randomType();
        E e = expr(c, t, 2);
        v = needsConv(e, t) ? new E.Conv(t, e) : e;
      }
      if (chance(30)) f.append(pick(List.of("x=", " ", "[", "|", "%% ", "é ")));
      f.append(verb(v.type()));
      if (chance(30)) f.append(pick(List.of("]", " ", ";", "|")));
      args.add(v);
    }
    if (chance(4)) f.append(" %d");
    if (chance(4) && !args.isEmpty()) args.add(E.Lit.of(Ty.INT, rnd.nextInt(9)));
    f.append("\n");
    List<E> all = new ArrayList<>();
    all.add(E.Lit.str(f.toString()));
    all.addAll(args);
    return new S.Print(S.PrintKind.FMT_PRINTF, all);
  }

  private String verb(T t) {
    if (chance(8)) return pick(List.of("%T", "%v", "%d", "%s", "%q", "%x", "%t", "%#v", "%+v", "%8v", "%-6v|"));
    String flags = chance(20) ? pick(List.of("+", "-", "0", " ", "#", "-0", "+0")) : "";
    String width = chance(25) ? String.valueOf(1 + rnd.nextInt(12)) : "";
    String prec = chance(15) ? "." + rnd.nextInt(6) : "";
    String v = switch (t) {
      case Ty b when b.isInteger() -> pick(List.of("d", "d", "v", "x", "X", "o", "O", "b", "c", "q", "U"));
      case Ty b when b.isFloat() -> pick(List.of("v", "f", "f", "e", "E", "g", "G"));
      case Ty b when b == Ty.STRING -> pick(List.of("s", "s", "q", "v", "x", "X"));
      case Ty b when b == Ty.BOOL -> pick(List.of("t", "v"));
      default -> pick(List.of("v", "v", "+v", "#v", "T"));
    };
    if (v.length() > 1) return "%" + v;
    return "%" + flags + width + prec + v;
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
      if (f.recv() == null && affordable(c, f)) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    FnInfo f = pick(cands);
    if (!f.pure()) c.impure = true;
    return new S.ExprStmt(callOf(c, f, f.results().size() == 1 ? f.results().getFirst() : null));
  }

  private S multiCall(Ctx c, List<Sym> assignable) {
    List<FnInfo> cands = new ArrayList<>();
    for (int i = 0; i < c.callable; i++) {
      FnInfo f = fns.get(i);
      if (f.recv() == null && f.results().size() >= 2 && affordable(c, f)) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    FnInfo f = pick(cands);
    if (!f.pure()) c.impure = true;
    boolean strings = f.results().contains(Ty.STRING);
    boolean saved = c.staticStrings;
    if (strings && c.mult > 1) c.staticStrings = true;
    E.Call call = callOf(c, f, null);
    c.staticStrings = saved;
    List<String> names = new ArrayList<>();
    boolean define = chance(65);
    if (define) {
      for (T t : f.results()) names.add(chance(20) ? "_" : fresh("v"));
      if (names.stream().allMatch(n -> n.equals("_"))) names.set(0, fresh("v"));
      for (int i = 0; i < names.size(); i++) {
        T t = f.results().get(i);
        if (!names.get(i).equals("_")) c.scope.add(new Sym(names.get(i), t, Kind.LOCAL, null, true, t instanceof Ty, 0));
      }
    } else {
      for (T t : f.results()) {
        List<Sym> fit = assignable.stream()
            .filter(s -> s.type().equals(t) && !names.contains(s.name()) && (t instanceof Ty || !s.safe())).toList();
        Sym target = fit.isEmpty() || chance(15) ? null : pick(fit);
        if (target != null) assigned(c, target);
        names.add(target == null ? "_" : target.name());
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
      assigned(c, s);
      // A swap when the next target has the same type: a, b = b, a.
      Sym other = pool.get((i + 1) % n);
      if (other.type().equals(s.type()) && chance(50) && !(s.type() == Ty.STRING && c.mult > 1) && (other.safe() || !s.safe())) {
        values.add(new E.Ref(s.type(), other.name(), null));
      } else {
        values.add(valueFor(c, s, 2));
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
        // duplicate bools (gosem did not: finding F2 in docs/fuzzing.md).
        if (cv != null && !(cv.value() instanceof Boolean)) {
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
  E expr(Ctx c, T t, int depth) {
    boolean whole = c.wholeCall;
    c.wholeCall = false;
    if (whole && chance(30)) {
      E call = call(c, t, depth, true);
      if (call != null && Consts.valid(call)) return call;
    }
    if (!(t instanceof Ty b)) return composite(c, t, depth);
    if (depth == 3 && chance(10)) depth = 5;
    for (int attempt = 0; attempt < 8; attempt++) {
      E e = raw(c, b, depth);
      if (Consts.valid(e)) return e;
    }
    return literal(b, false);
  }

  private E raw(Ctx c, Ty t, int depth) {
    if (depth <= 0 || chance(25)) return leaf(c, t);
    if (anyData() && chance(20)) {
      E d = dataRead(c, t, depth);
      if (d != null) return d;
    }
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
    if (mayPanic(c) && chance(30)) return new E.Index(s, new E.Lit(Ty.INT, BigInteger.valueOf(rnd.nextInt(6)), true));
    E i = expr(c, pick(List.of(Ty.INTEGERS)), depth - 1);
    E padded = new E.Binary(Ty.STRING, BinaryOp.ADD, s, E.Lit.str("k"));
    E len = new E.Conv(Ty.UINT, new E.Binary(Ty.INT, BinaryOp.ADD, new E.Len(s), new E.Lit(Ty.INT, BigInteger.ONE, true)));
    return new E.Index(padded, new E.Binary(Ty.UINT, BinaryOp.REM, new E.Conv(Ty.UINT, i), len));
  }

  /** A divisor that is rarely zero: a nonzero constant, or {@code y | 1}; in a panicky program sometimes anything. */
  private E divisor(Ctx c, Ty t, int depth) {
    int k = rnd.nextInt(100);
    if (mayPanic(c) && k < 30) {
      E y = expr(c, t, depth);
      Val v = Consts.valueOf(y);
      return v != null && v.isZero() ? nonzero(t) : y;
    }
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
      return Consts.isUntyped(e) ? new E.Conv((Ty) e.type(), e) : e;
    }
    Ty s = pick(List.of(Ty.INT, Ty.INT8, Ty.INT16, Ty.INT32, Ty.INT64));
    E e = expr(c, s, depth);
    if (mayPanic(c) && chance(40) && Consts.valueOf(e) == null) return e;
    return new E.Conv(pick(List.of(Ty.UINT, Ty.UINT8, Ty.UINT32)), e);
  }

  private E call(Ctx c, T t, int depth) {
    return call(c, t, depth, false);
  }

  /**
   * A call of a helper (or, in a recursive helper, of itself with d-1) with result type t, or
   * null; an impure helper only when the call is a whole statement's value.
   */
  private E call(Ctx c, T t, int depth, boolean whole) {
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
      if (f.recv() == null && f.results().size() == 1 && f.results().getFirst().equals(t) && affordable(c, f) && (whole || f.pure())) cands.add(f);
    }
    if (cands.isEmpty()) return null;
    FnInfo f = pick(cands);
    if (!f.pure()) c.impure = true;
    return callOf(c, f, t);
  }

  private boolean affordable(Ctx c, FnInfo f) {
    if (c.globalInit && f.readsGlobals()) return false;
    return c.cost + f.cost() * c.mult <= MAX_COST;
  }

  private E.Call callOf(Ctx c, FnInfo f, T t) {
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

  private static boolean fitsSym(Sym s, T t) {
    if (s.kind() != Kind.CONST || !s.value().untyped()) return s.type().equals(t);
    Val v = s.value();
    if (!(t instanceof Ty b)) return false;
    return switch (b) {
      case BOOL -> v.value() instanceof Boolean;
      case STRING -> v.value() instanceof String;
      case FLOAT64 -> v.isInt() || v.isFloat();
      default -> v.isInt() && b.fits(v.bigInt());
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
  static boolean needsConv(E e, T t) {
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

  // ---- defer, panic and recover ----

  /**
   * A defer statement: of a helper call, a method call, a func value, an interface method or a
   * fmt print (their arguments evaluated now, printed later), or of a function literal that reads and sets the function's variables
   * when it runs (and sometimes recovers). In a loop, one deferred call per iteration.
   */
  private S deferStmt(Ctx c) {
    int k = rnd.nextInt(100);
    if (k < 20) {
      List<FnInfo> cands = new ArrayList<>();
      for (int i = 0; i < c.callable; i++) {
        FnInfo f = fns.get(i);
        if (f.recv() == null && affordable(c, f)) cands.add(f);
      }
      if (!cands.isEmpty()) {
        FnInfo f = pick(cands);
        if (!f.pure()) c.impure = true;
        return new S.Defer(new S.ExprStmt(callOf(c, f, f.results().size() == 1 ? f.results().getFirst() : null)));
      }
    }
    if (k < 32 && on(Feature.METHODS)) {
      E m = methodCall(c, null, true);
      if (m != null) return new S.Defer(new S.ExprStmt(m));
    }
    if (k < 40) {
      // A func value (a closure variable) or an interface method: what is called is decided now.
      List<Sym> funcs = c.scope.stream().filter(x -> x.type() instanceof T.Func).toList();
      List<Sym> ifaceVars = c.scope.stream().filter(x -> x.type() instanceof T.Iface it && !it.empty() && (x.safe() || mayPanic(c))).toList();
      if (!funcs.isEmpty() && (ifaceVars.isEmpty() || chance(50))) {
        Sym f = pick(funcs);
        T.Func ft = (T.Func) f.type();
        if (c.cost + f.cost() * c.mult <= MAX_COST) {
          c.cost += f.cost() * c.mult;
          if (!f.safe()) c.impure = true;
          List<E> args = new ArrayList<>();
          for (T p : ft.params()) args.add(expr(c, p, 2));
          return new S.Defer(new S.ExprStmt(new E.CallValue(ft.results().isEmpty() ? null : ft.results().getFirst(), ref(c, f), args)));
        }
      } else if (!ifaceVars.isEmpty()) {
        Sym s = pick(ifaceVars);
        T.Iface it = (T.Iface) s.type();
        Impl impl = implOf(it);
        if (!(c.cost + impl.cost * c.mult > MAX_COST)) {
          return new S.Defer(new S.ExprStmt(ifaceCall(c, s, it, impl)));
        }
      }
    }
    if (k < 55) {
      if (on(Feature.PRINTF) && chance(25)) return new S.Defer(printf(c));
      List<E> args = new ArrayList<>();
      args.add(E.Lit.str("deferred"));
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) {
        E v = anyData() && chance(30) ? printable(c) : null;
        if (v == null) {
          Ty t = randomType();
          E e = expr(c, t, 2);
          v = needsConv(e, t) ? new E.Conv(t, e) : e;
        }
        args.add(v);
      }
      return new S.Defer(new S.Print(chance(85) ? S.PrintKind.FMT_PRINTLN : S.PrintKind.FMT_PRINT, args));
    }
    return deferClosure(c, c.recovers ? chance(25) : chance(12));
  }

  /** {@code defer func(params) { body }(args)}: the arguments are evaluated now, the body reads variables when it runs. */
  private S deferClosure(Ctx c, boolean recover) {
    List<T> ps = new ArrayList<>();
    int n = recover ? 0 : rnd.nextInt(3);
    for (int i = 0; i < n; i++) ps.add(randomType());
    E.FuncLit lit = closure(c, new T.Func(ps, List.of()), true, recover);
    if (!litPure.getOrDefault(lit, false)) c.impure = true;
    c.cost += litCost.getOrDefault(lit, 1L) * c.mult;
    List<E> args = new ArrayList<>();
    for (T p : ps) args.add(expr(c, p, 2));
    return new S.Defer(new S.ExprStmt(new E.CallValue(null, lit, args)));
  }

  /**
   * {@code if r := recover(); r != nil { fmt.Println("recovered:", r); ... }} in deferred literal
   * k of function c: it may then set the named results (the function returns them) or panic again.
   */
  private S recoverStmt(Ctx c, Ctx k) {
    String r = fresh("r");
    List<S> then = new ArrayList<>();
    then.add(new S.Print(S.PrintKind.FMT_PRINTLN, List.of(E.Lit.str("recovered:"), new E.Ref(T.Iface.ANY, r, null))));
    if (chance(70)) then.addAll(setResults(k));
    if (chance(10)) then.add(new S.Panic(chance(50) ? new E.Ref(T.Iface.ANY, r, null) : panicValue(k)));
    return new S.Recover(r, then);
  }

  /** Assignments to some of the function's named results, from a deferred literal (the results are captured). */
  private List<S> setResults(Ctx k) {
    List<S> out = new ArrayList<>();
    for (Sym s : k.scope) {
      if (s.kind() == Kind.RESULT && s.assignable() && chance(60)) {
        if (s.type().isNumeric() && chance(40)) {
          assigned(k, s);
          out.add(new S.IncDec(s.name(), chance(50)));
        } else {
          out.add(assign(k, s));
        }
      }
    }
    return out;
  }

  /** {@code panic(v)}, mostly under a condition (one that may well hold: a comparison). */
  private S panicStmt(Ctx c) {
    S p = new S.Panic(panicValue(c));
    if (chance(30)) return p;
    return new S.If(null, expr(c, Ty.BOOL, 2), List.of(p), null);
  }

  private static final String[] PANIC_MESSAGES = {"boom", "bad state", "unreachable", "négatif", "oops: 42", ""};

  /** A value to panic with: an integer, a string, an error from errors.New, now and then a float or a bool. */
  private E panicValue(Ctx c) {
    int k = rnd.nextInt(100);
    Ty t;
    if (k < 30) {
      t = chance(70) ? Ty.INT : pick(List.of(Ty.INTEGERS));
    } else if (k < 55 && on(Feature.STRINGS)) {
      t = Ty.STRING;
    } else if (k < 85) {
      return new E.ErrorsNew(PANIC_MESSAGES[rnd.nextInt(PANIC_MESSAGES.length)]);
    } else if (k < 93 && on(Feature.FLOATS)) {
      t = Ty.FLOAT64;
    } else {
      t = Ty.BOOL;
    }
    boolean saved = c.staticStrings;
    c.staticStrings = true;
    E e = expr(c, t, 2);
    c.staticStrings = saved;
    return needsConv(e, t) ? new E.Conv(t, e) : e;
  }

  // ---- data: slices, maps, structs, pointers, closures, methods ----

  private boolean anyData() {
    return on(Feature.SLICES) || on(Feature.MAPS) || on(Feature.STRUCTS) || on(Feature.POINTERS)
        || on(Feature.CLOSURES) || on(Feature.METHODS) || on(Feature.INTERFACES);
  }

  // The cost and purity of each function literal made, by identity.
  private final java.util.IdentityHashMap<E.FuncLit, Long> litCost = new java.util.IdentityHashMap<>();
  private final java.util.IdentityHashMap<E.FuncLit, Boolean> litPure = new java.util.IdentityHashMap<>();

  /** A type for a variable, parameter or result: basic mostly, composite when those features are on. */
  private T valueType(boolean local) {
    if (!anyData() || chance(60)) return randomType();
    int k = rnd.nextInt(100);
    if (k < 8 && on(Feature.ARRAYS)) return new T.Array(1 + rnd.nextInt(4), elemType());
    if (k < 25 && on(Feature.SLICES)) return new T.Slice(elemType());
    if (k < 42 && on(Feature.MAPS)) return new T.Map(pick(List.of(Ty.INT, Ty.STRING, Ty.INT8, Ty.UINT16)), elemType());
    if (k < 58 && on(Feature.STRUCTS) && !structs.isEmpty()) return pick(structs);
    if (k < 72 && on(Feature.POINTERS)) return new T.Ptr(on(Feature.STRUCTS) && !structs.isEmpty() && chance(50) ? pick(structs) : randomType());
    if (k < 87 && on(Feature.INTERFACES)) return ifaces.isEmpty() || chance(30) ? ANY : pick(ifaces).type;
    if (local && on(Feature.CLOSURES)) {
      List<T> ps = new ArrayList<>();
      int n = rnd.nextInt(3);
      for (int i = 0; i < n; i++) ps.add(randomType());
      return new T.Func(ps, chance(75) ? List.of(randomType()) : List.of());
    }
    return randomType();
  }

  private T elemType() {
    return on(Feature.STRUCTS) && !structs.isEmpty() && chance(30) ? pick(structs) : randomType();
  }

  /** A value of composite type t, which may be empty or nil. */
  private E composite(Ctx c, T t, int depth) {
    List<Sym> fit = c.scope.stream().filter(x -> x.type().equals(t)).toList();
    if (!fit.isEmpty() && chance(50)) return ref(c, pick(fit));
    if (on(Feature.FUNCS) && chance(15)) {
      E call = call(c, t, depth);
      if (call != null) return call;
    }
    return construct(c, t, depth, false);
  }

  /** A value of composite type t that is not empty (a slice) or nil (a map, a pointer), or a pure func. */
  private E safeComposite(Ctx c, T t, int depth) {
    List<Sym> fit = c.scope.stream().filter(x -> x.type().equals(t) && x.safe()).toList();
    if (!fit.isEmpty() && chance(40)) return ref(c, pick(fit));
    return construct(c, t, depth, true);
  }

  private E ref(Ctx c, Sym s) {
    if (s.kind() == Kind.GLOBAL) c.readsGlobals = true;
    return new E.Ref(s.type(), s.name(), s.value());
  }

  private E construct(Ctx c, T t, int depth, boolean safe) {
    switch (t) {
      case T.Slice sl -> {
        int k = rnd.nextInt(100);
        if (k < 40) {
          int n = (safe ? 1 : 0) + rnd.nextInt(4);
          List<E> xs = new ArrayList<>();
          for (int i = 0; i < n; i++) xs.add(expr(c, sl.elem(), depth - 1));
          return new E.CompositeLit(t, null, xs);
        }
        if (k < 60) return new E.Make(t, new E.Lit(Ty.INT, BigInteger.valueOf((safe ? 1 : 0) + rnd.nextInt(4)), true));
        if (k < 85 || depth <= 0) {
          E base = depth > 0 ? composite(c, t, depth - 1) : new E.CompositeLit(t, null, List.of());
          List<E> xs = new ArrayList<>();
          int n = 1 + rnd.nextInt(2);
          for (int i = 0; i < n; i++) xs.add(expr(c, sl.elem(), depth - 1));
          return new E.Append(t, base, xs);
        }
        List<Sym> arrays = c.scope.stream().filter(x -> x.type() instanceof T.Array a && a.elem().equals(sl.elem()) && addressable(x)).toList();
        if (!arrays.isEmpty() && chance(40)) {
          // a[:] shares the array: stores through the slice show in a.
          Sym a = pick(arrays);
          if (a.kind() == Kind.GLOBAL || a.kind() == Kind.PARAM) c.impure = true;
          return new E.SliceOf(t, ref(c, a), null, null);
        }
        List<Sym> refs = c.scope.stream().filter(x -> x.type().equals(t) && (!safe || x.safe())).toList();
        if (refs.isEmpty()) return new E.CompositeLit(t, null, List.of(expr(c, sl.elem(), depth - 1)));
        E x = ref(c, pick(refs));
        // s[:len(s)] shares s's array; s[len(s):] and s[:0] are empty but keep its capacity.
        if (safe || chance(50)) return new E.SliceOf(t, x, null, new E.Len(x));
        return chance(50) ? new E.SliceOf(t, x, new E.Len(x), null) : new E.SliceOf(t, x, null, E.Lit.of(Ty.INT, 0));
      }
      case T.Array a -> {
        int n = rnd.nextInt(a.len() + 1);
        List<E> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) xs.add(expr(c, a.elem(), depth - 1));
        return new E.CompositeLit(t, null, xs);
      }
      case T.Map m -> {
        if (chance(40)) return new E.Make(t, null);
        int n = rnd.nextInt(4);
        List<E> keys = new ArrayList<>();
        List<E> vals = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          E.Lit key = literal((Ty) m.key(), true);
          Object kv = Consts.valueOf(key).value();
          if (seen.contains(kv)) continue;
          seen.add(kv);
          keys.add(key);
          vals.add(expr(c, m.val(), depth - 1));
        }
        return new E.CompositeLit(t, keys, vals);
      }
      case T.Struct st -> {
        List<E> vals = new ArrayList<>();
        for (T.Struct.Field f : st.fields()) vals.add(expr(c, f.type(), depth - 1));
        return new E.CompositeLit(t, null, vals);
      }
      case T.Ptr p -> {
        if (p.elem() instanceof T.Struct st && chance(60)) return new E.Addr(t, construct(c, st, depth - 1, true));
        // Never a loop counter's address: a store through it could keep the loop from ending
        // (seed 700752 looped forever that way).
        List<Sym> vars = c.scope.stream().filter(x -> x.type().equals(p.elem()) && addressable(x) && x.kind() != Kind.COUNTER).toList();
        if (!vars.isEmpty() && chance(70)) return new E.Addr(t, ref(c, pick(vars)));
        return new E.New(p.elem());
      }
      case T.Func f -> {
        return closure(c, f);
      }
      case T.Iface it -> {
        return new E.ToIface(it, dynamicValue(c, it, depth));
      }
      default -> throw new IllegalStateException("not composite: " + t);
    }
  }

  /** A value for an interface of type it to hold: never a nil pointer. */
  private E dynamicValue(Ctx c, T.Iface it, int depth) {
    T dyn;
    if (it.empty()) {
      int k = rnd.nextInt(100);
      if (k < 55 || structs.isEmpty()) {
        Ty b = randomType();
        E e = expr(c, b, Math.max(depth - 1, 0));
        return needsConv(e, b) ? new E.Conv(b, e) : e;
      }
      T.Struct st = pick(structs);
      dyn = k < 80 || !on(Feature.POINTERS) ? st : new T.Ptr(st);
    } else {
      dyn = pick(implOf(it).dynamicTypes());
    }
    return safeComposite(c, dyn, Math.max(depth - 1, 0));
  }

  private Impl implOf(T.Iface it) {
    for (Impl i : ifaces) {
      if (i.type.equals(it)) return i;
    }
    throw new IllegalStateException("no implementations of " + it.goName());
  }

  /** The types a type switch or assertion on a value of type it may name (Go rejects impossible ones). */
  private List<T> caseTypes(T.Iface it) {
    if (!it.empty()) return implOf(it).dynamicTypes();
    List<T> out = new ArrayList<>(List.of(Ty.INT, Ty.STRING, Ty.BOOL, Ty.FLOAT64, Ty.INT8, Ty.UINT16));
    for (T.Struct st : structs) {
      out.add(st);
      if (on(Feature.POINTERS)) out.add(new T.Ptr(st));
    }
    return out;
  }

  private static boolean addressable(Sym s) {
    return s.kind() != Kind.CONST && !(s.kind() == Kind.RECEIVER && s.type() instanceof T.Ptr);
  }

  private boolean safeValue(E e) {
    return safeValue(null, e);
  }

  /** Whether e is a slice that is not empty, a map or pointer that is not nil, or a pure func. */
  private boolean safeValue(Ctx c, E e) {
    return switch (e) {
      case E.CompositeLit cl -> !(cl.type() instanceof T.Slice) || !cl.values().isEmpty();
      case E.Make m -> m.len() == null || (m.len() instanceof E.Lit l && ((BigInteger) l.value()).signum() > 0);
      case E.Append a -> !a.xs().isEmpty();
      case E.SliceOf sl -> sl.lo() == null && (sl.hi() instanceof E.Len && safeValue(c, sl.x()) || sl.hi() == null && sl.x().type() instanceof T.Array);
      case E.Addr a -> true;
      case E.New n -> true;
      case E.FuncLit f -> litPure.getOrDefault(f, false);
      case E.ToIface ti -> !(ti.x().type() instanceof T.Ptr) || safeValue(c, ti.x());
      case E.Ref r -> r.type() instanceof Ty || (c != null && c.scope.stream().anyMatch(x -> x.name().equals(r.name()) && x.safe()));
      default -> e.type() instanceof Ty || e.type() instanceof T.Struct;
    };
  }

  /** A function literal of type f: its body may read and assign what it captures from c. */
  private E.FuncLit closure(Ctx c, T.Func f) {
    return closure(c, f, false, false);
  }

  /**
   * A function literal of type f; a deferred one (deferred) may set the named results, and may
   * start with a recover that prints what it stopped (recover).
   */
  private E.FuncLit closure(Ctx c, T.Func f, boolean deferred, boolean recover) {
    Ctx k = new Ctx("closure", f.params(), f.results(), null, false, false, 2 + rnd.nextInt(4));
    k.scope.addAll(c.scope);
    k.outerMark = k.scope.size();
    k.staticStrings = c.staticStrings;
    k.deferredLit = deferred;
    k.ownMark = Math.max(c.outerMark, 0);
    k.ranging.addAll(c.ranging);
    // Some literals defer calls of their own, which run when the literal returns.
    k.deferOk = !deferred && on(Feature.DEFER) && chance(30);
    List<Fn.Param> params = new ArrayList<>();
    for (T p : f.params()) {
      String n = fresh("a");
      params.add(new Fn.Param(n, p));
      k.scope.add(new Sym(n, p, Kind.PARAM, null, true));
    }
    List<S> body = new ArrayList<>();
    if (recover) body.add(recoverStmt(c, k));
    else if (deferred && chance(40)) body.addAll(setResults(k));
    body.addAll(block(k, k.budget));
    if (deferred && !recover && mayPanic(c) && chance(15)) {
      // A panic raised by a deferred call: it replaces the one in flight, if any.
      body.add(new S.Panic(panicValue(k)));
    }
    if (!f.results().isEmpty()) body.add(returnStmt(k, false));
    E.FuncLit lit = new E.FuncLit(f, params, body);
    litCost.put(lit, k.cost + 1);
    litPure.put(lit, !k.impure);
    if (k.readsGlobals) c.readsGlobals = true;
    return lit;
  }

  /** A statement over data, or null when there is nothing to work on. */
  private S dataStmt(Ctx c) {
    List<Sym> slices = c.scope.stream().filter(x -> x.type() instanceof T.Slice || x.type() instanceof T.Array).toList();
    List<Sym> maps = c.scope.stream().filter(x -> x.type() instanceof T.Map).toList();
    List<Sym> structVars = c.scope.stream().filter(x -> x.type() instanceof T.Struct && addressable(x)).toList();
    List<Sym> ptrs = c.scope.stream().filter(x -> x.type() instanceof T.Ptr && x.safe()).toList();
    List<Sym> funcs = c.scope.stream().filter(x -> x.type() instanceof T.Func).toList();
    List<Sym> ifaceVars = c.scope.stream().filter(x -> x.type() instanceof T.Iface).toList();
    if (!ifaceVars.isEmpty() && chance(25)) {
      S s = ifaceStmt(c, pick(ifaceVars));
      if (s != null) return s;
    }
    int k = rnd.nextInt(100);
    if (k < 12) return decl(c);
    if (k < 24 && !slices.isEmpty()) {
      Sym s = pick(slices);
      if (!s.assignable() || !(s.type() instanceof T.Slice) || c.ranging.contains(s.name())) return null;
      T.Slice t = (T.Slice) s.type();
      assigned(c, s);
      if (!c.top) c.impure = true;
      List<E> xs = new ArrayList<>();
      int n = 1 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) xs.add(valueFor(c, t.elem(), 2));
      return new S.Assign(s.name(), new E.Append(t, ref(c, s), xs));
    }
    if (k < 34 && !slices.isEmpty()) {
      List<Sym> safe = slices.stream().filter(Sym::safe).toList();
      if (safe.isEmpty()) return null;
      Sym s = pick(safe);
      T elem = T.elemOf(s.type());
      if (s.type() instanceof T.Array && !s.assignable()) return null;
      if (s.type() instanceof T.Array) assigned(c, s);
      if (!c.top) c.impure = true;
      E at = new E.Elem(elem, ref(c, s), index(c, s));
      if (elem instanceof T.Struct st && chance(50)) {
        T.Struct.Field f = pick(st.fields());
        return new S.Store(new E.Field(f.type(), at, f.name()), valueFor(c, f.type(), 2));
      }
      return new S.Store(at, valueFor(c, elem, 2));
    }
    if (k < 44 && !maps.isEmpty()) {
      Sym m = pick(maps);
      T.Map t = (T.Map) m.type();
      if (!c.top) c.impure = true;
      if (chance(25)) return new S.Delete(ref(c, m), expr(c, t.key(), 1));
      if (!m.safe() && !mayPanic(c)) return null;
      return new S.Store(new E.Elem(t.val(), ref(c, m), expr(c, t.key(), 1)), valueFor(c, t.val(), 2));
    }
    if (k < 52 && !structVars.isEmpty()) {
      Sym v = pick(structVars);
      T.Struct st = (T.Struct) v.type();
      T.Struct.Field f = pick(st.fields());
      assigned(c, v);
      if (!c.top && v.kind() != Kind.LOCAL) c.impure = true;
      return new S.Store(new E.Field(f.type(), ref(c, v), f.name()), valueFor(c, f.type(), 2));
    }
    if (k < 60 && !ptrs.isEmpty()) {
      Sym p = pick(ptrs);
      T elem = ((T.Ptr) p.type()).elem();
      if (!c.top) c.impure = true;
      if (elem instanceof T.Struct st) {
        T.Struct.Field f = pick(st.fields());
        return new S.Store(new E.Field(f.type(), ref(c, p), f.name()), valueFor(c, f.type(), 2));
      }
      return new S.Store(new E.Deref(elem, ref(c, p)), valueFor(c, elem, 2));
    }
    if (k < 68 && c.mult == 1 && on(Feature.LOOPS)) {
      S r = rangeStmt(c, slices, maps);
      if (r != null) return r;
    }
    if (k < 76 && !funcs.isEmpty()) {
      Sym f = pick(funcs);
      T.Func ft = (T.Func) f.type();
      if (c.cost + f.cost() * c.mult > MAX_COST) return null;
      // An impure func value may append to the slice being ranged over.
      if (!f.safe() && !c.ranging.isEmpty()) return null;
      c.cost += f.cost() * c.mult;
      if (!f.safe()) c.impure = true;
      List<E> args = new ArrayList<>();
      for (T p : ft.params()) args.add(expr(c, p, 2));
      return new S.ExprStmt(new E.CallValue(ft.results().isEmpty() ? null : ft.results().getFirst(), ref(c, f), args));
    }
    if (k < 84 && on(Feature.METHODS)) {
      E call = methodCall(c, null, true);
      if (call != null) return new S.ExprStmt(call);
    }
    if (k < 90 && on(Feature.CLOSURES) && on(Feature.LOOPS) && c.mult == 1 && c.loops.size() < 2) return closuresInLoop(c);
    if (k < 100) {
      E v = printable(c);
      if (v != null) return new S.Print(S.PrintKind.FMT_PRINTLN, List.of(v));
    }
    return null;
  }

  /** A call through interface variable s, a type switch on it, or a comma-ok type assertion. */
  /** A call of a random method of it on s, charged to c at the implementations' worst cost. */
  private E.MethodCall ifaceCall(Ctx c, Sym s, T.Iface it, Impl impl) {
    c.cost += impl.cost * c.mult;
    if (!impl.pure) c.impure = true;
    if (impl.readsGlobals) c.readsGlobals = true;
    T.Iface.Method m = pick(it.methods());
    List<E> args = new ArrayList<>();
    for (Ty pt : m.params()) args.add(expr(c, pt, 2));
    return new E.MethodCall(m.result(), ref(c, s), m.name(), args);
  }

  private S ifaceStmt(Ctx c, Sym s) {
    T.Iface it = (T.Iface) s.type();
    int k = rnd.nextInt(100);
    if (k < 35 && !it.empty() && (s.safe() || mayPanic(c))) {
      Impl impl = implOf(it);
      if ((c.globalInit && impl.readsGlobals) || c.cost + impl.cost * c.mult > MAX_COST) return null;
      return new S.ExprStmt(ifaceCall(c, s, it, impl));
    }
    if (k < 75 && c.depth < 4) return typeSwitch(c, s, it);
    T want = pick(caseTypes(it));
    String v = fresh("v");
    String ok = fresh("ok");
    return new S.Block(List.of(new S.AssertOk(v, ok, want, ref(c, s)),
        new S.Print(S.PrintKind.FMT_PRINTLN, List.of(new E.Ref(want, v, null), new E.Ref(Ty.BOOL, ok, null)))));
  }

  /** {@code switch x := s.(type)} with clauses for some of the types s may hold, nil, and default. */
  private S typeSwitch(Ctx c, Sym s, T.Iface it) {
    List<T> pool = new ArrayList<>(caseTypes(it));
    Collections.shuffle(pool, rnd);
    int n = 1 + rnd.nextInt(Math.min(3, pool.size()));
    String bind = fresh("x");
    boolean nil = false;
    List<S.TypeCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<T> types = new ArrayList<>();
      types.add(pool.get(i));
      if (!nil && chance(15)) {
        types.add(null);
        nil = true;
      }
      if (i + 1 == n && pool.size() > n && chance(25)) types.add(pool.get(n));
      T bound = types.size() == 1 ? types.getFirst() : it;
      cases.add(new S.TypeCase(types, caseBody(c, bind, bound, types.size() == 1)));
    }
    List<S> dflt = chance(50) ? caseBody(c, bind, it, false) : null;
    return new S.TypeSwitch(bind, ref(c, s), cases, dflt);
  }

  /** A type-switch clause: the bound variable (of the clause's type) printed now and then, and a block. */
  private List<S> caseBody(Ctx c, String bind, T type, boolean safe) {
    int mark = c.scope.size();
    // Not assignable: a bound variable that is only assigned is "declared but not used".
    c.scope.add(new Sym(bind, type, Kind.LOCAL, null, false, safe || type instanceof Ty, 0));
    List<S> body = new ArrayList<>();
    if (chance(50)) body.add(new S.Print(S.PrintKind.FMT_PRINTLN, List.of(new E.Ref(type, bind, null))));
    body.addAll(block(c, 2));
    truncate(c.scope, mark);
    return body;
  }

  /** A safe index into slice s (not empty): a constant or {@code uint(i) % uint(len(s))}. */
  private E index(Ctx c, Sym s) {
    if (s.type() instanceof T.Array a) {
      // A constant index past an array's end does not compile.
      if (chance(30)) return E.Lit.of(Ty.INT, rnd.nextInt(a.len()));
      E i = expr(c, pick(List.of(Ty.INTEGERS)), 1);
      if (Consts.valueOf(i) != null) return E.Lit.of(Ty.INT, 0);
      return new E.Binary(Ty.UINT, BinaryOp.REM, new E.Conv(Ty.UINT, i), new E.Conv(Ty.UINT, E.Lit.of(Ty.INT, a.len())));
    }
    if (mayPanic(c) && chance(20)) return new E.Lit(Ty.INT, BigInteger.valueOf(rnd.nextInt(4)), true);
    if (chance(30)) return E.Lit.of(Ty.INT, 0);
    E i = expr(c, pick(List.of(Ty.INTEGERS)), 1);
    if (Consts.valueOf(i) != null) return E.Lit.of(Ty.INT, 0);
    return new E.Binary(Ty.UINT, BinaryOp.REM, new E.Conv(Ty.UINT, i), new E.Conv(Ty.UINT, new E.Len(ref(c, s))));
  }

  /** A range over a slice or a string with any body, or over a map with an order-independent one. */
  private S rangeStmt(Ctx c, List<Sym> slices, List<Sym> maps) {
    if (!maps.isEmpty() && chance(35)) {
      Sym m = pick(maps);
      T.Map t = (T.Map) m.type();
      List<Sym> accs = assignable(c).stream().filter(x -> x.type() == Ty.INT && x.kind() == Kind.LOCAL).toList();
      if (accs.isEmpty()) return null;
      Sym acc = pick(accs);
      assigned(c, acc);
      String key = fresh("k");
      String val = fresh("e");
      // Adding up is independent of the order Go visits the map in.
      E contrib = t.key() instanceof Ty kt && kt.isInteger() ? new E.Conv(Ty.INT, new E.Ref(kt, key, null))
          : new E.Len(new E.Ref(t.key(), key, null));
      if (t.val() instanceof Ty vt && vt.isInteger()) {
        contrib = new E.Binary(Ty.INT, BinaryOp.ADD, contrib, new E.Conv(Ty.INT, new E.Ref(vt, val, null)));
      }
      return new S.Range(key, val, ref(c, m), List.of(new S.OpAssign(acc.name(), BinaryOp.ADD, contrib)));
    }
    E x;
    T elem;
    String ranged = null;
    if (!slices.isEmpty() && chance(70)) {
      Sym s = pick(slices);
      x = ref(c, s);
      elem = T.elemOf(s.type());
      if (s.type() instanceof T.Slice && c.ranging.add(s.name())) ranged = s.name();
    } else if (on(Feature.STRINGS)) {
      x = expr(c, Ty.STRING, 1);
      elem = Ty.INT32;
    } else {
      return null;
    }
    String key = fresh("k");
    String val = fresh("e");
    int mark = c.scope.size();
    c.scope.add(new Sym(key, Ty.INT, Kind.COUNTER, null, false));
    c.scope.add(new Sym(val, elem, Kind.COUNTER, null, false, elem instanceof Ty || elem instanceof T.Struct, 0));
    long saved = c.mult;
    c.mult *= 8;
    List<S> body = block(c, 3);
    c.mult = saved;
    if (ranged != null) c.ranging.remove(ranged);
    truncate(c.scope, mark);
    return new S.Range(key, val, x, body);
  }

  /**
   * Closures made in a loop, called after it: {@code fs = append(fs, func() T { ... i ... })}. With
   * Go 1.22 semantics each iteration has its own i.
   */
  private S closuresInLoop(Ctx c) {
    Ty r = randomType();
    T.Func ft = new T.Func(List.of(), List.of(r));
    T.Slice st = new T.Slice(ft);
    String fs = fresh("fs");
    String i = fresh("i");
    int trips = 1 + rnd.nextInt(4);
    int mark = c.scope.size();
    c.scope.add(new Sym(i, Ty.INT, Kind.COUNTER, null, false));
    long saved = c.mult;
    c.mult *= trips;
    E.FuncLit lit = closure(c, ft);
    c.mult = saved;
    truncate(c.scope, mark);
    S loop = new S.For(S.LoopKind.THREE_CLAUSE, null, i, Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(trips), true),
        List.of(new S.Assign(fs, new E.Append(st, new E.Ref(st, fs, null), List.of(lit)))));
    String f = fresh("f");
    c.cost += trips * litCost.getOrDefault(lit, 1L);
    S call = new S.Range(null, f, new E.Ref(st, fs, null),
        List.of(new S.Print(S.PrintKind.FMT_PRINTLN, List.of(new E.CallValue(r, new E.Ref(ft, f, null), List.of())))));
    return new S.Block(List.of(new S.Decl(fs, st, null, S.DeclForm.VAR_ZERO), loop, call));
  }

  /** A value fmt can print the same way everywhere: a slice, map or struct, or a pointer to a struct. */
  private E printable(Ctx c) {
    List<Sym> vs = c.scope.stream().filter(x -> x.type() instanceof T.Slice sl && !(sl.elem() instanceof T.Func)
        || x.type() instanceof T.Array
        || x.type() instanceof T.Map || x.type() instanceof T.Struct
        || (x.type() instanceof T.Ptr p && p.elem() instanceof T.Struct && x.safe()) || x.type() instanceof T.Iface).toList();
    if (vs.isEmpty()) return null;
    return ref(c, pick(vs));
  }

  /** A basic value read from data: an element, a field, a pointee, a length, a method or closure result. */
  private E dataRead(Ctx c, Ty t, int depth) {
    List<E> opts = new ArrayList<>();
    for (Sym s : c.scope) {
      switch (s.type()) {
        case T.Slice sl -> {
          if (t == Ty.INT) opts.add(chance(70) ? new E.Len(ref(c, s)) : new E.Cap(ref(c, s)));
          if (s.safe() && sl.elem().equals(t)) opts.add(new E.Elem(t, ref(c, s), index(c, s)));
          if (s.safe() && sl.elem() instanceof T.Struct st) {
            for (T.Struct.Field f : st.fields()) {
              if (f.type() == t) opts.add(new E.Field(t, new E.Elem(st, ref(c, s), index(c, s)), f.name()));
            }
          }
        }
        case T.Array a -> {
          if (t == Ty.INT && chance(30)) opts.add(new E.Len(ref(c, s)));
          if (s.safe() && a.elem().equals(t)) opts.add(new E.Elem(t, ref(c, s), index(c, s)));
          if (s.safe() && a.elem() instanceof T.Struct st) {
            for (T.Struct.Field f : st.fields()) {
              if (f.type() == t) opts.add(new E.Field(t, new E.Elem(st, ref(c, s), index(c, s)), f.name()));
            }
          }
          if (t == Ty.BOOL) {
            List<Sym> same = c.scope.stream().filter(x -> x.type().equals(a)).toList();
            opts.add(new E.Binary(Ty.BOOL, chance(50) ? BinaryOp.EQL : BinaryOp.NEQ, ref(c, s), ref(c, pick(same))));
          }
        }
        case T.Map m -> {
          if (t == Ty.INT) opts.add(new E.Len(ref(c, s)));
          if (m.val().equals(t)) opts.add(new E.Elem(t, ref(c, s), expr(c, m.key(), 1)));
        }
        case T.Struct st -> {
          for (T.Struct.Field f : st.fields()) {
            if (f.type() == t) opts.add(new E.Field(t, ref(c, s), f.name()));
          }
          if (t == Ty.BOOL) {
            List<Sym> same = c.scope.stream().filter(x -> x.type().equals(st)).toList();
            opts.add(new E.Binary(Ty.BOOL, chance(50) ? BinaryOp.EQL : BinaryOp.NEQ, ref(c, s), ref(c, pick(same))));
          }
        }
        case T.Ptr p -> {
          if (!s.safe()) break;
          if (p.elem().equals(t)) opts.add(new E.Deref(t, ref(c, s)));
          if (p.elem() instanceof T.Struct st) {
            for (T.Struct.Field f : st.fields()) {
              if (f.type() == t) opts.add(new E.Field(t, ref(c, s), f.name()));
            }
          }
          if (t == Ty.BOOL) {
            List<Sym> same = c.scope.stream().filter(x -> x.type().equals(p) && x.safe()).toList();
            opts.add(new E.Binary(Ty.BOOL, chance(50) ? BinaryOp.EQL : BinaryOp.NEQ, ref(c, s), ref(c, pick(same))));
          }
        }
        case T.Iface it -> {
          if (t == Ty.BOOL) {
            List<Sym> same = c.scope.stream().filter(x -> x.type().equals(it)).toList();
            opts.add(new E.Binary(Ty.BOOL, chance(50) ? BinaryOp.EQL : BinaryOp.NEQ, ref(c, s), ref(c, pick(same))));
          }
          if (mayPanic(c) && chance(30)) {
            // x.(T) that may fail: "interface conversion: ..." panics.
            List<T> ts = caseTypes(it);
            T want = pick(ts);
            if (want.equals(t)) opts.add(new E.Assert(t, ref(c, s)));
            if (want instanceof T.Struct st) {
              for (T.Struct.Field f : st.fields()) {
                if (f.type() == t) opts.add(new E.Field(t, new E.Assert(st, ref(c, s)), f.name()));
              }
            }
          }
          if (!it.empty() && (s.safe() || mayPanic(c))) {
            Impl impl = implOf(it);
            if (!impl.pure || (c.globalInit && impl.readsGlobals) || c.cost + impl.cost * c.mult > MAX_COST) break;
            for (T.Iface.Method m : it.methods()) {
              if (m.result() != t) continue;
              c.cost += impl.cost * c.mult;
              if (impl.readsGlobals) c.readsGlobals = true;
              List<E> args = new ArrayList<>();
              for (Ty pt : m.params()) args.add(expr(c, pt, 1));
              opts.add(new E.MethodCall(t, ref(c, s), m.name(), args));
            }
          }
        }
        case T.Func f -> {
          if (s.safe() && f.results().size() == 1 && f.results().getFirst() == t && c.cost + s.cost() * c.mult <= MAX_COST) {
            c.cost += s.cost() * c.mult;
            List<E> args = new ArrayList<>();
            for (T p : f.params()) args.add(expr(c, p, depth - 1));
            opts.add(new E.CallValue(t, ref(c, s), args));
          }
        }
        default -> {}
      }
    }
    if (on(Feature.METHODS)) {
      E m = methodCall(c, t, false);
      if (m != null) opts.add(m);
    }
    return opts.isEmpty() ? null : pick(opts);
  }

  /** A call of a method with result type t (any, when t is null) on a struct variable or a pointer to one. */
  private E methodCall(Ctx c, Ty t, boolean statement) {
    List<FnInfo> ms = new ArrayList<>();
    for (int i = 0; i < c.callable; i++) {
      FnInfo f = fns.get(i);
      if (f.recv() == null || !affordable(c, f) || (!statement && !f.pure())) continue;
      if (t == null ? true : f.results().size() == 1 && f.results().getFirst() == t) ms.add(f);
    }
    if (ms.isEmpty()) return null;
    FnInfo m = pick(ms);
    List<Sym> recvs = c.scope.stream().filter(x -> x.type().equals(m.recv()) && addressable(x)
        || x.type() instanceof T.Ptr p && p.elem().equals(m.recv()) && x.safe()).toList();
    if (recvs.isEmpty()) return null;
    if (!m.pure()) c.impure = true;
    c.cost += m.cost() * c.mult;
    if (m.readsGlobals()) c.readsGlobals = true;
    List<E> args = new ArrayList<>();
    for (T p : m.params()) args.add(expr(c, p, 1));
    return new E.MethodCall(m.results().isEmpty() ? null : m.results().getFirst(), ref(c, pick(recvs)), m.name(), args);
  }

  // ---- goroutines ----

  private static final T.Sync WG = T.Sync.WAIT_GROUP;

  /**
   * A goroutine pattern whose output does not depend on the scheduler, as a Go programmer makes
   * it: every goroutine it starts is done with everything it shares before the pattern's last
   * statement (a WaitGroup's Wait, a channel its last sender closed, a value received), so the
   * code after it runs alone again. Goroutine bodies are {@link #isolated}: they read the
   * function's basic variables (nobody writes them meanwhile), call nothing and never panic.
   */
  private S goroutines(Ctx c) {
    if (mayPanic(c) && on(Feature.PANICS) && chance(panicky ? 30 : 12)) return chanFailure(c, rnd.nextInt(panicky ? 8 : 3), true);
    return switch (rnd.nextInt(8)) {
      case 0 -> fanOut(c);
      case 1 -> pipeline(c);
      case 2 -> accumulate(c);
      case 3 -> queue(c);
      case 4 -> selectReady(c);
      case 5 -> pingPong(c);
      case 6 -> selectDone(c);
      default -> once(c);
    };
  }

  /**
   * The context of a goroutine's body: the constants and the basic-typed variables of c, read
   * only, plus own (the goroutine's parameters and loop variables). It calls no helper (helpers
   * print and may panic) and makes no runtime error on purpose: two goroutines printing or
   * panicking at once would leave the output to the scheduler.
   */
  private Ctx isolated(Ctx c, List<Sym> own) {
    Ctx g = new Ctx("goroutine", List.of(), List.of(), null, false, false, 0);
    g.isolated = true;
    g.callable = 0;
    g.staticStrings = c.staticStrings;
    for (Sym s : c.scope) {
      if (s.kind() == Kind.CONST) g.scope.add(s);
      else if (s.type() instanceof Ty && s.kind() != Kind.GLOBAL) g.scope.add(new Sym(s.name(), s.type(), s.kind(), null, false));
    }
    g.scope.addAll(own);
    return g;
  }

  /** Whether a pattern of estimated cost est (per run) fits c's budget; if so, it is counted. */
  private boolean afford(Ctx c, long est) {
    if (c.cost + est * c.mult > MAX_COST) return false;
    c.cost += est * c.mult;
    return true;
  }

  /**
   * Statements of goroutine context g computing a value of type t, handed to store (a store or a
   * send); own, when set, is the goroutine's index or element, which the value mostly depends on.
   */
  private List<S> goValue(Ctx g, Ty t, Sym own, java.util.function.Function<E, S> store) {
    List<S> out = new ArrayList<>();
    E cond = chance(25) ? expr(g, Ty.BOOL, 2) : null;
    if (chance(35)) {
      Ty u = randomType();
      String x = fresh("x");
      E e = expr(g, u, 2);
      out.add(new S.Decl(x, u, needsConv(e, u) ? new E.Conv(u, e) : e, S.DeclForm.DEFINE));
      g.scope.add(new Sym(x, u, Kind.LOCAL, null, false));
    }
    E v = own != null && chance(70) ? mix(g, t, own) : expr(g, t, 3);
    if (cond != null) out.add(new S.If(null, cond, List.of(store.apply(v)), List.of(store.apply(expr(g, t, 2)))));
    else out.add(store.apply(v));
    return out;
  }

  /** A value of type t computed from own (an integer index or a received element) and an expression of g. */
  private E mix(Ctx g, Ty t, Sym own) {
    E v = expr(g, t, 2);
    Ty ot = (Ty) own.type();
    E o = local(ot, own.name());
    if (ot.isInteger()) {
      if (t.isInteger()) return new E.Binary(t, pick(List.of(BinaryOp.ADD, BinaryOp.XOR, BinaryOp.MUL, BinaryOp.SUB)), v, new E.Conv(t, o));
      if (t.isFloat()) return new E.Binary(t, BinaryOp.ADD, v, new E.Conv(t, o));
      if (t == Ty.BOOL) {
        E even = new E.Binary(Ty.BOOL, BinaryOp.EQL, new E.Binary(ot, BinaryOp.REM, o, new E.Lit(ot, BigInteger.TWO, true)),
            new E.Lit(ot, BigInteger.ZERO, true));
        return new E.Binary(Ty.BOOL, BinaryOp.NEQ, v, even);
      }
      // A suffix of a constant string, picked by the index.
      E at = new E.Binary(Ty.UINT, BinaryOp.REM, new E.Conv(Ty.UINT, o), new E.Conv(Ty.UINT, E.Lit.of(Ty.INT, 8)));
      return new E.Binary(t, BinaryOp.ADD, v, new E.SliceOf(Ty.STRING, E.Lit.str("abcdefgh"), at, null));
    }
    if (ot != t) return v;
    return new E.Binary(t, t == Ty.BOOL ? BinaryOp.NEQ : BinaryOp.ADD, v, o);
  }

  private static E.Ref local(T t, String name) {
    return new E.Ref(t, name, null);
  }

  private static E.Lit intLit(long v) {
    return E.Lit.of(Ty.INT, v);
  }

  private static S callOn(T.Sync t, String v, String method, E... args) {
    T result = t == T.Sync.ATOMIC_INT64 && !method.equals("Store") ? Ty.INT64 : null;
    return new S.ExprStmt(new E.MethodCall(result, local(t, v), method, List.of(args)));
  }

  private static S closeOf(T.Chan t, String ch) {
    return new S.ExprStmt(new E.Call(null, "close", List.of(local(t, ch)), false));
  }

  private static S show(String label, E... values) {
    List<E> args = new ArrayList<>();
    args.add(E.Lit.str(label));
    args.addAll(List.of(values));
    return new S.Print(S.PrintKind.FMT_PRINTLN, args);
  }

  private static E recv(T elem, T.Chan t, String ch) {
    return new E.Unary(elem, UnaryOp.RECV, local(t, ch));
  }

  /** {@code go func(params) { body }(args)}. */
  private static S goLit(List<Fn.Param> params, List<S> body, List<E> args) {
    E.FuncLit lit = new E.FuncLit(new T.Func(params.stream().map(Fn.Param::type).toList(), List.of()), params, body);
    return new S.Go(new S.ExprStmt(new E.CallValue(null, lit, args)));
  }

  /**
   * A loop that passes its counter to the goroutines it starts: a three-clause loop or a range over
   * an integer (the other forms increment the counter before their body).
   */
  private S.LoopKind spawnLoop() {
    return chance(70) ? S.LoopKind.THREE_CLAUSE : S.LoopKind.RANGE_INT;
  }

  /** A value of type t computed by c (on the goroutine running the pattern). */
  private E mainValue(Ctx c, Ty t) {
    E e = expr(c, t, 2);
    return needsConv(e, t) ? new E.Conv(t, e) : e;
  }

  /**
   * Fan-out, fan-in: n goroutines each write their own element of a results slice, and main prints
   * the slice after the WaitGroup's Wait.
   */
  private S fanOut(Ctx c) {
    if (!on(Feature.SLICES)) return accumulate(c);
    int n = 1 + rnd.nextInt(6);
    Ty t = randomType();
    T.Slice st = new T.Slice(t);
    String res = fresh("res");
    String wg = fresh("wg");
    String i = fresh("i");
    String a = fresh("a");
    Sym own = new Sym(a, Ty.INT, Kind.PARAM, null, false);
    Ctx g = isolated(c, List.of(own));
    boolean deferDone = on(Feature.DEFER) && chance(60);
    S done = callOn(WG, wg, "Done");
    List<S> body = new ArrayList<>();
    if (deferDone) body.add(new S.Defer(done));
    body.addAll(goValue(g, t, own, v -> new S.Store(new E.Elem(t, local(st, res), local(Ty.INT, a)), v)));
    if (!deferDone) body.add(done);
    if (!afford(c, n * (g.cost + 5))) return null;
    boolean addAll = chance(40);
    List<S> loopBody = new ArrayList<>();
    if (!addAll) loopBody.add(callOn(WG, wg, "Add", intLit(1)));
    loopBody.add(goLit(List.of(new Fn.Param(a, Ty.INT)), body, List.of(local(Ty.INT, i))));
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(res, st, new E.Make(st, intLit(n)), S.DeclForm.DEFINE));
    out.add(new S.Decl(wg, WG, null, S.DeclForm.VAR_ZERO));
    if (addAll) out.add(callOn(WG, wg, "Add", intLit(n)));
    out.add(new S.For(spawnLoop(), null, i, Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(n), true), loopBody));
    out.add(callOn(WG, wg, "Wait"));
    out.add(show("fan-out:", local(st, res)));
    return new S.Block(out);
  }

  /**
   * A pipeline: a producer goroutine sends k values and closes its channel, a stage maps (and
   * maybe filters) them into a second channel and closes it, and main ranges over that one (or
   * receives k values and then sees it closed). One goroutine per stage keeps the order.
   */
  private S pipeline(Ctx c) {
    int k = rnd.nextInt(6);
    Ty t1 = randomType();
    Ty t2 = randomType();
    T.Chan c1 = new T.Chan(t1);
    T.Chan c2 = new T.Chan(t2);
    T.Chan send1 = new T.Chan(t1, T.Dir.SEND);
    T.Chan recv1 = new T.Chan(t1, T.Dir.RECV);
    T.Chan send2 = new T.Chan(t2, T.Dir.SEND);
    String ch1 = fresh("ch");
    String ch2 = fresh("ch");
    String j = fresh("j");
    String out1 = fresh("out");
    String in = fresh("in");
    String v = fresh("v");
    String out2 = fresh("out");
    String w = fresh("w");
    Sym own1 = new Sym(j, Ty.INT, Kind.COUNTER, null, false);
    Ctx g1 = isolated(c, List.of(own1));
    List<S> produce = List.of(
        new S.For(S.LoopKind.THREE_CLAUSE, null, j, Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(k), true),
            goValue(g1, t1, own1, x -> new S.Send(local(send1, out1), x))),
        closeOf(send1, out1));
    Sym own2 = new Sym(v, t1, Kind.COUNTER, null, false);
    Ctx g2 = isolated(c, List.of(own2));
    boolean filter = chance(30);
    E keep = filter ? expr(g2, Ty.BOOL, 2) : null;
    List<S> each = goValue(g2, t2, own2, x -> new S.Send(local(send2, out2), x));
    if (filter) each = List.of(new S.If(null, keep, each, null));
    List<S> stage = List.of(new S.Range(v, null, local(recv1, in), each), closeOf(send2, out2));
    if (!afford(c, k * (g1.cost + g2.cost + 8))) return null;
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(ch1, c1, new E.Make(c1, chance(50) ? null : intLit(rnd.nextInt(4))), S.DeclForm.DEFINE));
    out.add(new S.Decl(ch2, c2, new E.Make(c2, chance(50) ? null : intLit(rnd.nextInt(4))), S.DeclForm.DEFINE));
    out.add(goLit(List.of(new Fn.Param(out1, send1)), produce, List.of(local(c1, ch1))));
    out.add(goLit(List.of(new Fn.Param(in, recv1), new Fn.Param(out2, send2)), stage, List.of(local(c1, ch1), local(c2, ch2))));
    if (filter || chance(50)) {
      out.add(new S.Range(w, null, local(c2, ch2), List.of(show("pipeline:", local(t2, w)))));
    } else {
      out.add(new S.For(S.LoopKind.THREE_CLAUSE, null, fresh("i"), Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(k), true),
          List.of(show("pipeline:", recv(t2, c2, ch2)))));
      String ok = fresh("ok");
      out.add(new S.RecvOk(w, ok, t2, local(c2, ch2)));
      out.add(show("pipeline closed:", local(t2, w), local(Ty.BOOL, ok)));
    }
    return new S.Block(out);
  }

  /**
   * n goroutines add to one total: an integer under a Mutex (or an RWMutex's write lock), an
   * atomic.Int64, or map entries under a Mutex. Integer addition wraps and commutes, so the total
   * does not depend on the order; main prints it after Wait.
   */
  private S accumulate(Ctx c) {
    int n = 1 + rnd.nextInt(8);
    int kind = rnd.nextInt(on(Feature.MAPS) ? 3 : 2);
    Ty t = kind == 1 ? Ty.INT64 : pick(List.of(Ty.INT, Ty.INT, Ty.INT64, Ty.UINT8, Ty.INT32));
    String wg = fresh("wg");
    String i = fresh("i");
    String a = fresh("a");
    String x = fresh("x");
    String total = fresh(kind == 1 ? "total" : kind == 2 ? "m" : "sum");
    String mu = fresh("mu");
    T.Sync muType = chance(25) ? T.Sync.RW_MUTEX : T.Sync.MUTEX;
    T.Map mt = new T.Map(Ty.INT, t);
    Sym own = new Sym(a, Ty.INT, Kind.PARAM, null, false);
    Ctx g = isolated(c, List.of(own));
    E val = chance(70) ? mix(g, t, own) : expr(g, t, 3);
    boolean deferDone = on(Feature.DEFER) && chance(50);
    List<S> body = new ArrayList<>();
    if (deferDone) body.add(new S.Defer(callOn(WG, wg, "Done")));
    body.add(new S.Decl(x, t, needsConv(val, t) ? new E.Conv(t, val) : val, S.DeclForm.DEFINE));
    if (kind == 1) {
      body.add(callOn(T.Sync.ATOMIC_INT64, total, "Add", local(t, x)));
    } else {
      body.add(callOn(muType, mu, "Lock"));
      boolean deferUnlock = on(Feature.DEFER) && chance(30);
      if (deferUnlock) body.add(new S.Defer(callOn(muType, mu, "Unlock")));
      if (kind == 0) {
        body.add(new S.OpAssign(total, BinaryOp.ADD, local(t, x)));
      } else {
        E key = new E.Binary(Ty.INT, BinaryOp.REM, local(Ty.INT, a), intLit(1 + rnd.nextInt(3)));
        E at = new E.Elem(t, local(mt, total), key);
        body.add(new S.Store(at, new E.Binary(t, BinaryOp.ADD, at, local(t, x))));
      }
      if (!deferUnlock) body.add(callOn(muType, mu, "Unlock"));
    }
    if (!deferDone) body.add(callOn(WG, wg, "Done"));
    if (!afford(c, n * (g.cost + 6))) return null;
    List<S> out = new ArrayList<>();
    switch (kind) {
      case 0 -> out.add(new S.Decl(total, t, null, S.DeclForm.VAR_ZERO));
      case 1 -> out.add(new S.Decl(total, T.Sync.ATOMIC_INT64, null, S.DeclForm.VAR_ZERO));
      default -> out.add(new S.Decl(total, mt, new E.Make(mt, null), S.DeclForm.DEFINE));
    }
    if (kind != 1) out.add(new S.Decl(mu, muType, null, S.DeclForm.VAR_ZERO));
    out.add(new S.Decl(wg, WG, null, S.DeclForm.VAR_ZERO));
    out.add(new S.For(spawnLoop(), null, i, Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(n), true),
        List.of(callOn(WG, wg, "Add", intLit(1)), goLit(List.of(new Fn.Param(a, Ty.INT)), body, List.of(local(Ty.INT, i))))));
    out.add(callOn(WG, wg, "Wait"));
    E result = switch (kind) {
      case 0 -> local(t, total);
      case 1 -> new E.MethodCall(Ty.INT64, local(T.Sync.ATOMIC_INT64, total), "Load", List.of());
      default -> local(mt, total);
    };
    out.add(show("total:", result));
    return new S.Block(out);
  }

  /** A buffered channel as a queue, on one goroutine: sends within its capacity, len and cap, receives, close and drain. */
  private S queue(Ctx c) {
    Ty t = randomType();
    T.Chan ct = new T.Chan(t);
    int capacity = 1 + rnd.nextInt(4);
    int sends = rnd.nextInt(capacity + 1);
    String q = fresh("q");
    if (!afford(c, 12)) return null;
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(q, ct, new E.Make(ct, intLit(capacity)), S.DeclForm.DEFINE));
    for (int i = 0; i < sends; i++) out.add(new S.Send(local(ct, q), mainValue(c, t)));
    out.add(show("queue:", new E.Len(local(ct, q)), new E.Cap(local(ct, q))));
    int recvs = rnd.nextInt(sends + 1);
    for (int i = 0; i < recvs; i++) {
      if (chance(50)) {
        out.add(show("dequeued:", recv(t, ct, q)));
      } else {
        String v = fresh("v");
        String ok = fresh("ok");
        out.add(new S.RecvOk(v, ok, t, local(ct, q)));
        out.add(show("dequeued:", local(t, v), local(Ty.BOOL, ok)));
      }
    }
    if (chance(60)) {
      out.add(closeOf(ct, q));
      String w = fresh("w");
      out.add(new S.Range(w, null, local(ct, q), List.of(show("drained:", local(t, w)))));
      String v = fresh("v");
      String ok = fresh("ok");
      out.add(new S.RecvOk(chance(30) ? "_" : v, ok, t, local(ct, q)));
      out.add(show("after close:", local(Ty.BOOL, ok), new E.Len(local(ct, q))));
    } else {
      out.add(show("left:", new E.Len(local(ct, q))));
    }
    return new S.Block(out);
  }

  /**
   * A select whose outcome is known: a buffered channel that holds a value or not, with a
   * default; or several cases of which exactly one can proceed (cases on a nil channel never can).
   */
  private S selectReady(Ctx c) {
    Ty t = randomType();
    T.Chan ct = new T.Chan(t);
    String ch = fresh("sc");
    boolean full = chance(50);
    if (!afford(c, 8)) return null;
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(ch, ct, new E.Make(ct, intLit(1)), S.DeclForm.DEFINE));
    if (full) out.add(new S.Send(local(ct, ch), mainValue(c, t)));
    String v = fresh("v");
    int k = rnd.nextInt(3);
    if (k == 0) {
      out.add(new S.Select(List.of(new S.SelectCase(local(ct, ch), null, v, List.of(show("select received:", local(t, v))))),
          List.of(show("select: nothing ready"))));
    } else if (k == 1) {
      out.add(new S.Select(List.of(new S.SelectCase(local(ct, ch), mainValue(c, t), null, List.of(show("select sent")))),
          List.of(show("select: full"))));
      out.add(show("buffered:", new E.Len(local(ct, ch))));
    } else {
      String nc = fresh("nc");
      out.add(new S.Decl(nc, ct, null, S.DeclForm.VAR_ZERO));
      List<S.SelectCase> cases = new ArrayList<>();
      cases.add(full ? new S.SelectCase(local(ct, ch), null, v, List.of(show("select received:", local(t, v))))
          : new S.SelectCase(local(ct, ch), mainValue(c, t), null, List.of(show("select sent"))));
      String w = fresh("v");
      cases.add(new S.SelectCase(local(ct, nc), null, w, List.of(show("nil channel received:", local(t, w)))));
      if (chance(50)) cases.add(new S.SelectCase(local(ct, nc), mainValue(c, t), null, List.of(show("nil channel sent"))));
      Collections.shuffle(cases, rnd);
      out.add(new S.Select(cases, null));
      out.add(show("buffered:", new E.Len(local(ct, ch))));
    }
    return new S.Block(out);
  }

  /**
   * Ping-pong over unbuffered channels: main sends k values, a goroutine answers each; main closes
   * ping, the goroutine's range ends and it closes pong, which main sees.
   */
  private S pingPong(Ctx c) {
    int k = rnd.nextInt(5);
    Ty t = randomType();
    T.Chan pingT = new T.Chan(Ty.INT);
    T.Chan pongT = new T.Chan(t);
    String ping = fresh("ping");
    String pong = fresh("pong");
    String v = fresh("v");
    Sym own = new Sym(v, Ty.INT, Kind.COUNTER, null, false);
    Ctx g = isolated(c, List.of(own));
    List<S> body = List.of(new S.Range(v, null, local(pingT, ping), goValue(g, t, own, x -> new S.Send(local(pongT, pong), x))),
        closeOf(pongT, pong));
    long saved = c.mult;
    c.mult *= Math.max(k, 1);
    E sent = mainValue(c, Ty.INT);
    c.mult = saved;
    if (!afford(c, k * (g.cost + 6))) return null;
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(ping, pingT, new E.Make(pingT, null), S.DeclForm.DEFINE));
    out.add(new S.Decl(pong, pongT, new E.Make(pongT, null), S.DeclForm.DEFINE));
    out.add(goLit(List.of(), body, List.of()));
    out.add(new S.For(S.LoopKind.THREE_CLAUSE, null, fresh("i"), Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(k), true),
        List.of(new S.Send(local(pingT, ping), sent), show("pong:", recv(t, pongT, pong)))));
    out.add(closeOf(pingT, ping));
    String w = fresh("w");
    String ok = fresh("ok");
    out.add(new S.RecvOk(w, ok, t, local(pongT, pong)));
    out.add(show("pong closed:", local(t, w), local(Ty.BOOL, ok)));
    return new S.Block(out);
  }

  /** One goroutine delivers one value; main's select has that case and one on a nil channel, which never proceeds. */
  private S selectDone(Ctx c) {
    Ty t = randomType();
    T.Chan ct = new T.Chan(t);
    String done = fresh("done");
    String nc = fresh("nc");
    Ctx g = isolated(c, List.of());
    List<S> body = goValue(g, t, null, x -> new S.Send(local(ct, done), x));
    if (!afford(c, g.cost + 8)) return null;
    List<S> out = new ArrayList<>();
    out.add(new S.Decl(done, ct, new E.Make(ct, chance(50) ? null : intLit(1)), S.DeclForm.DEFINE));
    out.add(new S.Decl(nc, ct, null, S.DeclForm.VAR_ZERO));
    out.add(goLit(List.of(), body, List.of()));
    String v = fresh("v");
    String w = fresh("v");
    List<S.SelectCase> cases = new ArrayList<>();
    cases.add(new S.SelectCase(local(ct, done), null, v, List.of(show("done:", local(t, v)))));
    cases.add(new S.SelectCase(local(ct, nc), null, w, List.of(show("never:", local(t, w)))));
    Collections.shuffle(cases, rnd);
    out.add(new S.Select(cases, null));
    return new S.Block(out);
  }

  /** {@code once.Do(func() { ... })} called k times: the function runs once. */
  private S once(Ctx c) {
    int k = rnd.nextInt(4);
    String once = fresh("once");
    String j = fresh("j");
    Ctx g = isolated(c, List.of(new Sym(j, Ty.INT, Kind.COUNTER, null, false)));
    Ty t = randomType();
    E v = expr(g, t, 2);
    if (needsConv(v, t)) v = new E.Conv(t, v);
    if (!afford(c, k * (g.cost + 3))) return null;
    E.FuncLit f = new E.FuncLit(new T.Func(List.of(), List.of()), List.of(), List.of(show("once:", v)));
    return new S.Block(List.of(new S.Decl(once, T.Sync.ONCE, null, S.DeclForm.VAR_ZERO),
        new S.For(S.LoopKind.THREE_CLAUSE, null, j, Ty.INT, new E.Lit(Ty.INT, BigInteger.valueOf(k), true),
            List.of(new S.ExprStmt(new E.MethodCall(null, local(T.Sync.ONCE, once), "Do", List.of(f)))))));
  }

  /**
   * A channel operation that panics (close of a closed or nil channel, send on a closed one),
   * often under a condition; in a panicky program also a deadlock of main (a receive or send nobody
   * answers, a WaitGroup nobody finishes, a Mutex locked twice), which Go reports as a fatal error.
   */
  private S chanFailure(Ctx c, int k, boolean mayGuard) {
    Ty t = randomType();
    T.Chan ct = new T.Chan(t);
    String ch = fresh("ch");
    List<S> out = new ArrayList<>();
    switch (k) {
      case 0 -> {
        out.add(new S.Decl(ch, ct, new E.Make(ct, intLit(1)), S.DeclForm.DEFINE));
        out.add(closeOf(ct, ch));
        out.add(closeOf(ct, ch));
      }
      case 1 -> {
        out.add(new S.Decl(ch, ct, new E.Make(ct, intLit(1)), S.DeclForm.DEFINE));
        out.add(closeOf(ct, ch));
        out.add(new S.Send(local(ct, ch), mainValue(c, t)));
      }
      case 2 -> {
        out.add(new S.Decl(ch, ct, null, S.DeclForm.VAR_ZERO));
        out.add(closeOf(ct, ch));
      }
      case 3 -> {
        out.add(new S.Decl(ch, ct, new E.Make(ct, null), S.DeclForm.DEFINE));
        out.add(show("waiting for a value nobody sends"));
        out.add(new S.ExprStmt(recv(t, ct, ch)));
      }
      case 4 -> {
        out.add(new S.Decl(ch, ct, new E.Make(ct, chance(50) ? null : intLit(0)), S.DeclForm.DEFINE));
        out.add(new S.Send(local(ct, ch), mainValue(c, t)));
      }
      case 5 -> {
        out.add(new S.Decl(ch, WG, null, S.DeclForm.VAR_ZERO));
        out.add(callOn(WG, ch, "Add", intLit(1 + rnd.nextInt(2))));
        out.add(callOn(WG, ch, "Wait"));
      }
      case 6 -> {
        out.add(new S.Decl(ch, T.Sync.MUTEX, null, S.DeclForm.VAR_ZERO));
        out.add(callOn(T.Sync.MUTEX, ch, "Lock"));
        out.add(callOn(T.Sync.MUTEX, ch, "Lock"));
      }
      default -> {
        // A select on nil channels only, with no default: blocks forever.
        out.add(new S.Decl(ch, ct, null, S.DeclForm.VAR_ZERO));
        out.add(new S.Select(List.of(new S.SelectCase(local(ct, ch), null, null, List.of(show("never")))), null));
      }
    }
    S block = new S.Block(out);
    return !mayGuard || chance(50) ? block : new S.If(null, expr(c, Ty.BOOL, 2), List.of(block), null);
  }

  /** One of {@link #chanFailure}'s deadlocks, for the end of main: it reads only constants. */
  private S deadlock() {
    Ctx c = new Ctx("main", List.of(), List.of(), null, false, false, 0);
    c.callable = 0;
    c.scope.addAll(constSyms);
    return chanFailure(c, 3 + rnd.nextInt(5), false);
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
