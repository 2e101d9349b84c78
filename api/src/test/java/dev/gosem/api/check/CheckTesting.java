package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.fail;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import java.util.List;
import java.util.function.Consumer;

/** Helpers for type checker tests: programs in one file main.go, diagnostics as "line:col: msg". */
final class CheckTesting {
  static final String F = "main.go";

  private CheckTesting() {}

  static Pos at(int line, int col) {
    return new Pos(F, line, col);
  }

  static Program prog(Consumer<FileBuilder> file) {
    return Go.program("t", p -> p.file(F, file));
  }

  /** A program whose only function is main with the given body. */
  static Program mainOnly(Consumer<FuncBuilder> body) {
    return prog(f -> f.func("main", body));
  }

  /** The diagnostics of a program that must not type-check, as "line:col: message". */
  static List<String> errors(Program p) {
    try {
      TypeChecker.check(p);
    } catch (CompileException e) {
      return e.diagnostics().stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.message()).toList();
    }
    return fail("expected diagnostics, but the program type-checked");
  }

  /** The messages only, for tests whose positions come from Java call sites. */
  static List<String> messages(Program p) {
    try {
      TypeChecker.check(p);
    } catch (CompileException e) {
      return e.diagnostics().stream().map(Diagnostic::message).toList();
    }
    return fail("expected diagnostics, but the program type-checked");
  }

  static TypeInfo ok(Program p) {
    try {
      return TypeChecker.check(p);
    } catch (CompileException e) {
      return fail("unexpected diagnostics:\n" + e.getMessage());
    }
  }
}
