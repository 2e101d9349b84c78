package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;

/** Positions rewrites the position of the outermost node of an expression. */
final class Positions {
  private Positions() {}

  static Expr with(Expr e, Pos p) {
    return switch (e) {
      case Expr.Ident x -> new Expr.Ident(x.name(), p);
      case Expr.BasicLit x -> new Expr.BasicLit(x.kind(), x.text(), p);
      case Expr.Binary x -> new Expr.Binary(x.x(), x.op(), x.y(), p);
      case Expr.Unary x -> new Expr.Unary(x.op(), x.x(), p);
      case Expr.Call x -> new Expr.Call(x.fun(), x.args(), p);
      case Expr.Selector x -> new Expr.Selector(x.x(), x.sel(), p);
      case Expr.Index x -> new Expr.Index(x.x(), x.index(), p);
      case Expr.Paren x -> new Expr.Paren(x.x(), p);
    };
  }
}
