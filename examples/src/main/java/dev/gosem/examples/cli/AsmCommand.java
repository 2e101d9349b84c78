package dev.gosem.examples.cli;

import dev.gosem.ir.Compiler;
import dev.gosem.ir.backend.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * AsmCommand prints the x86-64 code the amd64 backend generates for an example: it writes the
 * executable and disassembles it with GNU objdump (Intel syntax), keeping the program's own
 * functions (main.*) unless asked for one function or for the native runtime too.
 */
@Command(name = "asm", mixinStandardHelpOptions = true,
    description = "Print the x86-64 code of an example's amd64 executable (objdump -d, Intel syntax).")
final class AsmCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--func", paramLabel = "F", description = "Print only function F (main.F).")
  String func;

  @Option(names = "--all", description = "Print the native runtime's functions too.")
  boolean all;

  @Option(names = "--bytes", description = "Show each instruction's bytes.")
  boolean bytes;

  @Mixin CompileFlags flags;

  AsmCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    Env.backend("amd64");
    Artifact artifact = Compiler.compile(example.program(), "amd64", flags.options());
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gosem-asm");
      Path exe = dir.resolve(name);
      artifact.write(exe);
      List<List<String>> functions = disassemble(exe);
      List<String> known = new ArrayList<>();
      StringBuilder out = new StringBuilder();
      for (List<String> f : functions) {
        String symbol = f.getFirst().substring(f.getFirst().indexOf('<') + 1, f.getFirst().lastIndexOf('>'));
        if (symbol.startsWith("main.")) known.add(symbol.substring("main.".length()));
        boolean keep = func != null ? symbol.equals("main." + func) : all || symbol.startsWith("main.");
        if (!keep) continue;
        if (!out.isEmpty()) out.append('\n');
        for (String line : f) out.append(line).append('\n');
      }
      if (func != null && out.isEmpty()) {
        throw CliError.usage("no function \"" + func + "\" in example " + name + " (functions: " + String.join(", ", known) + ")");
      }
      env.out().print(out);
      return 0;
    } catch (IOException e) {
      throw CliError.failed("cannot disassemble " + name + ": " + e.getMessage());
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) Files.deleteIfExists(p);
          Files.deleteIfExists(dir);
        } catch (IOException ignored) {
          // A temporary directory left behind is harmless.
        }
      }
    }
  }

  /** objdump -d of the executable, split into functions (each starting with its "ADDR <name>:" line). */
  private List<List<String>> disassemble(Path exe) throws IOException {
    List<String> command = new ArrayList<>(List.of("objdump", "-d", "-M", "intel"));
    if (!bytes) command.add("--no-show-raw-insn");
    command.add(exe.toString());
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw CliError.failed("gosem asm needs objdump (GNU binutils) on PATH");
    }
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("objdump failed: " + text.strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    List<List<String>> functions = new ArrayList<>();
    List<String> current = null;
    for (String line : text.split("\n")) {
      if (line.matches("[0-9a-f]+ <.+>:")) {
        current = new ArrayList<>();
        functions.add(current);
        current.add(line);
      } else if (current != null && !line.isBlank()) {
        current.add(line);
      }
    }
    // The int3 padding that aligns the next function belongs to no function.
    for (List<String> f : functions) {
      while (f.size() > 1 && f.getLast().strip().endsWith("int3")) f.removeLast();
    }
    return functions;
  }
}
