package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * TypeSwitchBuilder adds the clauses of a type switch, in order. With a bound variable
 * ({@code switch v := x.(type)}) a clause body may take a handle on v, which in that clause has
 * the clause's type (or x's type when the clause lists several types):
 *
 * <pre>{@code
 * b.typeSwitch("v", x, sw -> sw
 *     .caseOf(INT, (c, v) -> c.call(fmtPrintln(v.add(1))))
 *     .caseOf(List.of(STRING, Go.BYTE), c -> c.call(fmtPrintln("text")))
 *     .caseNil(c -> c.call(fmtPrintln("nil")))
 *     .defaultCase(c -> {}));
 * }</pre>
 *
 * Every clause gets a handle of its own: v is a different variable in each clause. In a list of
 * types, {@link Types#UNTYPED_NIL} stands for {@code nil}.
 */
public final class TypeSwitchBuilder {
  private final String bind;
  private final List<Stmt.CaseClause> clauses = new ArrayList<>();
  private boolean hasDefault;
  private boolean built;

  TypeSwitchBuilder(String bind) {
    this.bind = bind;
  }

  /** {@code case T:}. */
  public TypeSwitchBuilder caseOf(Type type, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(List.of(typeOrNil(type, p)), (b, v) -> body.accept(b), p);
  }

  /** {@code case T:}, with the bound variable (of type T here). */
  public TypeSwitchBuilder caseOf(Type type, BiConsumer<BlockBuilder, Var> body) {
    Pos p = Where.here();
    return clause(List.of(typeOrNil(type, p)), requireBind(body), p);
  }

  /** {@code case T1, T2, ...:}. */
  public TypeSwitchBuilder caseOf(List<? extends Type> types, Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(typeList(types, p), (b, v) -> body.accept(b), p);
  }

  /** {@code case T1, T2, ...:}, with the bound variable (of x's type here). */
  public TypeSwitchBuilder caseOf(List<? extends Type> types, BiConsumer<BlockBuilder, Var> body) {
    Pos p = Where.here();
    return clause(typeList(types, p), requireBind(body), p);
  }

  /** {@code case nil:}. */
  public TypeSwitchBuilder caseNil(Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return clause(List.of(new Expr.Ident("nil", p)), (b, v) -> body.accept(b), p);
  }

  /** {@code default:}; at most one per switch. */
  public TypeSwitchBuilder defaultCase(Consumer<BlockBuilder> body) {
    Pos p = Where.here();
    return defaultClause((b, v) -> body.accept(b), p);
  }

  /** {@code default:}, with the bound variable (of x's type here). */
  public TypeSwitchBuilder defaultCase(BiConsumer<BlockBuilder, Var> body) {
    Pos p = Where.here();
    return defaultClause(requireBind(body), p);
  }

  private TypeSwitchBuilder defaultClause(BiConsumer<BlockBuilder, Var> body, Pos p) {
    if (hasDefault) throw new IllegalStateException("this type switch already has a default case");
    hasDefault = true;
    return clause(List.of(), body, p);
  }

  private BiConsumer<BlockBuilder, Var> requireBind(BiConsumer<BlockBuilder, Var> body) {
    if (bind == null) {
      throw new IllegalStateException("this type switch binds no variable; use typeSwitch(name, x, ...) to get one");
    }
    return body;
  }

  private static Expr typeOrNil(Type t, Pos p) {
    return Types.UNTYPED_NIL.equals(t) ? new Expr.Ident("nil", p) : TypeExprs.of(t, p);
  }

  private static List<Expr> typeList(List<? extends Type> types, Pos p) {
    if (types.isEmpty()) throw new IllegalArgumentException("a case needs at least one type; use defaultCase for default");
    List<Expr> list = new ArrayList<>();
    for (Type t : types) list.add(typeOrNil(t, p));
    return list;
  }

  private TypeSwitchBuilder clause(List<Expr> list, BiConsumer<BlockBuilder, Var> body, Pos p) {
    if (built) throw new IllegalStateException("this type switch is already built; add cases inside its lambda");
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b, bind == null ? null : new Var(bind, p));
    clauses.add(new Stmt.CaseClause(list, b.block().stmts(), p));
    return this;
  }

  List<Stmt.CaseClause> build() {
    built = true;
    return clauses;
  }
}
