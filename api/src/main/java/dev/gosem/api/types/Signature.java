package dev.gosem.api.types;

import java.util.List;
import java.util.stream.Collectors;

/** Signature is a function type: parameter and result types. */
public record Signature(List<Type> params, List<Type> results, boolean variadic) implements Type {
  public Signature {
    params = List.copyOf(params);
    results = List.copyOf(results);
    if (variadic && (params.isEmpty() || !(params.getLast() instanceof Slice))) {
      throw new IllegalArgumentException("a variadic signature ends in a slice parameter");
    }
  }

  public Signature(List<Type> params, List<Type> results) {
    this(params, results, false);
  }

  @Override
  public String toString() {
    List<String> ps = new java.util.ArrayList<>(params.stream().map(Type::toString).toList());
    if (variadic) ps.set(ps.size() - 1, "..." + ((Slice) params.getLast()).elem());
    String p = String.join(", ", ps);
    p = "(" + p + ")";
    if (results.isEmpty()) return "func" + p;
    if (results.size() == 1) return "func" + p + " " + results.getFirst();
    return "func" + p + " " + new Tuple(results);
  }
}
