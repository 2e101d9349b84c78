package dev.gosem.api.types;

/** MapType is {@code map[key]elem} (named so to stay clear of java.util.Map). */
public record MapType(Type key, Type elem) implements Type {
  @Override
  public String toString() {
    return "map[" + key + "]" + elem;
  }
}
