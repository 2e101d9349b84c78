package dev.gosem.api.types;

/** Pointer is {@code *elem}. */
public record Pointer(Type elem) implements Type {
  @Override
  public String toString() {
    return "*" + elem;
  }
}
