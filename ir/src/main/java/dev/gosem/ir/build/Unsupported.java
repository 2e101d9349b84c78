package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import java.util.List;

/** Unsupported reports a construct the type checker accepted but gosem cannot compile yet. */
final class Unsupported {
  private Unsupported() {}

  static CompileException at(Pos pos, String what) {
    return new CompileException(List.of(new Diagnostic(pos, "gosem does not support " + what + " yet")));
  }
}
