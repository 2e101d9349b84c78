package dev.gosem.examples.cli;

import dev.gosem.api.print.GoPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * GoCommand prints an example's Go source as gofmt would format it. A program of one file is
 * printed as it is, so {@code gosem go fib > main.go} makes a file Go builds; a program of several
 * files is printed as a txtar archive ({@code -- name.go --} before each file).
 */
@Command(name = "go", mixinStandardHelpOptions = true, description = "Print an example's Go source.")
final class GoCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--go119", description = "Write constructs newer than Go 1.19 as equivalent Go 1.19 code.")
  boolean go119;

  @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write the files into DIR instead of printing them.")
  Path dir;

  GoCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    var example = env.example(name);
    GoPrinter.Options options = go119 ? GoPrinter.Options.go119() : GoPrinter.Options.standard();
    Map<String, String> files = GoPrinter.print(example.program(), options);
    if (dir != null) {
      Files.createDirectories(dir);
      for (var f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
    } else if (files.size() == 1) {
      env.out().print(files.values().iterator().next());
    } else {
      for (var f : files.entrySet()) env.out().print("-- " + f.getKey() + " --\n" + f.getValue());
    }
    return 0;
  }
}
