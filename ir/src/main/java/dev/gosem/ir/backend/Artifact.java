package dev.gosem.ir.backend;

import java.io.IOException;
import java.nio.file.Path;

/** Artifact is a compiled program: it can be run with its output captured, or written out. */
public interface Artifact {
  /** Runs the program to completion and returns what it printed and its exit code. */
  RunResult run();

  /** Writes the program as a standalone file (a runnable jar, an ELF executable). */
  void write(Path file) throws IOException;
}
