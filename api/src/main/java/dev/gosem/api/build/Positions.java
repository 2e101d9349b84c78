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
      case Expr.Call x -> new Expr.Call(x.fun(), x.args(), x.ellipsis(), p);
      case Expr.Selector x -> new Expr.Selector(x.x(), x.sel(), p);
      case Expr.Index x -> new Expr.Index(x.x(), x.index(), p);
      case Expr.Paren x -> new Expr.Paren(x.x(), p);
      case Expr.Star x -> new Expr.Star(x.x(), p);
      case Expr.CompositeLit x -> new Expr.CompositeLit(x.type(), x.elts(), p);
      case Expr.KeyValue x -> new Expr.KeyValue(x.key(), x.value(), p);
      case Expr.FuncLit x -> new Expr.FuncLit(x.type(), x.body(), p);
      case Expr.SliceExpr x -> new Expr.SliceExpr(x.x(), x.lo(), x.hi(), x.max(), x.slice3(), p);
      case Expr.TypeAssert x -> new Expr.TypeAssert(x.x(), x.type(), p);
      case Expr.ArrayType x -> new Expr.ArrayType(x.len(), x.elem(), p);
      case Expr.MapType x -> new Expr.MapType(x.key(), x.value(), p);
      case Expr.StructType x -> new Expr.StructType(x.fields(), p);
      case Expr.InterfaceType x -> new Expr.InterfaceType(x.methods(), p);
      case Expr.FuncType x -> new Expr.FuncType(x.params(), x.results(), p);
      case Expr.Ellipsis x -> new Expr.Ellipsis(x.elem(), p);
      case Expr.ChanType x -> new Expr.ChanType(x.dir(), x.elem(), p);
    };
  }
}
