package dev.gosem.api.build;

import dev.gosem.api.ast.Expr;

/** Var is a handle on a named entity (variable, parameter, constant): using it refers to it by name. */
public final class Var extends Ex {
  Var(String name, dev.gosem.api.Pos pos) {
    super(new Expr.Ident(name, pos));
  }

  public String name() {
    return ((Expr.Ident) expr).name();
  }
}
