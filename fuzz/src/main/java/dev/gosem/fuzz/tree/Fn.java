package dev.gosem.fuzz.tree;

import java.util.List;

/**
 * Fn is a function: {@code main}, an {@code init}, or a helper. A recursive function's first
 * parameter is its depth, and its body starts with {@code if d <= 0 { return ... }}.
 */
public record Fn(String name, List<Param> params, List<Ty> results, List<String> resultNames, List<S> body, boolean recursive) {
  public record Param(String name, Ty type) {}

  public boolean namedResults() {
    return resultNames != null;
  }

  public Fn withBody(List<S> body) {
    return new Fn(name, params, results, resultNames, body, recursive);
  }
}
