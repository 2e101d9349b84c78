package dev.gosem.fuzz.shrink;

import dev.gosem.api.Program;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.run.Diff;
import dev.gosem.fuzz.run.GoToolchain;
import dev.gosem.fuzz.run.Gosem;
import dev.gosem.fuzz.run.Outcome;
import dev.gosem.fuzz.run.Setting;
import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fixup;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.Rewrite;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.Size;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Walk;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinker reduces a program that shows a mismatch to a small one that shows the same mismatch
 * (same kind, same signature; see {@link Diff.Mismatch#sameAs}), by delta reduction over the
 * generator's tree: whole functions, globals and constants go first, then chunks of statement
 * lists from halves down to single statements, then statements are replaced by their bodies,
 * then expressions by literals or by their own subexpressions. A candidate must be strictly
 * smaller, still accepted by Go, and still show the mismatch; candidates are tested a batch per
 * {@code go build}, the first that passes wins, and the search starts again from it until no
 * candidate passes or the time is up.
 */
public final class Shrinker {
  private static final int BATCH = 8;

  private final Setting target;
  private final Diff.Mismatch want;
  private final Duration timeout;
  private final PrintStream log;
  private final Duration budget;
  private final GoToolchain go = new GoToolchain();
  private Outcome lastGo;
  private Gosem.Result lastGot;
  private int tests;

  public Shrinker(Setting target, Diff.Mismatch want, Duration timeout, PrintStream log) {
    this(target, want, timeout, log, Duration.ofMinutes(5));
  }

  public Shrinker(Setting target, Diff.Mismatch want, Duration timeout, PrintStream log, Duration budget) {
    this.target = target;
    this.want = want;
    this.timeout = timeout;
    this.log = log;
    this.budget = budget;
  }

  /** Go's outcome for the program shrink returned (null if nothing was tested). */
  public Outcome lastGo() {
    return lastGo;
  }

  public Gosem.Result lastGot() {
    return lastGot;
  }

  public Prog shrink(Prog p) {
    Instant deadline = Instant.now().plus(budget);
    Prog best = p;
    int before = Size.of(p);
    // Where the last success was in the candidate list: the next round starts there, since the
    // candidates before it have just failed (in a slightly larger program).
    int startAt = 0;
    boolean progress = true;
    while (progress && Instant.now().isBefore(deadline)) {
      progress = false;
      List<Prog> smaller = smallerCandidates(best);
      startAt = Math.min(startAt, smaller.size());
      List<Prog> order = new ArrayList<>(smaller.subList(startAt, smaller.size()));
      order.addAll(smaller.subList(0, startAt));
      for (int i = 0; i < order.size() && Instant.now().isBefore(deadline); i += BATCH) {
        List<Prog> batch = order.subList(i, Math.min(order.size(), i + BATCH));
        Prog ok = firstPassing(batch);
        if (ok != null) {
          startAt = (startAt + i + batch.indexOf(ok)) % Math.max(1, smaller.size());
          best = ok;
          progress = true;
          break;
        }
      }
    }
    if (log != null) log.println("  shrunk seed " + p.seed() + " from size " + before + " to " + Size.of(best) + " in " + tests + " tests");
    return best;
  }

  private static List<Prog> smallerCandidates(Prog best) {
    int size = Size.of(best);
    List<Prog> smaller = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Prog c : candidates(best)) {
      Prog f = Fixup.program(c);
      if (Size.of(f) < size && seen.add(f.toString())) smaller.add(f);
    }
    return smaller;
  }

  /** The first candidate Go accepts that still shows the mismatch, or null. */
  private Prog firstPassing(List<Prog> batch) {
    Map<String, Prog> byPkg = new LinkedHashMap<>();
    Map<String, Program> programs = new LinkedHashMap<>();
    Map<String, Gosem.Result> early = new LinkedHashMap<>();
    Map<String, Map<String, String>> sources = new LinkedHashMap<>();
    // A crash or a rejection by gosem does not depend on what Go prints: those are checked on
    // gosem first, and only candidates that still show them go to go build.
    boolean gosemFirst = want.kind() == Diff.Kind.INTERNAL || want.kind() == Diff.Kind.REJECTED;
    int n = 0;
    for (Prog c : batch) {
      String pkg = "c" + (n++);
      Program prog;
      String src;
      try {
        prog = ToProgram.of(c);
        src = GoPrinter.print(prog, GoPrinter.Options.go119()).get("main.go");
      } catch (RuntimeException e) {
        continue;
      }
      if (gosemFirst) {
        Gosem.Result r = Gosem.run(prog, target, timeout);
        if (!want.sameAs(Diff.compare(null, r))) continue;
        early.put(pkg, r);
      } else if (!checks(prog)) {
        continue;
      }
      byPkg.put(pkg, c);
      programs.put(pkg, prog);
      sources.put("p" + pkg, Map.of("main.go", src));
    }
    if (sources.isEmpty()) return null;
    Path dir;
    try {
      dir = Files.createTempDirectory("gosem-shrink-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Map<String, GoToolchain.Build> builds = go.build(dir, sources, true);
      for (Map.Entry<String, Prog> e : byPkg.entrySet()) {
        GoToolchain.Build b = builds.get("p" + e.getKey());
        if (b == null || b.binary() == null) continue;
        tests++;
        Outcome o = GoToolchain.run(b.binary(), timeout);
        if (o.timedOut()) continue;
        Gosem.Result r = early.containsKey(e.getKey()) ? early.get(e.getKey()) : Gosem.run(programs.get(e.getKey()), target, timeout);
        Diff.Mismatch m = Diff.compare(o, r);
        if (want.sameAs(m)) {
          lastGo = o;
          lastGot = r;
          return e.getValue();
        }
      }
      return null;
    } finally {
      GoToolchain.deleteTree(dir);
    }
  }

  /** Whether gosem's type checker accepts the program (a cheap filter before go build). */
  private static boolean checks(Program p) {
    try {
      TypeChecker.check(p);
      return true;
    } catch (CompileException e) {
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      return true;
    }
  }

  // ---- candidates, larger reductions first ----

  static List<Prog> candidates(Prog p) {
    List<Prog> out = new ArrayList<>();
    // Whole declarations.
    for (int i = 0; i < p.funcs().size(); i++) {
      if (p.funcs().get(i).name().equals("main")) continue;
      List<Fn> fns = new ArrayList<>(p.funcs());
      fns.remove(i);
      out.add(p.withFuncs(fns));
    }
    for (int i = 0; i < p.globals().size(); i++) {
      List<Prog.Global> gs = new ArrayList<>(p.globals());
      gs.remove(i);
      out.add(p.withGlobals(gs));
    }
    for (int i = 0; i < p.consts().size(); i++) {
      List<S.Const> cs = new ArrayList<>(p.consts());
      cs.remove(i);
      out.add(p.withConsts(cs));
    }
    // Chunks of statement lists, halves first.
    int lists = Rewrite.countLists(p);
    List<int[]> sizes = new ArrayList<>();
    Rewrite.lists(p, (k, l) -> {
      sizes.add(new int[] {k, l.size()});
      return l;
    });
    for (int chunkDiv = 1; chunkDiv <= 64; chunkDiv *= 2) {
      for (int[] ks : sizes) {
        int k = ks[0];
        int len = ks[1];
        int chunk = Math.max(1, len / chunkDiv);
        if (len / chunkDiv == 0 && chunkDiv > 1) continue;
        for (int from = 0; from < len; from += chunk) {
          int a = from;
          int b = Math.min(len, from + chunk);
          out.add(Rewrite.lists(p, (kk, l) -> {
            if (kk != k) return l;
            List<S> r = new ArrayList<>(l.subList(0, a));
            r.addAll(l.subList(b, l.size()));
            return r;
          }));
        }
      }
    }
    // Statements replaced by what they contain.
    for (int k = 0; k < lists; k++) {
      int kk = k;
      int len = sizes.get(k)[1];
      for (int j = 0; j < len; j++) {
        int jj = j;
        for (int alt = 0; alt < 4; alt++) {
          int aa = alt;
          Prog c = Rewrite.lists(p, (x, l) -> {
            if (x != kk) return l;
            List<S> inner = unwrap(l.get(jj), aa);
            if (inner == null) return l;
            List<S> r = new ArrayList<>(l.subList(0, jj));
            r.addAll(inner);
            r.addAll(l.subList(jj + 1, l.size()));
            return r;
          });
          if (!c.equals(p)) out.add(c);
        }
      }
    }
    // Expressions replaced by literals or by their subexpressions.
    int exprs = Rewrite.countExprs(p);
    List<E> all = new ArrayList<>();
    Rewrite.exprs(p, (k, e) -> {
      all.add(e);
      return e;
    });
    for (int k = 0; k < exprs; k++) {
      E e = all.get(k);
      if (e.type() == null) continue;
      List<E> repl = new ArrayList<>();
      if (!(e instanceof E.Lit) && e.type() instanceof Ty t) repl.addAll(simplest(t));
      for (E c : Walk.children(e)) {
        if (java.util.Objects.equals(c.type(), e.type())) repl.add(c);
      }
      for (E r : repl) {
        int kk = k;
        out.add(Rewrite.exprs(p, (x, old) -> x == kk ? r : old));
      }
    }
    return out;
  }

  /** The statements that may stand for s (alternative alt), or null. */
  private static List<S> unwrap(S s, int alt) {
    return switch (s) {
      case S.If i -> alt == 0 && i.init() == null ? i.then() : alt == 1 && i.init() == null && i.els() != null ? i.els() : null;
      case S.Block b -> alt == 0 ? b.body() : null;
      case S.For f -> alt == 0 && f.kind() == S.LoopKind.RANGE_INT && !Walk.uses(f.body(), f.counter())
          && f.label() == null ? f.body() : null;
      case S.Switch w -> {
        if (alt < w.cases().size() && alt < 3) yield w.cases().get(alt).body();
        if (alt == 3 && w.dflt() != null) yield w.dflt();
        yield null;
      }
      case S.TypeSwitch w -> {
        List<S> body = alt < w.cases().size() && alt < 3 ? w.cases().get(alt).body() : alt == 3 ? w.dflt() : null;
        yield body == null || (w.bind() != null && Walk.uses(body, w.bind())) ? null : body;
      }
      default -> null;
    };
  }

  private static List<E> simplest(Ty t) {
    return switch (t) {
      case BOOL -> List.of(E.Lit.bool(false), E.Lit.bool(true));
      case STRING -> List.of(E.Lit.str(""), E.Lit.str("a"));
      case FLOAT64 -> List.of(new E.Lit(t, "0.0", true), new E.Lit(t, "1.0", true));
      default -> List.of(new E.Lit(t, BigInteger.ZERO, false), new E.Lit(t, BigInteger.ONE, false));
    };
  }
}
