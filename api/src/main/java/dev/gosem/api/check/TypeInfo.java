package dev.gosem.api.check;

import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Type;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * TypeInfo is what the type checker learned about a well-typed program, keyed by node identity
 * (model nodes are records, so equal-looking nodes in different places must not be confused).
 *
 * <ul>
 *   <li>{@link #typeOf}: every expression's type; a type expression (the {@code int8} in
 *       {@code var x int8}, a parameter's type, the function of a conversion) records the type it
 *       denotes. An untyped constant expression records the type
 *       it finally got from its context ({@code var x int8 = 1}: the literal is int8; an operand of
 *       println: its default type); an untyped comparison result is recorded as bool.
 *   <li>{@link #constOf}: the exact value of every constant expression, already converted to its
 *       recorded type (an int8 constant is a Const.Int in int8's range, a float64 one a
 *       Const.Float rounded to float64), or null if the expression is not constant.
 *   <li>{@link #use}/{@link #def}: the object an identifier refers to or declares. In
 *       {@code a, b := ...} where a already exists, a has a use, not a def. A selector
 *       {@code fmt.Println} is recorded with {@link #selection}.
 * </ul>
 */
public final class TypeInfo {
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr, Const> constants = new IdentityHashMap<>();
  final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
  final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
  final Map<Expr.Selector, Obj> selections = new IdentityHashMap<>();
  final Map<Field, Obj> fields = new IdentityHashMap<>();

  public Type typeOf(Expr e) {
    Type t = types.get(e);
    if (t == null) throw new IllegalArgumentException("no type recorded for " + e);
    return t;
  }

  public Const constOf(Expr e) {
    return constants.get(e);
  }

  public Obj use(Expr.Ident id) {
    return uses.get(id);
  }

  public Obj def(Expr.Ident id) {
    return defs.get(id);
  }

  /** The object an identifier denotes, whether it declares or uses it. */
  public Obj objectOf(Expr.Ident id) {
    Obj o = defs.get(id);
    return o != null ? o : uses.get(id);
  }

  /** The variable a named parameter or named result declares (a Field has no Ident of its own). */
  public Obj field(Field f) {
    return fields.get(f);
  }

  public Obj selection(Expr.Selector s) {
    return selections.get(s);
  }
}
