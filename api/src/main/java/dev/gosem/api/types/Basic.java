package dev.gosem.api.types;

/**
 * Basic is a predeclared type or an untyped constant kind. {@code byte} and {@code rune} are
 * aliases, so they are the same Basic as uint8 and int32 and print as those.
 */
public record Basic(Kind kind) implements Type {
  public boolean isInteger() {
    return kind.isInteger();
  }

  public boolean isUntyped() {
    return kind.isUntyped();
  }

  @Override
  public String toString() {
    return kind.goName();
  }
}
