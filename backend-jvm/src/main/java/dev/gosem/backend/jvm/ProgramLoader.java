package dev.gosem.backend.jvm;

/**
 * The class loader of one compiled program. Each program gets its own, so its classes (and their
 * static fields, Go's package-level variables) go away with it; the runtime comes from the parent.
 */
final class ProgramLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final String name;
  private final byte[] bytes;

  ProgramLoader(String binaryName, byte[] bytes) {
    super("gosem-program", ProgramLoader.class.getClassLoader());
    this.name = binaryName;
    this.bytes = bytes;
  }

  /** The program's own class is found here first, whatever the parent holds of that name. */
  @Override
  protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
    if (!n.equals(name)) return super.loadClass(n, resolve);
    synchronized (getClassLoadingLock(n)) {
      Class<?> c = findLoadedClass(n);
      if (c == null) c = defineClass(n, bytes, 0, bytes.length);
      if (resolve) resolveClass(c);
      return c;
    }
  }
}
