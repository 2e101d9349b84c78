package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SwitchBuilder adds the clauses of an expression switch, in order:
 *
 * <pre>{@code
 * b.switchOn(x, sw -> sw
 *     .caseOf(List.of(1, 2), c -> c.call(fmtPrintln("small")).fallthrough())
 *     .caseOf(3, c -> c.call(fmtPrintln("three")))
 *     .defaultCase(c -> c.call(fmtPrintln("other"))));
 * }</pre>
 *
 * A clause body ends with {@link BlockBuilder#fallthrough()} to continue into the next one.
 */
public final class SwitchBuilder {
  private final List<Stmt.CaseClause> clauses = new ArrayList<>();
  private boolean hasDefault;
  private boolean built;

  SwitchBuilder() {}

  /** {@code case value:}. */
  public SwitchBuilder caseOf(Object value, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(List.of(Go.ex(value, p).expr), body, p);
  }

  /** {@code case v1, v2, ...:}. */
  public SwitchBuilder caseOf(List<?> values, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    if (values.isEmpty()) throw new IllegalArgumentException("a case needs at least one value; use defaultCase for default");
    List<Expr> list = new ArrayList<>();
    for (Object v : values) list.add(Go.ex(v, p).expr);
    return clause(list, body, p);
  }

  /** {@code default:}; at most one per switch, anywhere among the cases. */
  public SwitchBuilder defaultCase(Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    if (hasDefault) throw new IllegalStateException("this switch already has a default case");
    hasDefault = true;
    return clause(List.of(), body, p);
  }

  private SwitchBuilder clause(List<Expr> list, Consumer<BlockBuilder> body, Pos p) {
    if (built) throw new IllegalStateException("this switch is already built; add cases inside its lambda");
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b);
    clauses.add(new Stmt.CaseClause(list, b.block().stmts(), p));
    return this;
  }

  List<Stmt.CaseClause> build() {
    built = true;
    return clauses;
  }
}
