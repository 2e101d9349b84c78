package dev.gosem.api.check;

import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * TypeInfo is what the type checker learned about a well-typed program, keyed by node identity
 * (model nodes are records, so equal-looking nodes in different places must not be confused).
 *
 * <ul>
 *   <li>{@link #typeOf}: every expression's type. An untyped constant expression records the type
 *       it finally got from its context ({@code var x int8 = 1}: the literal is int8; an operand of
 *       println: its default type); an untyped comparison result is recorded as bool.
 *   <li>{@link #constOf}: the exact value of every constant expression, already converted to its
 *       recorded type (an int8 constant is a Const.Int in int8's range, a float64 one a
 *       Const.Float rounded to float64), or null if the expression is not constant.
 *   <li>{@link #use}/{@link #def}: the object an identifier refers to or declares. In
 *       {@code a, b := ...} where a already exists, a has a use, not a def. A selector
 *       {@code fmt.Println} is recorded with {@link #selection}.
 * </ul>
 *
 * <p>Details the checker adds to that contract:
 *
 * <ul>
 *   <li>Operands of a constant expression are never evaluated at run time; those that got no
 *       type from any context (e.g. {@code 1} and {@code 2} in {@code 1 < 2}, or the initializer
 *       of an untyped {@code const c = 5}) record their default type when their value fits it,
 *       else their untyped type.
 *   <li>The blank identifier on the left of {@code =} records the type of the value assigned to
 *       it; a declaring identifier records its variable's or constant's type.
 *   <li>A call with no result records an empty {@link dev.gosem.api.types.Tuple}, one with several
 *       results a Tuple of them; {@code fmt.Println} and {@code fmt.Print} (whose results gosem does
 *       not model) and package names record {@link dev.gosem.api.types.Types#INVALID}; a type name
 *       records the type it denotes.
 *   <li>The constant value of an untyped constant shift count is recorded as uint.
 * </ul>
 */
public final class TypeInfo {
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr, Const> constants = new IdentityHashMap<>();
  final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
  final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
  final Map<Expr.Selector, Obj> selections = new IdentityHashMap<>();
  final Map<Field, Obj.Var> fieldVars = new IdentityHashMap<>();
  final Map<Decl.FuncDecl, Obj.Func> funcs = new IdentityHashMap<>();
  final List<Initializer> initOrder = new ArrayList<>();

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

  public Obj selection(Expr.Selector s) {
    return selections.get(s);
  }

  /**
   * The variable a parameter or result declares (kind PARAM or RESULT); unnamed ones get a
   * variable named "" too, so every field of a signature has one.
   */
  public Obj.Var fieldVar(Field f) {
    return fieldVars.get(f);
  }

  /** The function object of a function declaration. */
  public Obj.Func funcOf(Decl.FuncDecl d) {
    return funcs.get(d);
  }

  /**
   * The package-level variables with initializers, in the order Go initializes them (dependency
   * order, then declaration order). Variables without an initializer start as zero values and
   * are not listed.
   */
  public List<Initializer> initOrder() {
    return List.copyOf(initOrder);
  }
}
