package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * SelectBuilder adds the cases of a {@code select}, in order:
 *
 * <pre>{@code
 * b.select(sel -> sel
 *     .recv("v", jobs, (c, v) -> c.call(fmtPrintln("got", v)))
 *     .send(results, 42, c -> c.call(fmtPrintln("sent")))
 *     .recv(timeout, c -> c.ret())
 *     .defaultCase(c -> c.call(fmtPrintln("nothing ready"))));
 * }</pre>
 *
 * With no cases at all, {@code select {}} blocks forever.
 */
public final class SelectBuilder {
  private final List<Stmt.CommClause> clauses = new ArrayList<>();
  private boolean hasDefault;
  private boolean built;

  SelectBuilder() {}

  /** {@code case <-ch:}, the value dropped. */
  public SelectBuilder recv(Object ch, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(new Stmt.ExprStmt(receive(ch, p), p), body, p);
  }

  /** {@code case name := <-ch:}; the body gets the new variable. */
  public SelectBuilder recv(String name, Object ch, BiConsumer<BlockBuilder, Var> body) {
    Pos p = Where.here();
    Stmt comm = new Stmt.Assign(List.of(new Expr.Ident(name, p)), AssignOp.DEFINE, List.of(receive(ch, p)), p);
    return clause(comm, b -> body.accept(b, new Var(name, p)), p);
  }

  /** {@code case name, ok := <-ch:}; the body gets both variables. */
  public SelectBuilder recvOk(String name, String ok, Object ch, RangeBody body) {
    Pos p = Where.here();
    Stmt comm = new Stmt.Assign(List.of(new Expr.Ident(name, p), new Expr.Ident(ok, p)), AssignOp.DEFINE,
        List.of(receive(ch, p)), p);
    return clause(comm, b -> body.accept(b, new Var(name, p), new Var(ok, p)), p);
  }

  /** {@code case lhs = <-ch:}, assigning an existing variable. */
  public SelectBuilder recvAssign(Ex lhs, Object ch, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    Stmt comm = new Stmt.Assign(List.of(lhs.expr), AssignOp.ASSIGN, List.of(receive(ch, p)), p);
    return clause(comm, body, p);
  }

  /** {@code case ch <- value:}. */
  public SelectBuilder send(Object ch, Object value, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(new Stmt.Send(Go.ex(ch, p).expr, Go.ex(value, p).expr, p), body, p);
  }

  /** {@code default:}; at most one per select, anywhere among the cases. */
  public SelectBuilder defaultCase(Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    if (hasDefault) throw new IllegalStateException("this select already has a default case");
    hasDefault = true;
    return clause(null, body, p);
  }

  private static Expr receive(Object ch, Pos p) {
    return new Expr.Unary(UnaryOp.RECV, Go.ex(ch, p).expr, p);
  }

  private SelectBuilder clause(Stmt comm, Consumer<BlockBuilder> body, Pos p) {
    if (built) throw new IllegalStateException("this select is already built; add cases inside its lambda");
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b);
    clauses.add(new Stmt.CommClause(comm, b.block().stmts(), p));
    return this;
  }

  List<Stmt.CommClause> build() {
    built = true;
    return clauses;
  }
}
