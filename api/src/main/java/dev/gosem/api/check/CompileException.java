package dev.gosem.api.check;

import java.util.List;
import java.util.stream.Collectors;

/** CompileException carries every diagnostic found in a program, in source order. */
public final class CompileException extends RuntimeException {
  private final List<Diagnostic> diagnostics;

  public CompileException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().sorted().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = diagnostics.stream().sorted().toList();
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
