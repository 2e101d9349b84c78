package dev.gosem.api.types;

import java.util.List;
import java.util.stream.Collectors;

/** Signature is a function type: parameter and result types. */
public record Signature(List<Type> params, List<Type> results) implements Type {
  public Signature {
    params = List.copyOf(params);
    results = List.copyOf(results);
  }

  @Override
  public String toString() {
    String p = params.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
    if (results.isEmpty()) return "func" + p;
    if (results.size() == 1) return "func" + p + " " + results.getFirst();
    return "func" + p + " " + new Tuple(results);
  }
}
