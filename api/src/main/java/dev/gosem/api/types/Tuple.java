package dev.gosem.api.types;

import java.util.List;
import java.util.stream.Collectors;

/** Tuple is the type of a call with zero or several results. */
public record Tuple(List<Type> types) implements Type {
  public Tuple {
    types = List.copyOf(types);
  }

  @Override
  public String toString() {
    return types.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
