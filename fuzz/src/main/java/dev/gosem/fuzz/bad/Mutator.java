package dev.gosem.fuzz.bad;

import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.Rewrite;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.T;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Walk;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutator makes ill-typed or ill-formed programs from good ones, one mistake each: the kinds of
 * mistake a user of the builder makes (wrong types, undefined names, unused variables and
 * imports, calls with the wrong arguments, break or continue out of place, malformed or
 * excluding build constraints, duplicate declarations, non-boolean conditions, assignments to
 * constants, missing or miscounted returns, constant overflow and division by zero). Some
 * mutants are still legal Go (a string passed to fmt.Println is fine); the point is that gosem
 * agrees with Go on each.
 */
public final class Mutator {
  /** A mistake. */
  public enum Kind {
    WRONG_TYPE, UNDEFINED, UNUSED_VAR, UNUSED_IMPORT, BAD_CALL, MISPLACED_BRANCH, BUILD_LINE, DUPLICATE,
    NON_BOOL_COND, ASSIGN_CONST, MISSING_RETURN, RETURN_COUNT, CONST_OVERFLOW, DIVIDE_BY_ZERO, BAD_SHIFT
  }

  /** A mutated program: the tree, the //go:build line and extra imports to render it with. */
  public record Mutant(Prog prog, String buildLine, List<String> extraImports, Kind kind, String what) {
    public dev.gosem.api.Program program(String name) {
      return ToProgram.of(prog, name, buildLine, extraImports);
    }
  }

  /** Malformed lines, lines that exclude the file, and lines that keep it. */
  static final String[] BUILD_LINES = {
      "linux &&", "(linux", "linux)", "!", "linux ||| darwin", "linux darwin", "&& linux", "linux && (darwin ||",
      "ignore", "windows", "!linux", "darwin || freebsd", "linux && windows", "go1.99",
      "linux", "!windows", "linux || darwin", "(linux && !windows) || plan9", "go1.19", "!ignore && linux"};

  private final Random rnd;
  private int fresh;

  private Mutator(Random rnd) {
    this.rnd = rnd;
  }

  /** A mutant of p; the same p and random state give the same mutant. */
  public static Mutant mutate(Prog p, Random rnd) {
    Mutator m = new Mutator(rnd);
    for (int attempt = 0; attempt < 40; attempt++) {
      Kind k = Kind.values()[rnd.nextInt(Kind.values().length)];
      Mutant out = m.apply(p, k);
      if (out != null) return out;
    }
    return new Mutant(p, null, List.of("strings"), Kind.UNUSED_IMPORT, "import \"strings\" unused");
  }

  private <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  private Mutant apply(Prog p, Kind k) {
    return switch (k) {
      case WRONG_TYPE -> replaceExpr(p, k, e -> e.type() instanceof Ty, e -> otherLiteral((Ty) e.type()), "a literal of another type");
      case UNDEFINED -> rnd.nextBoolean()
          ? replaceExpr(p, k, e -> e instanceof E.Ref, e -> new E.Ref(e.type(), "undefined" + (++fresh), null), "an undefined name")
          : replaceExpr(p, k, e -> e instanceof E.Call, e -> new E.Call(e.type(), "nosuch", ((E.Call) e).args(), false), "an undefined function");
      case UNUSED_VAR -> insert(p, k, false, rnd.nextBoolean()
          ? new S.Decl("unused" + (++fresh), Ty.INT, E.Lit.of(Ty.INT, 1), S.DeclForm.DEFINE)
          : new S.Decl("unused" + (++fresh), Ty.STRING, null, S.DeclForm.VAR_ZERO), "an unused variable");
      case UNUSED_IMPORT -> {
        boolean osUsed = ToProgram.Imports.of(p).os();
        String path = osUsed || rnd.nextBoolean() ? "strings" : "os";
        yield new Mutant(p, null, List.of(path), k, "import \"" + path + "\" unused");
      }
      case BAD_CALL -> badCall(p);
      case MISPLACED_BRANCH -> {
        S b = switch (rnd.nextInt(4)) {
          case 0 -> new S.Branch(true, null);
          case 1 -> new S.Branch(false, null);
          case 2 -> new S.Branch(true, "Nowhere");
          default -> new S.Branch(false, "Nowhere");
        };
        yield insert(p, k, true, b, "a " + (((S.Branch) b).isBreak() ? "break" : "continue") + " outside a loop");
      }
      case BUILD_LINE -> {
        String line = BUILD_LINES[rnd.nextInt(BUILD_LINES.length)];
        yield new Mutant(p, line, List.of(), k, "//go:build " + line);
      }
      case DUPLICATE -> duplicate(p);
      case NON_BOOL_COND -> replaceIfCond(p);
      case ASSIGN_CONST -> assignConst(p);
      case MISSING_RETURN -> missingReturn(p);
      case RETURN_COUNT -> returnCount(p);
      case CONST_OVERFLOW -> replaceExpr(p, k, e -> e.type() instanceof Ty t && t.isInteger(),
          e -> new E.Conv((Ty) e.type(), new E.Lit(Ty.UINT64, ((Ty) e.type()).max().add(BigInteger.ONE).min(Ty.UINT64.max()), true)), "a constant that overflows");
      case DIVIDE_BY_ZERO -> replaceExpr(p, k, e -> e instanceof E.Binary b && (b.op() == BinaryOp.QUO || b.op() == BinaryOp.REM),
          e -> {
            E.Binary b = (E.Binary) e;
            return new E.Binary(b.type(), b.op(), b.x(), b.type().isFloat() ? new E.Lit(Ty.FLOAT64, "0.0", true) : new E.Lit((Ty) b.type(), BigInteger.ZERO, true));
          }, "division by a constant zero");
      case BAD_SHIFT -> replaceExpr(p, k, e -> e instanceof E.Binary b && (b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR),
          e -> {
            E.Binary b = (E.Binary) e;
            E count = rnd.nextBoolean() ? new E.Unary(Ty.INT, UnaryOp.NEG, E.Lit.of(Ty.INT, 1 + rnd.nextInt(3))) : new E.Lit(Ty.FLOAT64, "1.5", true);
            return new E.Binary(b.type(), b.op(), b.x(), count);
          }, "a shift by a negative or fractional count");
    };
  }

  private E otherLiteral(Ty t) {
    List<E> xs = new ArrayList<>();
    if (t != Ty.STRING) xs.add(E.Lit.str("text"));
    if (t != Ty.BOOL) xs.add(E.Lit.bool(true));
    if (!t.isNumeric()) xs.add(E.Lit.of(Ty.INT, 7));
    if (t.isInteger()) xs.add(new E.Lit(Ty.FLOAT64, "2.5", true));
    if (t.isInteger() && t != Ty.INT) xs.add(new E.Lit(Ty.INT, BigInteger.ONE, false));
    if (t.isInteger() && t != Ty.INT8) xs.add(new E.Lit(Ty.INT8, BigInteger.ONE, false));
    return pick(xs);
  }

  // ---- expression replacement, via a pre-order numbering like the shrinker's ----

  private interface Pred {
    boolean test(E e);
  }

  private interface Repl {
    E apply(E e);
  }

  private Mutant replaceExpr(Prog p, Kind k, Pred where, Repl with, String what) {
    List<Integer> sites = new ArrayList<>();
    Rewrite.exprs(p, (i, e) -> {
      if (where.test(e)) sites.add(i);
      return e;
    });
    if (sites.isEmpty()) return null;
    int site = pick(sites);
    Prog q = Rewrite.exprs(p, (i, e) -> i == site ? with.apply(e) : e);
    return new Mutant(q, null, List.of(), k, what);
  }

  // ---- statement edits ----

  /** Inserts s into a random statement list (a function's top level when outsideLoops). */
  private Mutant insert(Prog p, Kind k, boolean outsideLoops, S s, String what) {
    List<Fn> fns = new ArrayList<>(p.funcs());
    int fi = rnd.nextInt(fns.size());
    Fn f = fns.get(fi);
    List<S> body = new ArrayList<>(f.body());
    if (outsideLoops || body.isEmpty() || rnd.nextBoolean()) {
      body.add(rnd.nextInt(body.size() + 1), s);
    } else {
      int at = rnd.nextInt(body.size());
      body.set(at, insertNested(body.get(at), s));
    }
    fns.set(fi, f.withBody(body));
    return new Mutant(p.withFuncs(fns), null, List.of(), k, what);
  }

  private S insertNested(S host, S s) {
    return switch (host) {
      case S.If i -> {
        List<S> then = new ArrayList<>(i.then());
        then.add(rnd.nextInt(then.size() + 1), s);
        yield new S.If(i.init(), i.cond(), then, i.els());
      }
      case S.For f -> {
        List<S> body = new ArrayList<>(f.body());
        body.add(rnd.nextInt(body.size() + 1), s);
        yield new S.For(f.kind(), f.label(), f.counter(), f.counterType(), f.bound(), body);
      }
      case S.Block b -> {
        List<S> body = new ArrayList<>(b.body());
        body.add(rnd.nextInt(body.size() + 1), s);
        yield new S.Block(body);
      }
      default -> new S.Block(List.of(host, s));
    };
  }

  private Mutant duplicate(Prog p) {
    int k = rnd.nextInt(4);
    if (k == 0 && p.funcs().size() > 1) {
      List<Fn> fns = new ArrayList<>(p.funcs());
      Fn f = fns.get(rnd.nextInt(fns.size()));
      if (f.name().equals("init")) return null;
      fns.add(f);
      return new Mutant(p.withFuncs(fns), null, List.of(), Kind.DUPLICATE, "function " + f.name() + " declared twice");
    }
    if (k == 1 && !p.globals().isEmpty()) {
      List<Prog.Global> gs = new ArrayList<>(p.globals());
      gs.add(pick(gs));
      return new Mutant(p.withGlobals(gs), null, List.of(), Kind.DUPLICATE, "a package variable declared twice");
    }
    if (k == 2 && !p.consts().isEmpty()) {
      List<S.Const> cs = new ArrayList<>(p.consts());
      cs.add(pick(cs));
      return new Mutant(p.withConsts(cs), null, List.of(), Kind.DUPLICATE, "a constant declared twice");
    }
    // A local declaration repeated right after itself.
    List<Fn> fns = new ArrayList<>(p.funcs());
    for (int attempt = 0; attempt < 5; attempt++) {
      int fi = rnd.nextInt(fns.size());
      List<S> body = fns.get(fi).body();
      List<Integer> decls = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof S.Decl || body.get(i) instanceof S.Const) decls.add(i);
      }
      if (decls.isEmpty()) continue;
      int at = pick(decls);
      List<S> nb = new ArrayList<>(body);
      nb.add(at + 1, body.get(at));
      fns.set(fi, fns.get(fi).withBody(nb));
      return new Mutant(p.withFuncs(fns), null, List.of(), Kind.DUPLICATE, "a local declaration repeated");
    }
    return null;
  }

  private Mutant replaceIfCond(Prog p) {
    List<Fn> fns = new ArrayList<>(p.funcs());
    int count = 0;
    for (Fn f : fns) count += ifs(f.body());
    if (count == 0) return null;
    int target = rnd.nextInt(count);
    int[] seen = {0};
    E cond = rnd.nextBoolean() ? E.Lit.of(Ty.INT, 1) : E.Lit.str("yes");
    List<Fn> out = new ArrayList<>();
    for (Fn f : fns) out.add(f.withBody(rewriteIf(f.body(), seen, target, cond)));
    return new Mutant(p.withFuncs(out), null, List.of(), Kind.NON_BOOL_COND, "a non-boolean if condition");
  }

  private static int ifs(List<S> list) {
    int[] n = {0};
    Walk.stmts(list, s -> {
      if (s instanceof S.If) n[0]++;
    });
    return n[0];
  }

  private static List<S> rewriteIf(List<S> list, int[] seen, int target, E cond) {
    List<S> out = new ArrayList<>();
    for (S s : list) {
      out.add(switch (s) {
        case S.If i -> {
          boolean hit = seen[0]++ == target;
          yield new S.If(i.init(), hit ? cond : i.cond(), rewriteIf(i.then(), seen, target, cond),
              i.els() == null ? null : rewriteIf(i.els(), seen, target, cond));
        }
        case S.For f -> new S.For(f.kind(), f.label(), f.counter(), f.counterType(), f.bound(), rewriteIf(f.body(), seen, target, cond));
        case S.Block b -> new S.Block(rewriteIf(b.body(), seen, target, cond));
        case S.Switch w -> {
          List<S.Case> cases = new ArrayList<>();
          for (S.Case c : w.cases()) cases.add(new S.Case(c.values(), rewriteIf(c.body(), seen, target, cond), c.fallthrough()));
          yield new S.Switch(w.tag(), cases, w.dflt() == null ? null : rewriteIf(w.dflt(), seen, target, cond), w.defaultAt());
        }
        default -> s;
      });
    }
    return out;
  }

  private Mutant assignConst(Prog p) {
    List<Fn> fns = new ArrayList<>(p.funcs());
    int fi = rnd.nextInt(fns.size());
    Fn f = fns.get(fi);
    List<S> body = new ArrayList<>(f.body());
    String name;
    Ty t;
    if (!p.consts().isEmpty() && rnd.nextBoolean()) {
      S.Const c = pick(p.consts());
      name = c.name();
      t = c.type();
      body.add(rnd.nextInt(body.size() + 1), new S.Assign(name, literalOf(t)));
    } else {
      name = "k" + (++fresh);
      t = Ty.INT;
      int at = rnd.nextInt(body.size() + 1);
      body.add(at, new S.Const(name, t, E.Lit.of(Ty.INT, 3), rnd.nextBoolean()));
      body.add(at + 1, new S.Assign(name, E.Lit.of(Ty.INT, 4)));
    }
    fns.set(fi, f.withBody(body));
    return new Mutant(p.withFuncs(fns), null, List.of(), Kind.ASSIGN_CONST, "an assignment to constant " + name);
  }

  private static E literalOf(T any) {
    if (!(any instanceof Ty t)) return E.Lit.of(Ty.INT, 1);
    return switch (t) {
      case BOOL -> E.Lit.bool(true);
      case STRING -> E.Lit.str("s");
      case FLOAT64 -> new E.Lit(t, "1.0", true);
      default -> new E.Lit(t, BigInteger.ONE, true);
    };
  }

  private Mutant missingReturn(Prog p) {
    List<Integer> cands = new ArrayList<>();
    for (int i = 0; i < p.funcs().size(); i++) {
      Fn f = p.funcs().get(i);
      if (!f.results().isEmpty() && !f.body().isEmpty() && f.body().getLast() instanceof S.Return) cands.add(i);
    }
    if (cands.isEmpty()) return null;
    int fi = pick(cands);
    List<Fn> fns = new ArrayList<>(p.funcs());
    Fn f = fns.get(fi);
    fns.set(fi, f.withBody(f.body().subList(0, f.body().size() - 1)));
    return new Mutant(p.withFuncs(fns), null, List.of(), Kind.MISSING_RETURN, "no return at the end of " + f.name());
  }

  private Mutant returnCount(Prog p) {
    List<Integer> cands = new ArrayList<>();
    for (int i = 0; i < p.funcs().size(); i++) {
      Fn f = p.funcs().get(i);
      if (!f.body().isEmpty() && f.body().getLast() instanceof S.Return) cands.add(i);
    }
    if (cands.isEmpty()) {
      // main: a return with a value.
      List<Fn> fns = new ArrayList<>(p.funcs());
      Fn main = fns.getLast();
      List<S> body = new ArrayList<>(main.body());
      body.add(new S.Return(List.of(E.Lit.of(Ty.INT, 0))));
      fns.set(fns.size() - 1, main.withBody(body));
      return new Mutant(p.withFuncs(fns), null, List.of(), Kind.RETURN_COUNT, "a value returned from main");
    }
    int fi = pick(cands);
    List<Fn> fns = new ArrayList<>(p.funcs());
    Fn f = fns.get(fi);
    S.Return r = (S.Return) f.body().getLast();
    List<E> values = new ArrayList<>(r.values());
    if (!values.isEmpty() && rnd.nextBoolean()) values.removeLast();
    else values.add(E.Lit.of(Ty.INT, 1));
    List<S> body = new ArrayList<>(f.body());
    body.set(body.size() - 1, new S.Return(values));
    fns.set(fi, f.withBody(body));
    return new Mutant(p.withFuncs(fns), null, List.of(), Kind.RETURN_COUNT, "a return with the wrong number of values in " + f.name());
  }

  private Mutant badCall(Prog p) {
    boolean drop = rnd.nextBoolean();
    Mutant m = replaceExpr(p, Kind.BAD_CALL, e -> e instanceof E.Call c && (!drop || !c.args().isEmpty()), e -> {
      E.Call c = (E.Call) e;
      List<E> args = new ArrayList<>(c.args());
      if (drop) args.removeLast();
      else args.add(E.Lit.of(Ty.INT, 1));
      return new E.Call(c.type(), c.fn(), args, c.recursive());
    }, drop ? "a call with an argument too few" : "a call with an argument too many");
    if (m != null) return m;
    // A multi-value call assigned to the wrong number of variables.
    List<Fn> fns = new ArrayList<>(p.funcs());
    for (int fi = 0; fi < fns.size(); fi++) {
      List<S> body = fns.get(fi).body();
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof S.MultiCall mc && mc.define() && mc.names().size() > 1) {
          List<String> names = new ArrayList<>(mc.names());
          List<T> types = new ArrayList<>(mc.types());
          names.add("extra" + (++fresh));
          types.add(Ty.INT);
          List<S> nb = new ArrayList<>(body);
          nb.set(i, new S.MultiCall(names, types, true, mc.fn(), mc.args(), mc.recursive()));
          fns.set(fi, fns.get(fi).withBody(nb));
          return new Mutant(p.withFuncs(fns), null, List.of(), Kind.BAD_CALL, "more variables than results");
        }
      }
    }
    return null;
  }
}
