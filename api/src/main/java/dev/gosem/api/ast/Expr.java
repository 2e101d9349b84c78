package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/**
 * Expr is an expression node. As in Go's own AST, type expressions are expressions too: the
 * conversion {@code int8(x)} is a {@link Call} whose function is the identifier {@code int8}.
 */
public sealed interface Expr extends Node {

  /** Ident is a name: a variable, constant, function, type, package or builtin. */
  record Ident(String name, Pos pos) implements Expr {}

  /** BasicLit is a literal; {@code text} is exactly its Go source spelling. */
  record BasicLit(LitKind kind, String text, Pos pos) implements Expr {}

  /** Binary is {@code x op y}. */
  record Binary(Expr x, BinaryOp op, Expr y, Pos pos) implements Expr {}

  /** Unary is {@code op x}. */
  record Unary(UnaryOp op, Expr x, Pos pos) implements Expr {}

  /**
   * Call is {@code fun(args...)}: a function call, a builtin call or a conversion; with
   * {@code ellipsis} the last argument is spread into a variadic parameter, {@code f(s...)}.
   */
  record Call(Expr fun, List<Expr> args, boolean ellipsis, Pos pos) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    public Call(Expr fun, List<Expr> args, Pos pos) {
      this(fun, args, false, pos);
    }
  }

  /**
   * Selector is {@code x.sel}: a package-qualified name ({@code fmt.Println}), a field, a method
   * value, or a method expression ({@code T.m}); the type checker says which.
   */
  record Selector(Expr x, String sel, Pos pos) implements Expr {}

  /** Index is {@code x[index]}. */
  record Index(Expr x, Expr index, Pos pos) implements Expr {}

  /** Paren is {@code (x)}, kept so the printed source shows the user's grouping. */
  record Paren(Expr x, Pos pos) implements Expr {}

  /** Star is {@code *x}: a pointer dereference, or the pointer type {@code *T} in type position. */
  record Star(Expr x, Pos pos) implements Expr {}

  /**
   * CompositeLit is {@code T{elts}}. Elements are values or {@link KeyValue}s (field names,
   * indices, map keys). type is null only for an element of an outer literal that elides it.
   * end is the position of the closing brace (where Go reports "too few values"), or pos when
   * unknown.
   */
  record CompositeLit(Expr type, List<Expr> elts, Pos pos, Pos end) implements Expr {
    public CompositeLit {
      elts = List.copyOf(elts);
      if (end == null) end = pos;
    }

    public CompositeLit(Expr type, List<Expr> elts, Pos pos) {
      this(type, elts, pos, pos);
    }
  }

  /** KeyValue is {@code key: value} inside a composite literal. */
  record KeyValue(Expr key, Expr value, Pos pos) implements Expr {}

  /** FuncLit is a function literal {@code func(params) results { body }}, a closure. */
  record FuncLit(FuncType type, Stmt.Block body, Pos pos) implements Expr {}

  /** SliceExpr is {@code x[lo:hi]} or, with slice3, {@code x[lo:hi:max]}; absent bounds are null. */
  record SliceExpr(Expr x, Expr lo, Expr hi, Expr max, boolean slice3, Pos pos) implements Expr {}

  /** TypeAssert is {@code x.(T)}; type is null for the {@code x.(type)} of a type switch. */
  record TypeAssert(Expr x, Expr type, Pos pos) implements Expr {}

  // ---- type expressions ----

  /** ArrayType is {@code [len]elem}, or the slice type {@code []elem} when len is null. */
  record ArrayType(Expr len, Expr elem, Pos pos) implements Expr {}

  /** MapType is {@code map[key]value}. */
  record MapType(Expr key, Expr value, Pos pos) implements Expr {}

  /** StructType is {@code struct { fields }}; a field without a name is embedded. */
  record StructType(List<Field> fields, Pos pos) implements Expr {
    public StructType {
      fields = List.copyOf(fields);
    }
  }

  /**
   * InterfaceType is {@code interface { methods }}: each Field is a method (its name and a
   * {@link FuncType}) or, without a name, an embedded interface.
   */
  record InterfaceType(List<Field> methods, Pos pos) implements Expr {
    public InterfaceType {
      methods = List.copyOf(methods);
    }
  }

  /** FuncType is {@code func(params) results}; a final parameter of type {@link Ellipsis} is variadic. */
  record FuncType(List<Field> params, List<Field> results, Pos pos) implements Expr {
    public FuncType {
      params = List.copyOf(params);
      results = List.copyOf(results);
    }
  }

  /** ChanType is {@code chan elem}, {@code <-chan elem} or {@code chan<- elem}. */
  record ChanType(dev.gosem.api.types.Chan.Dir dir, Expr elem, Pos pos) implements Expr {}

  /** Ellipsis is the type {@code ...elem} of a variadic parameter. */
  record Ellipsis(Expr elem, Pos pos) implements Expr {}

  /** LitKind says which kind of literal a {@link BasicLit} is. */
  enum LitKind { INT, FLOAT, STRING, RUNE }
}
