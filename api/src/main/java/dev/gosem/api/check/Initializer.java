package dev.gosem.api.check;

import dev.gosem.api.ast.Expr;
import java.util.List;

/**
 * Initializer is one package-level variable initialization, {@code lhs = value}: several
 * variables when one call initializes them all ({@code var a, b = f()}).
 */
public record Initializer(List<Obj.Var> lhs, Expr value) {
  public Initializer {
    lhs = List.copyOf(lhs);
  }
}
