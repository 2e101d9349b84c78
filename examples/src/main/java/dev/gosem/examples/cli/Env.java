package dev.gosem.examples.cli;

import dev.gosem.examples.Example;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.backend.Backend;
import java.io.PrintStream;
import java.util.List;

/**
 * Env is what the commands work with: the examples they may name and the streams they write to.
 * Tests make one over in-memory streams and examples of their own.
 *
 * @param examples the examples, in the order {@code gosem list} shows them
 * @param out standard output; text goes out as UTF-8, a program's output byte for byte
 * @param err standard error, likewise
 * @param console whether out and err are this process's own System.out and System.err, so a
 *     program may write to them directly as it runs instead of after it ends
 */
record Env(List<Example> examples, PrintStream out, PrintStream err, boolean console) {
  Env {
    examples = List.copyOf(examples);
  }

  /** The example with this name; an unknown name is a usage error. */
  Example example(String name) {
    return examples.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> CliError.usage("unknown example \"" + name + "\" (see ./gosem list)"));
  }

  /** The backend with this name; an unknown name is a usage error that lists the known ones. */
  static Backend backend(String target) {
    try {
      return Compiler.backend(target);
    } catch (IllegalArgumentException e) {
      // Compiler's message names the target and the backends on the class path, on one line.
      throw CliError.usage(e.getMessage());
    }
  }
}
