package dev.gosem.examples;

import java.util.List;
import java.util.Optional;

/** Examples is the registry of example programs, in the order {@code ./gosem list} shows them. */
public final class Examples {
  private Examples() {}

  public static List<Example> all() {
    return List.of();
  }

  public static Optional<Example> find(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
