package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Type;

/** TypeExprs spells a type as the expression that names it in Go source. */
final class TypeExprs {
  private TypeExprs() {}

  static Expr of(Type t, Pos pos) {
    if (t instanceof Basic b && !b.isUntyped()) return new Expr.Ident(b.toString(), pos);
    throw new IllegalArgumentException("type " + t + " cannot be written in a program");
  }
}
