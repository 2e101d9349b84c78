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

  /** Call is {@code fun(args...)}: a function call, a builtin call or a conversion. */
  record Call(Expr fun, List<Expr> args, Pos pos) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** Selector is {@code x.sel}; for now only package-qualified names such as {@code fmt.Println}. */
  record Selector(Expr x, String sel, Pos pos) implements Expr {}

  /** Index is {@code x[index]}. */
  record Index(Expr x, Expr index, Pos pos) implements Expr {}

  /** Paren is {@code (x)}, kept so the printed source shows the user's grouping. */
  record Paren(Expr x, Pos pos) implements Expr {}

  /** LitKind says which kind of literal a {@link BasicLit} is. */
  enum LitKind { INT, FLOAT, STRING, RUNE }
}
