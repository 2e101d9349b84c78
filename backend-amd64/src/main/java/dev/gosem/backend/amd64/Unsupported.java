package dev.gosem.backend.amd64;

import dev.gosem.api.Pos;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import java.util.List;

/** Unsupported reports IR the amd64 backend cannot compile yet, as a diagnostic (never a crash). */
public final class Unsupported {
  private Unsupported() {}

  public static CompileException at(Pos pos, String what) {
    return new CompileException(List.of(new Diagnostic(pos == null ? Pos.NONE : pos,
        "gosem's amd64 backend does not support " + what + " yet")));
  }
}
