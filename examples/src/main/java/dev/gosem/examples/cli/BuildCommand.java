package dev.gosem.examples.cli;

import dev.gosem.ir.Compiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * BuildCommand compiles an example into a standalone file: a runnable jar for the JVM target
 * ({@code java -jar fib.jar}). Like go build it prints nothing when it succeeds.
 */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Compile an example into a standalone file.")
final class BuildCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--target", paramLabel = "TARGET", defaultValue = "jvm",
      description = "The backend to compile with (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "-o", paramLabel = "FILE", description = "The output file (default: NAME.jar for jvm, NAME otherwise).")
  Path output;

  @Mixin CompileFlags flags;

  BuildCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    Env.backend(target);
    Path file = output != null ? output : Path.of(target.equals("jvm") ? name + ".jar" : name);
    var artifact = Compiler.compile(example.program(), target, flags.options(example));
    try {
      artifact.write(file);
    } catch (IOException e) {
      throw CliError.failed("cannot write " + file + ": " + e.getMessage());
    }
    return 0;
  }
}
