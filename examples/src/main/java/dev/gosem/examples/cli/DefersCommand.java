package dev.gosem.examples.cli;

import dev.gosem.ir.Compiler;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * DefersCommand prints the strategy of each defer statement of an example, as
 * {@code go build -gcflags=-d=defer} does, with the reason a better one was ruled out.
 */
@Command(name = "defers", mixinStandardHelpOptions = true,
    description = "Show how each defer statement of an example is carried out (open-coded, stack- or"
        + " heap-allocated) and why, as go build -gcflags=-d=defer does.")
final class DefersCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Mixin CompileFlags flags;

  DefersCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    for (String line : Compiler.deferReport(example.program(), flags.options(example))) env.out().println(line);
    return 0;
  }
}
