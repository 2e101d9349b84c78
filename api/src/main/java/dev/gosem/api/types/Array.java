package dev.gosem.api.types;

/** Array is {@code [len]elem}; arrays are values, copied on assignment and in calls. */
public record Array(long len, Type elem) implements Type {
  @Override
  public String toString() {
    return "[" + len + "]" + elem;
  }
}
