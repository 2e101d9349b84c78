package dev.gosem.examples.cli;

import dev.gosem.examples.Example;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** ListCommand prints one line per example: its name, padding, its summary. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the example programs.")
final class ListCommand implements Callable<Integer> {
  private final Env env;

  ListCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    int width = env.examples().stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Example e : env.examples()) {
      String line = e.name() + " ".repeat(width - e.name().length() + 2) + e.summary();
      env.out().print(line.stripTrailing() + "\n");
    }
    return 0;
  }
}
