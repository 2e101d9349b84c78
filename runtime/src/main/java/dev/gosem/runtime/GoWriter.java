package dev.gosem.runtime;

/**
 * An io.Writer as fmt.Fprint* sees it: os.Stdout and os.Stderr ({@link OsFile}), a
 * *strings.Builder, or a generated class of a user type with a Write method.
 */
public interface GoWriter {
  /** Writes the bytes of a Go byte-string. */
  void writeBytes(String goBytes);
}
