package dev.gosem.api.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Children lists a node's direct children in source order, so walks over the tree (name
 * collection, capture analysis, lowering checks) need no switch of their own over every node
 * kind. Absent optional parts (a null init, a missing slice bound) are left out.
 */
public final class Children {
  private Children() {}

  public static List<Node> of(Node n) {
    List<Node> out = new ArrayList<>();
    switch (n) {
      case File f -> {
        out.addAll(f.imports());
        out.addAll(f.decls());
      }
      case Field f -> add(out, f.type());
      case Stmt.CaseClause c -> {
        out.addAll(c.list());
        out.addAll(c.body());
      }
      case Stmt.CommClause c -> {
        add(out, c.comm());
        out.addAll(c.body());
      }
      case Decl d -> decl(d, out);
      case Spec s -> spec(s, out);
      case Stmt s -> stmt(s, out);
      case Expr e -> expr(e, out);
    }
    return out;
  }

  /** Visits n and everything below it, parents before children. */
  public static void walk(Node n, Consumer<Node> visit) {
    if (n == null) return;
    visit.accept(n);
    for (Node c : of(n)) walk(c, visit);
  }

  private static void add(List<Node> out, Node n) {
    if (n != null) out.add(n);
  }

  private static void decl(Decl d, List<Node> out) {
    switch (d) {
      case Decl.FuncDecl fd -> {
        add(out, fd.recv());
        out.addAll(fd.params());
        out.addAll(fd.results());
        add(out, fd.body());
      }
      case Decl.GenDecl gd -> out.addAll(gd.specs());
      case Decl.TypeDecl td -> out.addAll(td.specs());
    }
  }

  private static void spec(Spec s, List<Node> out) {
    switch (s) {
      case Spec.ValueSpec vs -> {
        out.addAll(vs.names());
        add(out, vs.type());
        out.addAll(vs.values());
      }
      case Spec.TypeSpec ts -> {
        add(out, ts.name());
        add(out, ts.type());
      }
      case Spec.ImportSpec is -> {}
    }
  }

  private static void stmt(Stmt s, List<Node> out) {
    switch (s) {
      case Stmt.DeclStmt d -> add(out, d.decl());
      case Stmt.TypeDeclStmt d -> add(out, d.decl());
      case Stmt.ExprStmt e -> add(out, e.x());
      case Stmt.Assign a -> {
        out.addAll(a.lhs());
        out.addAll(a.rhs());
      }
      case Stmt.IncDec i -> add(out, i.x());
      case Stmt.Return r -> out.addAll(r.results());
      case Stmt.Branch b -> {}
      case Stmt.Block b -> out.addAll(b.stmts());
      case Stmt.If i -> {
        add(out, i.init());
        add(out, i.cond());
        add(out, i.then());
        add(out, i.els());
      }
      case Stmt.For f -> {
        add(out, f.init());
        add(out, f.cond());
        add(out, f.post());
        add(out, f.body());
      }
      case Stmt.Range r -> {
        add(out, r.key());
        add(out, r.value());
        add(out, r.x());
        add(out, r.body());
      }
      case Stmt.Switch sw -> {
        add(out, sw.init());
        add(out, sw.tag());
        out.addAll(sw.clauses());
      }
      case Stmt.TypeSwitch sw -> {
        add(out, sw.init());
        add(out, sw.bind());
        add(out, sw.x());
        out.addAll(sw.clauses());
      }
      case Stmt.Labeled l -> add(out, l.stmt());
      case Stmt.Defer d -> add(out, d.call());
      case Stmt.Go g -> add(out, g.call());
      case Stmt.Send sd -> {
        add(out, sd.ch());
        add(out, sd.value());
      }
      case Stmt.Select sel -> out.addAll(sel.clauses());
      case Stmt.Empty e -> {}
    }
  }

  private static void expr(Expr e, List<Node> out) {
    switch (e) {
      case Expr.Ident i -> {}
      case Expr.BasicLit l -> {}
      case Expr.Binary b -> {
        add(out, b.x());
        add(out, b.y());
      }
      case Expr.Unary u -> add(out, u.x());
      case Expr.Call c -> {
        add(out, c.fun());
        out.addAll(c.args());
      }
      case Expr.Selector s -> add(out, s.x());
      case Expr.Index i -> {
        add(out, i.x());
        add(out, i.index());
      }
      case Expr.Paren p -> add(out, p.x());
      case Expr.Star st -> add(out, st.x());
      case Expr.CompositeLit cl -> {
        add(out, cl.type());
        out.addAll(cl.elts());
      }
      case Expr.KeyValue kv -> {
        add(out, kv.key());
        add(out, kv.value());
      }
      case Expr.FuncLit fl -> {
        add(out, fl.type());
        add(out, fl.body());
      }
      case Expr.SliceExpr se -> {
        add(out, se.x());
        add(out, se.lo());
        add(out, se.hi());
        add(out, se.max());
      }
      case Expr.TypeAssert ta -> {
        add(out, ta.x());
        add(out, ta.type());
      }
      case Expr.ArrayType at -> {
        add(out, at.len());
        add(out, at.elem());
      }
      case Expr.MapType mt -> {
        add(out, mt.key());
        add(out, mt.value());
      }
      case Expr.StructType st -> out.addAll(st.fields());
      case Expr.InterfaceType it -> out.addAll(it.methods());
      case Expr.FuncType ft -> {
        out.addAll(ft.params());
        out.addAll(ft.results());
      }
      case Expr.Ellipsis el -> add(out, el.elem());
      case Expr.ChanType ct -> add(out, ct.elem());
    }
  }
}
