package dev.gosem.api.types;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Interface is a method set: its methods sorted by name, embedded interfaces already flattened
 * in. The empty interface is {@code any}.
 */
public record Interface(List<Method> methods) implements Type {
  public static final Interface EMPTY = new Interface(List.of());

  public Interface {
    methods = methods.stream().sorted(Comparator.comparing(Method::name)).toList();
  }

  /** A method of an interface or a named type: its name and signature without the receiver. */
  public record Method(String name, Signature sig) {
    @Override
    public String toString() {
      return name + sig.toString().substring("func".length());
    }
  }

  public Method method(String name) {
    for (Method m : methods) if (m.name().equals(name)) return m;
    return null;
  }

  public boolean isEmpty() {
    return methods.isEmpty();
  }

  @Override
  public String toString() {
    if (methods.isEmpty()) return "interface{}";
    return methods.stream().map(Method::toString).collect(Collectors.joining("; ", "interface{", "}"));
  }
}
