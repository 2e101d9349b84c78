package dev.gosem.api.buildtags;

/** A malformed {@code //go:build} expression; the message is Go's (after "parsing //go:build line: "). */
public final class ConstraintSyntaxException extends RuntimeException {
  private final int offset;

  ConstraintSyntaxException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  /** The byte offset in the expression where the problem is. */
  public int offset() {
    return offset;
  }
}
