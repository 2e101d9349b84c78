package dev.gosem.ir.build;

import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * InitOrder sorts package-level variable declarations the way the Go spec initializes them:
 * repeatedly the earliest declaration (in file and declaration order) that depends on no
 * uninitialized variable. A declaration depends on the variables its initializer mentions,
 * directly or through the bodies of the functions it calls, transitively.
 */
final class InitOrder {
  private final TypeInfo info;
  private final Map<String, Decl.FuncDecl> funcs;
  private final Map<Decl.FuncDecl, Set<Obj.Var>> funcDeps = new IdentityHashMap<>();

  private InitOrder(TypeInfo info, Map<String, Decl.FuncDecl> funcs) {
    this.info = info;
    this.funcs = funcs;
  }

  static List<Spec.ValueSpec> sort(TypeInfo info, List<Spec.ValueSpec> specs, Map<String, Decl.FuncDecl> funcs) {
    InitOrder o = new InitOrder(info, funcs);
    Map<Spec.ValueSpec, Set<Obj.Var>> deps = new IdentityHashMap<>();
    for (Spec.ValueSpec s : specs) {
      Set<Obj.Var> d = new HashSet<>();
      for (Expr e : s.values()) o.expr(e, d, new HashSet<>());
      deps.put(s, d);
    }
    Set<Obj.Var> pending = new HashSet<>();
    for (Spec.ValueSpec s : specs) {
      for (Expr.Ident id : s.names()) if (info.objectOf(id) instanceof Obj.Var v) pending.add(v);
    }
    List<Spec.ValueSpec> out = new ArrayList<>();
    LinkedHashSet<Spec.ValueSpec> left = new LinkedHashSet<>(specs);
    while (!left.isEmpty()) {
      Spec.ValueSpec next = null;
      for (Spec.ValueSpec s : left) {
        Set<Obj.Var> d = new HashSet<>(deps.get(s));
        for (Expr.Ident id : s.names()) d.remove(info.objectOf(id));
        d.retainAll(pending);
        if (d.isEmpty()) {
          next = s;
          break;
        }
      }
      if (next == null) next = left.getFirst(); // a cycle: the checker reports it; keep going
      left.remove(next);
      out.add(next);
      for (Expr.Ident id : next.names()) pending.remove(info.objectOf(id));
    }
    return out;
  }

  private void expr(Expr e, Set<Obj.Var> out, Set<Decl.FuncDecl> visiting) {
    switch (e) {
      case Expr.Ident id -> {
        Obj o = info.use(id);
        if (o instanceof Obj.Var v && v.kind() == Obj.Var.Kind.GLOBAL) out.add(v);
        if (o instanceof Obj.Func f) out.addAll(func(f.decl(), visiting));
      }
      case Expr.Binary b -> {
        expr(b.x(), out, visiting);
        expr(b.y(), out, visiting);
      }
      case Expr.Unary u -> expr(u.x(), out, visiting);
      case Expr.Paren p -> expr(p.x(), out, visiting);
      case Expr.Call c -> {
        expr(c.fun(), out, visiting);
        for (Expr a : c.args()) expr(a, out, visiting);
      }
      case Expr.Index i -> {
        expr(i.x(), out, visiting);
        expr(i.index(), out, visiting);
      }
      case Expr.Selector s -> expr(s.x(), out, visiting);
      case Expr.BasicLit l -> {}
    }
  }

  private Set<Obj.Var> func(Decl.FuncDecl f, Set<Decl.FuncDecl> visiting) {
    Set<Obj.Var> done = funcDeps.get(f);
    if (done != null) return done;
    if (!visiting.add(f)) return Set.of(); // recursion: its deps are being collected already
    Set<Obj.Var> out = new HashSet<>();
    stmt(f.body(), out, visiting);
    visiting.remove(f);
    funcDeps.put(f, out);
    return out;
  }

  private void stmt(Stmt s, Set<Obj.Var> out, Set<Decl.FuncDecl> v) {
    if (s == null) return;
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(x -> stmt(x, out, v));
      case Stmt.ExprStmt e -> expr(e.x(), out, v);
      case Stmt.DeclStmt d -> d.decl().specs().forEach(sp -> sp.values().forEach(x -> expr(x, out, v)));
      case Stmt.Assign a -> {
        a.lhs().forEach(x -> expr(x, out, v));
        a.rhs().forEach(x -> expr(x, out, v));
      }
      case Stmt.IncDec i -> expr(i.x(), out, v);
      case Stmt.Return r -> r.results().forEach(x -> expr(x, out, v));
      case Stmt.If i -> {
        stmt(i.init(), out, v);
        expr(i.cond(), out, v);
        stmt(i.then(), out, v);
        stmt(i.els(), out, v);
      }
      case Stmt.For f -> {
        stmt(f.init(), out, v);
        if (f.cond() != null) expr(f.cond(), out, v);
        stmt(f.post(), out, v);
        stmt(f.body(), out, v);
      }
      case Stmt.Range r -> {
        expr(r.x(), out, v);
        stmt(r.body(), out, v);
      }
      case Stmt.Labeled l -> stmt(l.stmt(), out, v);
      case Stmt.Branch b -> {}
      case Stmt.Empty e -> {}
    }
  }

}
