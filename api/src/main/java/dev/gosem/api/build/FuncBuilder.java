package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Field;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * FuncBuilder declares a function's parameters and results, and is the builder of its body:
 * declare parameters and results first, then add statements.
 */
public final class FuncBuilder extends BlockBuilder {
  private final String name;
  private final Pos pos;
  private final List<Field> params = new ArrayList<>();
  private final List<Field> results = new ArrayList<>();

  FuncBuilder(String name, Pos pos) {
    super(pos);
    this.name = name;
    this.pos = pos;
  }

  /** Adds a parameter and returns its handle. */
  public Var param(String name, Type type) {
    Pos p = Where.here();
    params.add(new Field(name, TypeExprs.of(type, p), p));
    return new Var(name, p);
  }

  /** Adds an unnamed result. */
  public FuncBuilder result(Type type) {
    Pos p = Where.here();
    if (!results.isEmpty() && results.getFirst().name() != null) {
      throw new IllegalStateException(name + ": cannot mix named and unnamed results");
    }
    results.add(new Field(null, TypeExprs.of(type, p), p));
    return this;
  }

  /** Adds several unnamed results. */
  public FuncBuilder results(Type... types) {
    for (Type t : types) result(t);
    return this;
  }

  /** Adds a named result and returns its handle; a bare {@code ret()} then returns it. */
  public Var namedResult(String name, Type type) {
    Pos p = Where.here();
    if (!results.isEmpty() && results.getFirst().name() == null) {
      throw new IllegalStateException(this.name + ": cannot mix named and unnamed results");
    }
    results.add(new Field(name, TypeExprs.of(type, p), p));
    return new Var(name, p);
  }

  Decl.FuncDecl build() {
    return new Decl.FuncDecl(name, params, results, block(), pos);
  }
}
