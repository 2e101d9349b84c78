package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * FuncBuilder declares the receiver, parameters and results of a function, method or function
 * literal, and is the builder of its body: declare parameters and results first, then add
 * statements.
 */
public final class FuncBuilder extends BlockBuilder {
  private final String name; // null for a function literal
  private final Pos pos;
  private final Field recv;
  private final Var recvVar;
  private final List<Field> params = new ArrayList<>();
  private final List<Field> results = new ArrayList<>();
  private String variadic; // the variadic parameter's name, once there is one

  FuncBuilder(String name, Pos pos) {
    this(name, null, pos);
  }

  FuncBuilder(String name, Receiver recv, Pos pos) {
    super(pos);
    this.name = name;
    this.pos = pos;
    if (recv == null) {
      this.recv = null;
      this.recvVar = null;
    } else {
      this.recv = new Field(recv.name(), TypeExprs.of(recv.type(), pos), pos);
      this.recvVar = recv.name() == null ? null : new Var(recv.name(), pos);
    }
  }

  private String what() {
    return name != null ? name : "func literal";
  }

  /** The receiver of a method, e.g. p in {@code func (p *Point) Move()}. */
  public Var receiver() {
    if (recv == null) throw new IllegalStateException(what() + " is not a method; it has no receiver");
    if (recvVar == null) throw new IllegalStateException(what() + ": the receiver has no name");
    return recvVar;
  }

  /** Adds a parameter and returns its handle. */
  public Var param(String name, Type type) {
    Pos p = Where.here();
    requireNoVariadic(name);
    params.add(new Field(name, TypeExprs.of(type, p), p));
    return new Var(name, p);
  }

  /**
   * Adds the final, variadic parameter {@code name ...elem}; in the body it is a {@code []elem}.
   * No parameter can follow it.
   */
  public Var variadic(String name, Type elem) {
    Pos p = Where.here();
    requireNoVariadic(name);
    params.add(new Field(name, new Expr.Ellipsis(TypeExprs.of(elem, p), p), p));
    variadic = name;
    return new Var(name, p);
  }

  private void requireNoVariadic(String next) {
    if (variadic != null) {
      throw new IllegalStateException(what() + ": parameter " + next + " cannot follow the variadic parameter "
          + variadic + "; only the final parameter can be variadic");
    }
  }

  /** Adds an unnamed result. */
  public FuncBuilder result(Type type) {
    Pos p = Where.here();
    if (!results.isEmpty() && results.getFirst().name() != null) {
      throw new IllegalStateException(what() + ": cannot mix named and unnamed results");
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
      throw new IllegalStateException(what() + ": cannot mix named and unnamed results");
    }
    results.add(new Field(name, TypeExprs.of(type, p), p));
    return new Var(name, p);
  }

  Decl.FuncDecl build() {
    return new Decl.FuncDecl(recv, name, params, results, block(), pos);
  }

  Expr.FuncLit buildLit() {
    return new Expr.FuncLit(new Expr.FuncType(params, results, pos), block(), pos);
  }
}
