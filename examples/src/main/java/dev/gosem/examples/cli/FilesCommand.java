package dev.gosem.examples.cli;

import dev.gosem.api.buildtags.FileSelection;
import dev.gosem.ir.Compiler;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** FilesCommand says which files of an example a build includes, and why (build constraints). */
@Command(name = "files", mixinStandardHelpOptions = true,
    description = "Show which files of an example the build includes or excludes, and why.")
final class FilesCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--target", paramLabel = "TARGET", description = "jvm (default) or amd64: its GOARCH counts.")
  String target = "jvm";

  @Mixin CompileFlags flags;

  FilesCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    var program = example.program();
    var ctx = Compiler.buildContext(program, flags.options(example), Env.backend(target).goarch());
    for (FileSelection.Decision d : FileSelection.decide(program, ctx)) env.out().println(d);
    // the files of the program's other packages, under their directories in the module
    for (var pkg : program.packages()) {
      String dir = pkg.path().substring(program.modulePath().length() + 1) + "/";
      for (FileSelection.Decision d : FileSelection.decide(pkg.files(), ctx)) env.out().println(dir + d);
    }
    return 0;
  }
}
