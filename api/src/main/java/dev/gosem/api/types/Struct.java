package dev.gosem.api.types;

import java.util.List;
import java.util.stream.Collectors;

/** Struct is {@code struct { fields }}; an embedded field's name is its type's name. */
public record Struct(List<Field> fields) implements Type {
  public Struct {
    fields = List.copyOf(fields);
  }

  /** One field: name, type, and whether it was declared embedded (promoting its members). */
  public record Field(String name, Type type, boolean embedded) {
    @Override
    public String toString() {
      return embedded ? type.toString() : name + " " + type;
    }
  }

  /** The index of the field declared with this name, or -1 (promoted fields are not searched). */
  public int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
    return -1;
  }

  @Override
  public String toString() {
    return fields.stream().map(Field::toString).collect(Collectors.joining("; ", "struct{", "}"));
  }
}
