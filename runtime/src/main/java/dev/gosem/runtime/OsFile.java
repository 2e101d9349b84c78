package dev.gosem.runtime;

/** *os.File for the standard streams: os.Stdout and os.Stderr write to the current process. */
public final class OsFile implements GoWriter, GoValue {
  /** *os.File. */
  public static final TypeDesc TYPE =
      TypeDesc.pointerTo(
          TypeDesc.runtimeNamed(
              "os", "File", TypeDesc.newStruct(TypeDesc.Field.of("fd", TypeDesc.INT)),
              new String[0]));

  static {
    TYPE.elem().setMethods(new String[0], new String[] {"Write", "WriteString"});
  }

  /** os.Stdout. */
  public static final OsFile STDOUT = new OsFile(1);

  /** os.Stderr. */
  public static final OsFile STDERR = new OsFile(2);

  private final int fd;

  private OsFile(int fd) {
    this.fd = fd;
  }

  @Override
  public void writeBytes(String goBytes) {
    if (fd == 1) {
      GoProcess.current().writeOut(goBytes);
    } else {
      GoProcess.current().writeErr(goBytes);
    }
  }

  @Override
  public TypeDesc goType() {
    return TYPE;
  }
}
