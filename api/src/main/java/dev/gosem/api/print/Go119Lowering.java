package dev.gosem.api.print;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Go119Lowering rewrites a file into equivalent Go 1.19 source, for making golden outputs with a
 * Go 1.19 toolchain. For now the only newer construct is range over an integer (Go 1.22). Which
 * range loops are over an integer (rather than a string, array, slice or map, which stay as they
 * are) a predicate says: the caller's, from type information, or {@link RangeKinds}' syntactic
 * answer. Loops inside function literals are lowered too.
 *
 * <h2>Range over an integer</h2>
 *
 * Go 1.22's {@code for i := range n { body }} evaluates n once; i takes the values 0 .. n-1 (none
 * if n <= 0) and has n's type, or the default type of n when n is an untyped constant (int for an
 * integer constant, rune for a rune constant); each iteration has a fresh i, and assigning to i in
 * the body does not change the iteration count. Without the type checker the lowering must be
 * syntactic, so it gets the type from n itself, by declaring the bound with {@code :=}, which
 * gives exactly "n's type, or its default type":
 *
 * <pre>{@code
 * n_ := n                                   // n evaluated once, before the loop
 * for i_ := n_ - n_; i_ < n_; i_++ {        // i_ has n_'s type; counts iterations
 *         i := i_                           // a fresh i per iteration; assigning it is harmless
 *         body
 * }
 * }</pre>
 *
 * When n is an integer literal (untyped, so i is an int) the bound needs no variable: {@code
 * for i_ := 0; i_ < 10; i_++ { i := i_ ... }}. {@code for range n} is the same loop without the
 * {@code i := i_} line. The hoisted {@code n_ := n} goes before the loop in the same block,
 * before the loop's labels, so that {@code break L} and {@code continue L} still name the loop.
 *
 * <p>The assignment form {@code for i = range n}, with i an existing variable, gives the values
 * i's type (for an untyped constant n; for a typed n the types must be identical anyway), so the
 * bound is declared as {@code n_ := i - i + n} and the body starts with {@code i = i_}. Only an
 * identifier is supported as the assigned variable: reading a more complex operand early could
 * have effects the original does not have.
 *
 * <p>Hidden names are the loop's names with an underscore appended ({@code i_}, {@code n_};
 * {@code n_} for a bound that is not a name), followed by a number if that name is already
 * spelled anywhere in the program, so they cannot capture or shadow a user's name; within a
 * function every hidden name is used once (so a second hoisted bound in the same block gets
 * {@code n_1}).
 *
 * <p>No {@code _ = i} is added after {@code i := i_}: i is read in the lowered body exactly when
 * it is read in the original body, and Go reports an unused range variable ({@code for i :=
 * range n {}} is "i declared and not used" in every Go version), so a valid program stays valid
 * and an invalid one stays invalid. If the body declares its own i at its top level (legal in Go
 * 1.22, where the body is a scope nested in the loop's), the body becomes a nested block.
 */
final class Go119Lowering {
  private final Set<String> programNames;
  private final Predicate<Stmt.Range> overInteger;
  /** The program's names and the hidden names invented so far in the current declaration. */
  private Set<String> used;

  /**
   * {@code programNames}: every name the program spells; {@code overInteger}: which range loops
   * range over an integer (only those are rewritten).
   */
  Go119Lowering(Set<String> programNames, Predicate<Stmt.Range> overInteger) {
    this(programNames, overInteger, false);
  }

  /**
   * With perIteration (a program for Go 1.22 or later), three-clause and range loops whose
   * variables a function literal in the body refers to (or whose address the body takes) get an
   * explicit per-iteration copy at the top of the body, {@code i := i}: Go 1.19 shares one
   * variable between iterations, Go 1.22 gives each iteration its own. A three-clause loop whose
   * body assigns the variable cannot be lowered so (the copy would not flow back to the post
   * statement) and is refused.
   */
  Go119Lowering(Set<String> programNames, Predicate<Stmt.Range> overInteger, boolean perIteration) {
    this.programNames = Set.copyOf(programNames);
    this.overInteger = overInteger;
    this.perIteration = perIteration;
  }

  private final boolean perIteration;

  File lower(File f) {
    List<Decl> decls = new ArrayList<>();
    for (Decl d : f.decls()) {
      used = new HashSet<>(programNames); // scopes of different declarations never overlap
      decls.add(switch (d) {
        case Decl.FuncDecl fd ->
            new Decl.FuncDecl(fd.recv(), fd.name(), fd.params(), fd.results(), fd.body() == null ? null : block(fd.body()), fd.pos());
        case Decl.GenDecl gd -> genDecl(gd);
        case Decl.TypeDecl td -> td;
      });
    }
    return new File(f.name(), f.packageName(), f.imports(), decls, f.pos(), f.buildConstraint());
  }

  private Stmt.Block block(Stmt.Block b) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : b.stmts()) lowerInto(s, out);
    return new Stmt.Block(out, b.pos(), b.end());
  }

  private List<Stmt> stmts(List<Stmt> list) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : list) lowerInto(s, out);
    return out;
  }

  /** Adds the lowering of s to a statement list: a range loop may need a statement before it. */
  private void lowerInto(Stmt s, List<Stmt> out) {
    List<Stmt.Labeled> labels = new ArrayList<>();
    Stmt core = s;
    while (core instanceof Stmt.Labeled l) {
      labels.add(l);
      core = l.stmt();
    }
    Stmt lowered = core instanceof Stmt.Range r && overInteger.test(r) ? range(r, out) : stmt(core);
    for (int i = labels.size() - 1; i >= 0; i--) {
      Stmt.Labeled l = labels.get(i);
      lowered = new Stmt.Labeled(l.label(), lowered, l.pos());
    }
    out.add(lowered);
  }

  private Decl.GenDecl genDecl(Decl.GenDecl gd) {
    List<Spec.ValueSpec> specs = new ArrayList<>();
    for (Spec.ValueSpec vs : gd.specs()) specs.add(new Spec.ValueSpec(vs.names(), vs.type(), exprs(vs.values()), vs.pos()));
    return new Decl.GenDecl(gd.kind(), specs, gd.grouped(), gd.pos());
  }

  /** A statement with the range loops in it lowered, including those in function literals. */
  private Stmt stmt(Stmt s) {
    return switch (s) {
      case null -> null;
      case Stmt.Block b -> block(b);
      case Stmt.If i -> new Stmt.If(stmt(i.init()), expr(i.cond()), block(i.then()), stmt(i.els()), i.pos());
      case Stmt.For f -> new Stmt.For(stmt(f.init()), expr(f.cond()), stmt(f.post()),
          perIterationCopies(loopVarNames(f), block(f.body()), true), f.pos());
      case Stmt.Labeled l -> {
        // only reached for a labeled statement outside a statement list (not valid Go)
        List<Stmt> out = new ArrayList<>();
        lowerInto(l, out);
        yield out.size() == 1 ? out.getFirst() : new Stmt.Block(out, l.pos(), l.pos());
      }
      case Stmt.Range r when overInteger.test(r) -> {
        List<Stmt> out = new ArrayList<>();
        Stmt loop = range(r, out);
        if (out.isEmpty()) yield loop;
        out.add(loop);
        yield new Stmt.Block(out, r.pos(), r.pos());
      }
      case Stmt.Range r -> new Stmt.Range(r.key(), r.value(), r.define(), expr(r.x()),
          perIterationCopies(loopVarNames(r), block(r.body()), false), r.pos());
      case Stmt.Switch sw -> new Stmt.Switch(stmt(sw.init()), expr(sw.tag()), clauses(sw.clauses()), sw.pos());
      case Stmt.TypeSwitch sw -> new Stmt.TypeSwitch(stmt(sw.init()), sw.bind(), expr(sw.x()), clauses(sw.clauses()), sw.pos());
      case Stmt.ExprStmt e -> new Stmt.ExprStmt(expr(e.x()), e.pos());
      case Stmt.Assign a -> new Stmt.Assign(exprs(a.lhs()), a.op(), exprs(a.rhs()), a.pos());
      case Stmt.IncDec i -> new Stmt.IncDec(expr(i.x()), i.inc(), i.pos());
      case Stmt.Return r -> new Stmt.Return(exprs(r.results()), r.pos());
      case Stmt.DeclStmt d -> new Stmt.DeclStmt(genDecl(d.decl()), d.pos());
      case Stmt.Defer d -> new Stmt.Defer((Expr.Call) expr(d.call()), d.pos());
      case Stmt.Go g -> new Stmt.Go((Expr.Call) expr(g.call()), g.pos());
      case Stmt.Send sd -> new Stmt.Send(expr(sd.ch()), expr(sd.value()), sd.pos());
      case Stmt.Select sel -> {
        List<Stmt.CommClause> out = new ArrayList<>();
        for (Stmt.CommClause c : sel.clauses()) out.add(new Stmt.CommClause(stmt(c.comm()), stmts(c.body()), c.pos()));
        yield new Stmt.Select(out, sel.pos());
      }
      case Stmt.TypeDeclStmt t -> t;
      case Stmt.Branch b -> b;
      case Stmt.Empty e -> e;
    };
  }

  private List<String> loopVarNames(Stmt loop) {
    List<String> names = new ArrayList<>();
    if (!perIteration) return names;
    List<Expr> vars = switch (loop) {
      case Stmt.For f when f.init() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE -> a.lhs();
      case Stmt.Range r when r.define() -> java.util.Arrays.asList(r.key(), r.value());
      default -> List.of();
    };
    for (Expr e : vars) if (e instanceof Expr.Ident id && !id.name().equals("_")) names.add(id.name());
    return names;
  }

  /** The body with {@code v := v} first for each loop variable a closure or & in it can observe. */
  private Stmt.Block perIterationCopies(List<String> names, Stmt.Block body, boolean threeClause) {
    List<Stmt> copies = new ArrayList<>();
    for (String n : names) {
      if (!observed(body, n) || copiesFirst(body, n)) continue;
      if (threeClause && assigned(body, n)) {
        throw new IllegalArgumentException(body.pos() + ": the Go 1.19 lowering cannot give each iteration its own "
            + n + ": the loop body assigns it (copy it to a variable of your own in the body)");
      }
      Pos p = body.pos();
      copies.add(new Stmt.Assign(List.of(ident(n, p)), AssignOp.DEFINE, List.of(ident(n, p)), p));
    }
    if (copies.isEmpty()) return body;
    boolean nested = false;
    for (String n : names) nested |= declaresAtTop(body.stmts(), n);
    List<Stmt> out = new ArrayList<>(copies);
    if (nested) out.add(body);
    else out.addAll(body.stmts());
    return new Stmt.Block(out, body.pos(), body.end());
  }

  /** Whether the body starts with its own copy of the variable ({@code i := i} or {@code i, w := i, w}). */
  private static boolean copiesFirst(Stmt.Block body, String name) {
    if (body.stmts().isEmpty() || !(body.stmts().getFirst() instanceof Stmt.Assign a) || a.op() != AssignOp.DEFINE
        || a.lhs().size() != a.rhs().size()) {
      return false;
    }
    for (int i = 0; i < a.lhs().size(); i++) {
      if (a.lhs().get(i) instanceof Expr.Ident l && l.name().equals(name)
          && a.rhs().get(i) instanceof Expr.Ident r && r.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a function literal in n mentions name, or n takes its address. */
  private static boolean observed(Stmt.Block body, String name) {
    boolean[] found = new boolean[1];
    Children.walk(body, n -> {
      if (n instanceof Expr.FuncLit fl) Children.walk(fl.body(), m -> found[0] |= m instanceof Expr.Ident id && id.name().equals(name));
      if (n instanceof Expr.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.ADDR && u.x() instanceof Expr.Ident id && id.name().equals(name)) found[0] = true;
    });
    return found[0];
  }

  private static boolean assigned(Stmt.Block body, String name) {
    boolean[] found = new boolean[1];
    Children.walk(body, n -> {
      if (n instanceof Stmt.Assign a && a.op() != AssignOp.DEFINE) {
        for (Expr e : a.lhs()) found[0] |= e instanceof Expr.Ident id && id.name().equals(name);
      }
      if (n instanceof Stmt.IncDec i) found[0] |= i.x() instanceof Expr.Ident id && id.name().equals(name);
    });
    return found[0];
  }

  private List<Stmt.CaseClause> clauses(List<Stmt.CaseClause> clauses) {
    List<Stmt.CaseClause> out = new ArrayList<>();
    for (Stmt.CaseClause c : clauses) out.add(new Stmt.CaseClause(exprs(c.list()), stmts(c.body()), c.pos()));
    return out;
  }

  private List<Expr> exprs(List<Expr> list) {
    List<Expr> out = new ArrayList<>(list.size());
    boolean changed = false;
    for (Expr e : list) {
      Expr l = expr(e);
      changed |= l != e;
      out.add(l);
    }
    return changed ? out : list;
  }

  /**
   * An expression with the range loops in its function literals lowered; unchanged parts (all of
   * it when it holds no function literal) stay the same objects.
   */
  private Expr expr(Expr e) {
    return switch (e) {
      case null -> null;
      case Expr.FuncLit fl -> new Expr.FuncLit(fl.type(), block(fl.body()), fl.pos());
      case Expr.Ident i -> i;
      case Expr.BasicLit l -> l;
      case Expr.Binary b -> same(b, b.x(), b.y()) ? b : new Expr.Binary(expr(b.x()), b.op(), expr(b.y()), b.pos());
      case Expr.Unary u -> same(u, u.x()) ? u : new Expr.Unary(u.op(), expr(u.x()), u.pos());
      case Expr.Call c -> {
        Expr fun = expr(c.fun());
        List<Expr> args = exprs(c.args());
        yield fun == c.fun() && args == c.args() ? c : new Expr.Call(fun, args, c.ellipsis(), c.pos());
      }
      case Expr.Selector s -> same(s, s.x()) ? s : new Expr.Selector(expr(s.x()), s.sel(), s.pos());
      case Expr.Index i -> same(i, i.x(), i.index()) ? i : new Expr.Index(expr(i.x()), expr(i.index()), i.pos());
      case Expr.Paren p -> same(p, p.x()) ? p : new Expr.Paren(expr(p.x()), p.pos());
      case Expr.Star s -> same(s, s.x()) ? s : new Expr.Star(expr(s.x()), s.pos());
      case Expr.CompositeLit cl -> {
        List<Expr> elts = exprs(cl.elts());
        yield elts == cl.elts() ? cl : new Expr.CompositeLit(cl.type(), elts, cl.pos());
      }
      case Expr.KeyValue kv -> same(kv, kv.key(), kv.value()) ? kv : new Expr.KeyValue(expr(kv.key()), expr(kv.value()), kv.pos());
      case Expr.SliceExpr se -> same(se, se.x(), se.lo(), se.hi(), se.max()) ? se
          : new Expr.SliceExpr(expr(se.x()), expr(se.lo()), expr(se.hi()), expr(se.max()), se.slice3(), se.pos());
      case Expr.TypeAssert ta -> same(ta, ta.x()) ? ta : new Expr.TypeAssert(expr(ta.x()), ta.type(), ta.pos());
      // type expressions hold no statements
      case Expr.ArrayType t -> t;
      case Expr.MapType t -> t;
      case Expr.ChanType t -> t;
      case Expr.StructType t -> t;
      case Expr.InterfaceType t -> t;
      case Expr.FuncType t -> t;
      case Expr.Ellipsis t -> t;
    };
  }

  /** Whether none of the given parts holds a function literal (so the node stays as it is). */
  private static boolean same(Expr node, Expr... parts) {
    for (Expr p : parts) if (p != null && hasFuncLit(p)) return false;
    return true;
  }

  private static boolean hasFuncLit(Expr e) {
    boolean[] found = new boolean[1];
    Children.walk(e, n -> found[0] |= n instanceof Expr.FuncLit);
    return found[0];
  }

  /** The Go 1.19 loop for a range over an integer; a hoisted bound declaration goes to {@code pre}. */
  private Stmt range(Stmt.Range r, List<Stmt> pre) {
    Pos p = r.pos();
    if (r.value() != null) {
      throw new IllegalArgumentException(p + ": range over an integer permits only one iteration variable");
    }
    String key = null;
    if (r.key() != null) {
      if (!(r.key() instanceof Expr.Ident id)) {
        throw new IllegalArgumentException(p + ": the Go 1.19 lowering of range over an integer supports only an"
            + " identifier as iteration variable, not " + GoPrinter.print(r.key()));
      }
      key = id.name();
      // for _ = range n assigns nothing; for _ := range n stays (as _ := i_) and so keeps its error
      if (key.equals("_") && !r.define()) key = null;
    }

    Expr x = expr(r.x());
    Expr.Ident counter = ident(fresh(key == null || key.equals("_") ? "i" : key), p);
    Expr bound;
    Expr start;
    if (key == null || r.define()) {
      if (x instanceof Expr.BasicLit lit && lit.kind() == Expr.LitKind.INT) {
        bound = x;
        start = new Expr.BasicLit(Expr.LitKind.INT, "0", p);
      } else {
        bound = hoist(x, x, pre, p);
        start = new Expr.Binary(bound, BinaryOp.SUB, bound, p);
      }
    } else {
      Expr.Ident k = ident(key, p);
      Expr typed = new Expr.Binary(new Expr.Binary(k, BinaryOp.SUB, k, p), BinaryOp.ADD, x, p);
      bound = hoist(x, typed, pre, p);
      start = new Expr.Binary(bound, BinaryOp.SUB, bound, p);
    }

    List<Stmt> body = new ArrayList<>();
    List<Stmt> userBody = block(r.body()).stmts();
    if (key != null) {
      AssignOp op = r.define() ? AssignOp.DEFINE : AssignOp.ASSIGN;
      body.add(new Stmt.Assign(List.of(ident(key, p)), op, List.of(counter), p));
    }
    if (key != null && r.define() && declaresAtTop(userBody, key)) {
      body.add(new Stmt.Block(userBody, r.body().pos(), r.body().end()));
    } else {
      body.addAll(userBody);
    }
    return new Stmt.For(
        new Stmt.Assign(List.of(counter), AssignOp.DEFINE, List.of(start), p),
        new Expr.Binary(counter, BinaryOp.LSS, bound, p),
        new Stmt.IncDec(counter, true, p),
        new Stmt.Block(body, r.body().pos(), r.body().end()),
        p);
  }

  /** Declares {@code name_ := value} before the loop; {@code x} names the bound. */
  private Expr.Ident hoist(Expr x, Expr value, List<Stmt> pre, Pos p) {
    Expr.Ident n = ident(fresh(x instanceof Expr.Ident id && !id.name().equals("_") ? id.name() : "n"), p);
    pre.add(new Stmt.Assign(List.of(n), AssignOp.DEFINE, List.of(value), p));
    return n;
  }

  private String fresh(String base) {
    String name = base + "_";
    for (int k = 1; used.contains(name); k++) name = base + "_" + k;
    used.add(name);
    return name;
  }

  private static Expr.Ident ident(String name, Pos p) {
    return new Expr.Ident(name, p);
  }

  /** Whether a statement list declares {@code name} in its own scope (not in nested blocks). */
  private static boolean declaresAtTop(List<Stmt> stmts, String name) {
    for (Stmt s : stmts) {
      while (s instanceof Stmt.Labeled l) s = l.stmt();
      switch (s) {
        case Stmt.Assign a when a.op() == AssignOp.DEFINE -> {
          for (Expr e : a.lhs()) if (e instanceof Expr.Ident id && id.name().equals(name)) return true;
        }
        case Stmt.DeclStmt d -> {
          for (Spec.ValueSpec spec : d.decl().specs()) {
            for (Expr.Ident id : spec.names()) if (id.name().equals(name)) return true;
          }
        }
        case Stmt.TypeDeclStmt d -> {
          for (Spec.TypeSpec spec : d.decl().specs()) if (spec.name().name().equals(name)) return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
