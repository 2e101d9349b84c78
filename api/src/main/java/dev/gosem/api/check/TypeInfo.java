package dev.gosem.api.check;

import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *   <li>{@link #selectionOf}: for every selector {@code x.f}, what it selects and how to reach it
 *       (field path, implicit dereferences, receiver adjustment); see {@link Selection}.
 *   <li>{@link #captures}: for every function literal, the variables of enclosing functions it
 *       refers to, in order of first use (a closure nested in it that captures a variable of an
 *       outer function makes it captured by this one too). {@link #isCaptured} and
 *       {@link #isAddressTaken} tell, for every local variable, parameter or result, whether a
 *       closure captures it or its address is taken ({@code &x}, {@code &x.f}, {@code &a[i]} for
 *       an array a, slicing an array variable, or calling a pointer method on it); such variables
 *       need a heap cell ({@link #needsHeap}).
 *   <li>{@link #implicit}: the variable a type switch's {@code v := x.(type)} declares in each
 *       clause; its type is the clause's type if the clause lists exactly one type, else the type
 *       of x. The bind identifier itself has no def.
 *   <li>{@link #funcOf}: the {@link Obj.Func} of every function and method declaration (methods
 *       carry their receiver type); {@link #methodSet} the method set of any type, and
 *       {@link #namedTypes} every declared type, package-level and local, in source order.
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
 *       results a Tuple of them (so {@code fmt.Println(x)} records {@code (int, error)}); package
 *       names record {@link dev.gosem.api.types.Types#INVALID}; a type expression records the
 *       type it denotes ({@code []int}, {@code *T}, {@code struct{...}}, a method's receiver type).
 *   <li>The function of a builtin call records the builtin's signature at that call, as
 *       go/types does: {@code append(s, 1, 2)} records {@code func([]int, ...int) []int} for
 *       {@code append}, {@code append(b, s...)} with a string s the non-variadic
 *       {@code func([]byte, string) []byte}; {@code len(s)} (not constant) {@code func([]int) int};
 *       a builtin call that is a constant ({@code len("abc")}) records nothing for the builtin.
 *   <li>A composite literal whose type is elided records the element type it stands for; where
 *       that type is a pointer {@code *T} (in {@code []*T{{...}}}), the literal records *T and
 *       denotes {@code &T{...}}. The length of {@code [...]T{...}} is known in its recorded type.
 *   <li>A conversion to or assignment of a concrete value to an interface type leaves the
 *       value's expression with its concrete type; the interface type is the target's.
 *   <li>{@code nil} records the type it takes from its context ({@code *T}, {@code []int},
 *       {@code error}...) and uses {@link Obj.Nil}; the field names before the colons of a struct
 *       literal record no type but use their {@link Obj.Field}; the identifier bound by a type
 *       switch records neither (see {@link #implicit}).
 *   <li>In a comma-ok context ({@code v, ok := m[k]}, {@code t, ok := x.(T)}) the map index or
 *       type assertion records the pair {@code (T, bool)} as a Tuple.
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
  final List<PackageInit> packages = new ArrayList<>();
  final Map<Obj, String> objPkg = new IdentityHashMap<>();
  final Map<Expr.Selector, Selection> selectionInfo = new IdentityHashMap<>();
  final Map<Expr.FuncLit, List<Obj.Var>> captures = new IdentityHashMap<>();
  final Set<Obj.Var> captured = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Obj.Var> addressTaken = Collections.newSetFromMap(new IdentityHashMap<>());
  final Map<Stmt.CaseClause, Obj.Var> implicits = new IdentityHashMap<>();
  final List<Named> namedTypes = new ArrayList<>();
  /** The object of each method declared on a named type, by name. */
  final Map<Named, Map<String, Obj>> methodObjs = new IdentityHashMap<>();

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

  /**
   * The object a selector denotes: for {@code fmt.Println} the {@link Obj.StdFunc}, for a field
   * the {@link Obj.Field}, for a method its {@link Obj.Func} (or StdFunc); see {@link #selectionOf}.
   */
  public Obj selection(Expr.Selector s) {
    return selections.get(s);
  }

  /** What a selector selects and how (null only for a selector that did not type-check). */
  public Selection selectionOf(Expr.Selector s) {
    return selectionInfo.get(s);
  }

  /** The variables a function literal captures from enclosing functions, in order of first use. */
  public List<Obj.Var> captures(Expr.FuncLit f) {
    List<Obj.Var> l = captures.get(f);
    return l == null ? List.of() : List.copyOf(l);
  }

  /** Whether a function literal refers to this variable of an enclosing function. */
  public boolean isCaptured(Obj.Var v) {
    return captured.contains(v);
  }

  /** Whether the program takes this variable's address, explicitly or implicitly (see above). */
  public boolean isAddressTaken(Obj.Var v) {
    return addressTaken.contains(v);
  }

  /** Whether a local variable must live in a heap cell: captured or address taken. */
  public boolean needsHeap(Obj.Var v) {
    return captured.contains(v) || addressTaken.contains(v);
  }

  /** The variable a type switch's bind declares in this clause, or null. */
  public Obj.Var implicit(Stmt.CaseClause clause) {
    return implicits.get(clause);
  }

  /** Every declared (named, non-alias) type in source order, local ones included. */
  public List<Named> namedTypes() {
    return List.copyOf(namedTypes);
  }

  /**
   * The method set of a type, sorted by method name: one METHOD_VALUE {@link Selection} per
   * method callable on a value of type t (for {@code *T} also T's pointer methods; promoted
   * methods of embedded fields with their path). For an interface, its methods.
   */
  public List<Selection> methodSet(Type t) {
    return Lookup.methodSet(t, this::methodObj);
  }

  /** The object of the method named name declared on n (an Obj.Func, or StdFunc for std types). */
  public Obj methodObj(Named n, String name) {
    Map<String, Obj> m = methodObjs.get(n);
    if (m != null && m.get(name) != null) return m.get(name);
    return StdLib.methodObj(n, name);
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

  /**
   * PackageInit is one package of the program as initialization sees it: its import path
   * ("main" for package main) and name, its files in the order the build passes them (by file
   * name), its package-level variable initializers in Go's order (see {@link #initOrder()}), and
   * its {@code init} functions in file order and, within a file, declaration order.
   */
  public record PackageInit(String path, String name, List<dev.gosem.api.ast.File> files, List<Initializer> initOrder,
      List<Decl.FuncDecl> inits) {
    public PackageInit {
      files = List.copyOf(files);
      initOrder = List.copyOf(initOrder);
      inits = List.copyOf(inits);
    }

    public boolean isMain() {
      return path.equals("main");
    }
  }

  /**
   * The program's packages in initialization order: each package after every package it
   * imports, depth first in import order, package main last.
   */
  public List<PackageInit> packages() {
    return List.copyOf(packages);
  }

  /**
   * The import path of the package that declares a package-level object (a variable, constant,
   * type, function or method): "main" for package main's, and for objects that are not
   * package-level.
   */
  public String packageOf(Obj o) {
    return objPkg.getOrDefault(o, "main");
  }
}
