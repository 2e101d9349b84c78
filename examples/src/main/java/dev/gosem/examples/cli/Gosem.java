package dev.gosem.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** Gosem is the top of the command tree; called without a subcommand it is a usage error. */
@Command(
    name = "gosem",
    mixinStandardHelpOptions = true,
    versionProvider = Gosem.Version.class,
    description = "Builds, prints and runs the gosem example programs.",
    footerHeading = "%nExit status:%n",
    footer = {
      "  run: the program's own exit status; otherwise",
      "  0  success",
      "  1  the program does not compile (file:line:col: message lines),",
      "     or a file cannot be written",
      "  2  bad usage: an unknown example, target, function or flag (one line)",
      "  3  an internal error of gosem (one line; GOSEM_TRACE=1 prints its stack trace)"
    })
final class Gosem implements Callable<Integer> {
  @Override
  public Integer call() {
    throw CliError.usage("missing command (see ./gosem --help)");
  }

  /** Version reads the version Maven wrote into the examples jar. */
  static final class Version implements IVersionProvider {
    private static final String POM = "/META-INF/maven/dev.gosem/gosem-examples/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
      try (InputStream in = Gosem.class.getResourceAsStream(POM)) {
        if (in == null) return new String[] {"gosem (development build)"};
        Properties p = new Properties();
        p.load(in);
        return new String[] {"gosem " + p.getProperty("version", "(unknown version)")};
      }
    }
  }
}
