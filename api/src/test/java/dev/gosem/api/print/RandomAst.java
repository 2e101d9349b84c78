package dev.gosem.api.print;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * RandomAst makes random, syntactically valid (not type-correct) files of every shape the model
 * has, for comparing the printer with gofmt.
 */
final class RandomAst {
  private static final Pos P = Pos.NONE;
  private static final String[] NAMES = {"a", "b", "c", "x", "yy", "zzz", "é"};
  private static final String[] LITS = {
    "1", "2", "10", "0x1F", "0X1f", "0XAP-2", "1E3", ".5", "1.e5", "0O17", "0B101", "017", "1_000",
    "'a'", "'\\n'", "\"s\"", "\"a b\"", "`raw`", "`two\nlines`"
  };
  private final Random rnd;
  private int labels;

  RandomAst(long seed) {
    this.rnd = new Random(seed);
  }

  private <T> T pick(T[] xs) {
    return xs[rnd.nextInt(xs.length)];
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  Expr.Ident ident() {
    return new Expr.Ident(pick(NAMES), P);
  }

  Expr expr(int depth) {
    if (depth <= 0 || chance(0.2)) {
      if (chance(0.6)) return ident();
      String lit = pick(LITS);
      Expr.LitKind kind = switch (lit.charAt(0)) {
        case '\'' -> Expr.LitKind.RUNE;
        case '"', '`' -> Expr.LitKind.STRING;
        default -> lit.contains(".") || lit.contains("E") || lit.contains("P") ? Expr.LitKind.FLOAT : Expr.LitKind.INT;
      };
      return new Expr.BasicLit(kind, lit, P);
    }
    int r = rnd.nextInt(100);
    if (r < 50) return new Expr.Binary(expr(depth - 1), pick(BinaryOp.values()), expr(depth - 1), P);
    if (r < 64) return new Expr.Unary(pick(UnaryOp.values()), expr(depth - 1), P);
    if (r < 74) return new Expr.Paren(expr(depth - 1), P);
    if (r < 88) {
      Expr fun = chance(0.3) ? new Expr.Selector(new Expr.Ident("fmt", P), "Println", P)
          : chance(0.1) ? expr(depth - 1) : ident();
      List<Expr> args = new ArrayList<>();
      int n = rnd.nextInt(4);
      for (int i = 0; i < n; i++) args.add(expr(depth - 1));
      return new Expr.Call(fun, args, P);
    }
    if (r < 95) return new Expr.Index(chance(0.8) ? ident() : expr(depth - 1), expr(depth - 1), P);
    return new Expr.Selector(chance(0.8) ? ident() : expr(depth - 1), "f", P);
  }

  private List<Expr> exprs(int n, int depth) {
    List<Expr> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) xs.add(expr(depth));
    return xs;
  }

  /** An assignable operand: a name or an index expression. */
  private Expr lhs() {
    return chance(0.8) ? ident() : new Expr.Index(ident(), expr(2), P);
  }

  Stmt simple(int depth) {
    int r = rnd.nextInt(100);
    if (r < 25) return new Stmt.ExprStmt(new Expr.Call(ident(), exprs(rnd.nextInt(3), depth), P), P);
    if (r < 70) {
      AssignOp op = pick(AssignOp.values());
      int n = op.binary() == null ? 1 + rnd.nextInt(3) : 1;
      List<Expr> lhs = new ArrayList<>();
      for (int i = 0; i < n; i++) lhs.add(op == AssignOp.DEFINE ? ident() : lhs());
      List<Expr> rhs = n > 1 && chance(0.3) ? List.of(new Expr.Call(ident(), exprs(2, depth), P)) : exprs(n, depth);
      return new Stmt.Assign(lhs, op, rhs, P);
    }
    return new Stmt.IncDec(lhs(), chance(0.5), P);
  }

  Stmt stmt(int depth) {
    int r = rnd.nextInt(100);
    if (depth <= 0 || r < 30) return simple(3);
    if (r < 36) return new Stmt.Return(exprs(rnd.nextInt(3), 3), P);
    if (r < 40) {
      Stmt.BranchKind k = chance(0.5) ? Stmt.BranchKind.BREAK : Stmt.BranchKind.CONTINUE;
      return new Stmt.Branch(k, chance(0.5) ? "L" + rnd.nextInt(3) : null, P);
    }
    if (r < 44) return new Stmt.DeclStmt(genDecl(), P);
    if (r < 48) return block(depth - 1);
    if (r < 60) return ifStmt(depth);
    if (r < 72) {
      Stmt init = chance(0.4) ? simple(2) : chance(0.2) ? new Stmt.Empty(P) : null;
      Stmt post = chance(0.4) ? simple(2) : null;
      Expr cond = chance(0.7) ? expr(3) : null;
      return new Stmt.For(init, cond, post, block(depth - 1), P);
    }
    if (r < 80) {
      Expr key = chance(0.7) ? lhs() : null;
      Expr value = key != null && chance(0.2) ? ident() : null;
      boolean define = key != null && chance(0.7);
      if (define) key = ident();
      return new Stmt.Range(key, value, define, expr(3), block(depth - 1), P);
    }
    if (r < 92) {
      String label = "L" + labels++;
      return new Stmt.Labeled(label, chance(0.2) ? new Stmt.Empty(P) : stmt(depth - 1), P);
    }
    return new Stmt.Empty(P);
  }

  private Stmt.If ifStmt(int depth) {
    Stmt init = chance(0.3) ? simple(2) : null;
    Stmt els = null;
    if (chance(0.3)) els = ifStmt(depth - 1);
    else if (chance(0.4)) els = block(depth - 1);
    return new Stmt.If(init, expr(3), block(depth - 1), els, P);
  }

  Stmt.Block block(int depth) {
    List<Stmt> stmts = new ArrayList<>();
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) stmts.add(stmt(depth));
    return new Stmt.Block(stmts, P, P);
  }

  Decl.GenDecl genDecl() {
    Decl.Kind kind = chance(0.5) ? Decl.Kind.VAR : Decl.Kind.CONST;
    int n = chance(0.5) ? 1 : 1 + rnd.nextInt(5);
    List<Spec.ValueSpec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Expr.Ident> names = new ArrayList<>();
      int k = 1 + (chance(0.2) ? rnd.nextInt(3) : 0);
      for (int j = 0; j < k; j++) names.add(ident());
      Expr type = chance(0.4) ? new Expr.Ident(chance(0.5) ? "int" : "float64", P) : null;
      List<Expr> values = type != null && kind == Decl.Kind.VAR && chance(0.4) ? List.of() : exprs(k, 2);
      if (kind == Decl.Kind.CONST && i > 0 && chance(0.3)) {
        type = null;
        values = List.of(); // implicit repetition
      }
      specs.add(new Spec.ValueSpec(names, type, values, P));
    }
    return new Decl.GenDecl(kind, specs, n > 1 || chance(0.2), P);
  }

  File file(int funcs) {
    List<Decl> decls = new ArrayList<>();
    for (int i = 0; i < funcs; i++) {
      if (chance(0.3)) decls.add(genDecl());
      List<Field> params = new ArrayList<>();
      for (int j = rnd.nextInt(3); j > 0; j--) params.add(new Field(pick(NAMES), new Expr.Ident("int", P), P));
      List<Field> results = new ArrayList<>();
      boolean named = chance(0.3);
      for (int j = rnd.nextInt(3); j > 0; j--) results.add(new Field(named ? pick(NAMES) : null, new Expr.Ident("int", P), P));
      decls.add(new Decl.FuncDecl("f" + i, params, results, block(4), P));
    }
    List<Spec.ImportSpec> imports = new ArrayList<>();
    for (String path : new String[] {"os", "fmt", "strings", "math/bits", "fmt"}) {
      if (chance(0.4)) imports.add(new Spec.ImportSpec(path, P));
    }
    return new File("main.go", "main", imports, decls, P);
  }
}
