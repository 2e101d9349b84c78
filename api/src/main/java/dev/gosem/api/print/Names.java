package dev.gosem.api.print;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import java.util.HashSet;
import java.util.Set;

/** Names collects every name a file or program spells, so that generated names avoid them all. */
final class Names {
  private final Set<String> names = new HashSet<>();

  private Names() {}

  static Set<String> of(Program p) {
    Names n = new Names();
    p.files().forEach(n::file);
    return n.names;
  }

  static Set<String> of(File f) {
    Names n = new Names();
    n.file(f);
    return n.names;
  }

  private void file(File f) {
    names.add(f.packageName());
    for (Spec.ImportSpec i : f.imports()) names.add(i.name());
    for (Decl d : f.decls()) {
      switch (d) {
        case Decl.FuncDecl fd -> {
          names.add(fd.name());
          fd.params().forEach(this::field);
          fd.results().forEach(this::field);
          stmt(fd.body());
        }
        case Decl.GenDecl gd -> genDecl(gd);
      }
    }
  }

  private void field(Field f) {
    if (f.name() != null) names.add(f.name());
    expr(f.type());
  }

  private void genDecl(Decl.GenDecl d) {
    for (Spec.ValueSpec s : d.specs()) {
      s.names().forEach(this::expr);
      if (s.type() != null) expr(s.type());
      s.values().forEach(this::expr);
    }
  }

  private void stmt(Stmt s) {
    if (s == null) return;
    switch (s) {
      case Stmt.DeclStmt d -> genDecl(d.decl());
      case Stmt.ExprStmt e -> expr(e.x());
      case Stmt.Assign a -> {
        a.lhs().forEach(this::expr);
        a.rhs().forEach(this::expr);
      }
      case Stmt.IncDec i -> expr(i.x());
      case Stmt.Return r -> r.results().forEach(this::expr);
      case Stmt.Branch b -> {
        if (b.label() != null) names.add(b.label());
      }
      case Stmt.Block b -> b.stmts().forEach(this::stmt);
      case Stmt.If i -> {
        stmt(i.init());
        expr(i.cond());
        stmt(i.then());
        stmt(i.els());
      }
      case Stmt.For f -> {
        stmt(f.init());
        expr(f.cond());
        stmt(f.post());
        stmt(f.body());
      }
      case Stmt.Range r -> {
        expr(r.key());
        expr(r.value());
        expr(r.x());
        stmt(r.body());
      }
      case Stmt.Labeled l -> {
        names.add(l.label());
        stmt(l.stmt());
      }
      case Stmt.Empty e -> {}
    }
  }

  private void expr(Expr e) {
    if (e == null) return;
    switch (e) {
      case Expr.Ident i -> names.add(i.name());
      case Expr.BasicLit l -> {}
      case Expr.Binary b -> {
        expr(b.x());
        expr(b.y());
      }
      case Expr.Unary u -> expr(u.x());
      case Expr.Call c -> {
        expr(c.fun());
        c.args().forEach(this::expr);
      }
      case Expr.Selector s -> {
        expr(s.x());
        names.add(s.sel());
      }
      case Expr.Index i -> {
        expr(i.x());
        expr(i.index());
      }
      case Expr.Paren p -> expr(p.x());
    }
  }
}
