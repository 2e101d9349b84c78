package dev.gosem.runtime;

/**
 * An interface value whose dynamic type has no Java class of its own: a non-pointer named type
 * without methods, a sized integer type, a slice, map, array, func or struct value. {@code value}
 * is in the representation of {@code type} (Long for every integer type, the struct object for a
 * struct value, which the box owns: it was copied when boxed).
 *
 * <p>equals and hashCode are Go's == on interface values (dynamic types identical, then the values
 * equal); comparing boxes of uncomparable types panics as Go does.
 */
public record Boxed(TypeDesc type, Object value) implements GoValue {
  @Override
  public TypeDesc goType() {
    return type;
  }

  @Override
  public Object goValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoValue && GoEquality.ifaceEqual(this, o);
  }

  @Override
  public int hashCode() {
    return GoEquality.ifaceHash(this);
  }

  @Override
  public String toString() {
    return GoStrings.toJava(Fmt.sprint(this));
  }
}
