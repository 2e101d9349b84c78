package dev.gosem.examples;

import dev.gosem.api.print.GoPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * GoSources writes the Go 1.19 source of examples for the Go toolchain, one directory per example:
 * {@code java dev.gosem.examples.GoSources DIR [NAME...]} writes {@code DIR/NAME/main.go} (each
 * file of the program under its own name) for the named examples, or for all of them.
 * examples/goldens.sh uses it to make the goldens.
 */
public final class GoSources {
  private GoSources() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: GoSources DIR [NAME...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<Example> chosen = new ArrayList<>();
    for (String name : Arrays.asList(args).subList(1, args.length)) {
      var example = Examples.find(name);
      if (example.isEmpty()) {
        System.err.println("GoSources: unknown example \"" + name + "\"; the examples are "
            + String.join(" ", Examples.all().stream().map(Example::name).toList()));
        System.exit(2);
      }
      chosen.add(example.get());
    }
    if (chosen.isEmpty()) chosen.addAll(Examples.all());
    for (Example e : chosen) write(dir.resolve(e.name()), e);
  }

  /** Writes the files of one example into {@code dir}, as Go 1.19 source. */
  public static void write(Path dir, Example e) throws IOException {
    Files.createDirectories(dir);
    Map<String, String> files = GoPrinter.print(e.program(), GoPrinter.Options.go119());
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    // the tags go build needs for this example, for goldens.sh
    Files.writeString(dir.resolve(".tags"), String.join(",", e.tags().stream().sorted().toList()));
  }
}
