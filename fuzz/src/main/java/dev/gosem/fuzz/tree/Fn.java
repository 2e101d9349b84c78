package dev.gosem.fuzz.tree;

import java.util.List;

/**
 * Fn is a function: {@code main}, an {@code init}, or a helper. A recursive function's first
 * parameter is its depth, and its body starts with {@code if d <= 0 { return ... }}.
 */
public record Fn(String name, Recv recv, List<Param> params, List<T> results, List<String> resultNames, List<S> body, boolean recursive) {
  public record Param(String name, T type) {}

  /** A method's receiver: {@code (name T)} or {@code (name *T)}. */
  public record Recv(String name, T.Struct type, boolean pointer) {}

  public Fn(String name, List<Param> params, List<T> results, List<String> resultNames, List<S> body, boolean recursive) {
    this(name, null, params, results, resultNames, body, recursive);
  }

  public boolean namedResults() {
    return resultNames != null;
  }

  public Fn withBody(List<S> body) {
    return new Fn(name, recv, params, results, resultNames, body, recursive);
  }
}
