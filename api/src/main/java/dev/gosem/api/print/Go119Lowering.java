package dev.gosem.api.print;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Go119Lowering rewrites a file into equivalent Go 1.19 source, for making golden outputs with a
 * Go 1.19 toolchain. For now the only newer construct is range over an integer (Go 1.22).
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
  /** The program's names and the hidden names invented so far in the current function. */
  private Set<String> used;

  /** {@code programNames}: every name the program spells. */
  Go119Lowering(Set<String> programNames) {
    this.programNames = Set.copyOf(programNames);
  }

  File lower(File f) {
    List<Decl> decls = new ArrayList<>();
    for (Decl d : f.decls()) {
      decls.add(switch (d) {
        case Decl.FuncDecl fd -> {
          used = new HashSet<>(programNames); // scopes of different functions never overlap
          yield new Decl.FuncDecl(fd.recv(), fd.name(), fd.params(), fd.results(), block(fd.body()), fd.pos());
        }
        case Decl.GenDecl gd -> gd;
        case Decl.TypeDecl td -> td;
      });
    }
    return new File(f.name(), f.packageName(), f.imports(), decls, f.pos());
  }

  private Stmt.Block block(Stmt.Block b) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : b.stmts()) lowerInto(s, out);
    return new Stmt.Block(out, b.pos(), b.end());
  }

  /** Adds the lowering of s to a statement list: a range loop may need a statement before it. */
  private void lowerInto(Stmt s, List<Stmt> out) {
    List<Stmt.Labeled> labels = new ArrayList<>();
    Stmt core = s;
    while (core instanceof Stmt.Labeled l) {
      labels.add(l);
      core = l.stmt();
    }
    Stmt lowered = core instanceof Stmt.Range r ? range(r, out) : stmt(core);
    for (int i = labels.size() - 1; i >= 0; i--) {
      Stmt.Labeled l = labels.get(i);
      lowered = new Stmt.Labeled(l.label(), lowered, l.pos());
    }
    out.add(lowered);
  }

  private Stmt stmt(Stmt s) {
    return switch (s) {
      case Stmt.Block b -> block(b);
      case Stmt.If i -> new Stmt.If(i.init(), i.cond(), block(i.then()), i.els() == null ? null : stmt(i.els()), i.pos());
      case Stmt.For f -> new Stmt.For(f.init(), f.cond(), f.post(), block(f.body()), f.pos());
      case Stmt.Labeled l -> {
        // only reached for a labeled statement outside a statement list (not valid Go)
        List<Stmt> out = new ArrayList<>();
        lowerInto(l, out);
        yield out.size() == 1 ? out.getFirst() : new Stmt.Block(out, l.pos(), l.pos());
      }
      case Stmt.Range r -> {
        List<Stmt> out = new ArrayList<>();
        Stmt loop = range(r, out);
        if (out.isEmpty()) yield loop;
        out.add(loop);
        yield new Stmt.Block(out, r.pos(), r.pos());
      }
      default -> s;
    };
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

    Expr.Ident counter = ident(fresh(key == null || key.equals("_") ? "i" : key), p);
    Expr bound;
    Expr start;
    if (key == null || r.define()) {
      if (r.x() instanceof Expr.BasicLit lit && lit.kind() == Expr.LitKind.INT) {
        bound = r.x();
        start = new Expr.BasicLit(Expr.LitKind.INT, "0", p);
      } else {
        bound = hoist(r.x(), r.x(), pre, p);
        start = new Expr.Binary(bound, BinaryOp.SUB, bound, p);
      }
    } else {
      Expr.Ident k = ident(key, p);
      Expr typed = new Expr.Binary(new Expr.Binary(k, BinaryOp.SUB, k, p), BinaryOp.ADD, r.x(), p);
      bound = hoist(r.x(), typed, pre, p);
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
        default -> {}
      }
    }
    return false;
  }
}
