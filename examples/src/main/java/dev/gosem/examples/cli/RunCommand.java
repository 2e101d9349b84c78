package dev.gosem.examples.cli;

import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.backend.Artifact;
import dev.gosem.ir.backend.RunResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** RunCommand compiles an example and runs it, exiting with the program's own status. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compile an example and run it.")
final class RunCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--target", paramLabel = "TARGET", defaultValue = "jvm",
      description = "The backend to compile with (default: ${DEFAULT-VALUE}).")
  String target;

  @Mixin CompileFlags flags;

  RunCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    String goarch = Env.backend(target).goarch();
    // go vet's warnings first, on stderr, as `go vet && go run` would show them
    for (var w : Compiler.vet(example.program(), flags.options(example), goarch)) env.err().println(w);
    Artifact artifact = Compiler.compile(example.program(), target, flags.options(example));
    env.out().flush();
    env.err().flush();
    // On the console a JVM program writes its bytes straight to System.out and System.err as it
    // runs: output appears as it is made, interleaved as the program wrote it, byte for byte.
    if (env.console() && artifact instanceof JvmArtifact jvm) return jvm.runOnConsole();
    RunResult r = artifact.run();
    env.out().print(r.stdout());
    env.err().print(r.stderr());
    return r.exitCode();
  }
}
