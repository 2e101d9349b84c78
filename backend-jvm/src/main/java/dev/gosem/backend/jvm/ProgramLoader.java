package dev.gosem.backend.jvm;

import java.util.Map;

/**
 * The class loader of one compiled program. Each program gets its own, so its classes (and their
 * static fields, Go's package-level variables) go away with it; the runtime comes from the parent.
 * The program's own classes are found here first, whatever the parent holds of those names.
 */
final class ProgramLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** Class files by binary name (go.main.Main). */
  private final Map<String, byte[]> classes;

  ProgramLoader(Map<String, byte[]> classes) {
    super("gosem-program", ProgramLoader.class.getClassLoader());
    this.classes = classes;
  }

  @Override
  protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
    byte[] bytes = classes.get(n);
    if (bytes == null) return super.loadClass(n, resolve);
    synchronized (getClassLoadingLock(n)) {
      Class<?> c = findLoadedClass(n);
      if (c == null) c = defineClass(n, bytes, 0, bytes.length);
      if (resolve) resolveClass(c);
      return c;
    }
  }
}
