package dev.gosem.api.check;

import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Node;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * LoopClosure is go vet's loopclosure check as Go 1.19 ships it: before Go 1.22 a loop has one
 * variable for all its iterations, so a function literal started by a {@code go} or {@code defer}
 * statement that is the last statement of a range or three-clause loop's body, and that refers
 * to the loop's variable, most likely sees a later iteration's value. Each such reference is
 * reported as {@code loop variable i captured by func literal} at the identifier's position. A
 * warning, not an error: the program still compiles, as with go vet.
 */
final class LoopClosure {
  private final TypeInfo info;
  private final List<Diagnostic> out = new ArrayList<>();

  private LoopClosure(TypeInfo info) {
    this.info = info;
  }

  static List<Diagnostic> check(Node root, TypeInfo info) {
    LoopClosure c = new LoopClosure(info);
    Children.walk(root, c::visit);
    return c.out;
  }

  private void visit(Node n) {
    Set<Obj.Var> vars = Collections.newSetFromMap(new IdentityHashMap<>());
    Stmt.Block body;
    switch (n) {
      case Stmt.Range r when r.define() -> {
        addVar(vars, r.key());
        addVar(vars, r.value());
        body = r.body();
      }
      case Stmt.For f when f.init() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE -> {
        for (Expr e : a.lhs()) addVar(vars, e);
        body = f.body();
      }
      default -> {
        return;
      }
    }
    if (vars.isEmpty() || body == null || body.stmts().isEmpty()) return;
    Expr.Call call = switch (body.stmts().getLast()) {
      case Stmt.Go g -> g.call();
      case Stmt.Defer d -> d.call();
      default -> null;
    };
    if (call == null || !(call.fun() instanceof Expr.FuncLit lit)) return;
    Children.walk(lit.body(), m -> {
      if (m instanceof Expr.Ident id && info.use(id) instanceof Obj.Var v && vars.contains(v)) {
        out.add(new Diagnostic(id.pos(), "loop variable " + id.name() + " captured by func literal"));
      }
    });
  }

  private void addVar(Set<Obj.Var> vars, Expr e) {
    if (e instanceof Expr.Ident id && !id.name().equals("_") && info.def(id) instanceof Obj.Var v) vars.add(v);
  }
}
