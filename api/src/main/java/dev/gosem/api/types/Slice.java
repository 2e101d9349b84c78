package dev.gosem.api.types;

/** Slice is {@code []elem}. */
public record Slice(Type elem) implements Type {
  @Override
  public String toString() {
    return "[]" + elem;
  }
}
