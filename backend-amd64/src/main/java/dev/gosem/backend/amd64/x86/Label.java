package dev.gosem.backend.amd64.x86;

/**
 * Label is a position in the text being assembled. It may be referenced before it is bound; the
 * assembler patches every reference when the text is finished.
 */
public final class Label {
  private final String name;
  int pos = -1;

  public Label() {
    this(null);
  }

  /** A label with a name, used for function symbols and in listings. */
  public Label(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public boolean isBound() {
    return pos >= 0;
  }

  /** The offset in the text; only once bound. */
  public int pos() {
    if (pos < 0) throw new IllegalStateException("label " + (name == null ? "" : name + " ") + "is not bound");
    return pos;
  }

  @Override
  public String toString() {
    return name != null ? name : "L@" + pos;
  }
}
