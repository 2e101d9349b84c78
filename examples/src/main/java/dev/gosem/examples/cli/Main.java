package dev.gosem.examples.cli;

import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import dev.gosem.examples.Examples;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Main is the {@code gosem} command line: {@code list}, {@code run}, {@code go}, {@code ssa},
 * {@code build}, {@code files} and {@code asm} over the example programs, and {@code fuzz}, the
 * differential tester. The {@code gosem} script at the repository root builds the project and
 * runs this class.
 *
 * <p>Exit codes: a run exits with the program's own status; otherwise 0 on success, 1 when the
 * program does not compile (its diagnostics are printed as {@code file:line:col: message}) or an
 * output cannot be written, 2 for bad usage (one line on stderr), 3 for an internal error of gosem
 * (one line; set GOSEM_TRACE=1 for the stack trace).
 */
public final class Main {
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int INTERNAL_ERROR = 3;

  private Main() {}

  public static void main(String[] args) {
    // Wrapping System.out (rather than its file descriptor) keeps one buffer between our text and
    // a program that writes to System.out directly as it runs.
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, false, StandardCharsets.UTF_8);
    int status = execute(new Env(Examples.all(), out, err, true), args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line in env and returns its exit status. */
  static int execute(Env env, String... args) {
    try {
      return commandLine(env).execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler below; an Error of gosem's own (a stack
      // overflow in the compiler, a broken service file) is reported the same way.
      PrintWriter err = new PrintWriter(env.err(), true, StandardCharsets.UTF_8);
      return report(e, err);
    } finally {
      env.out().flush();
      env.err().flush();
    }
  }

  /** The command tree over env, with gosem's one-line error reporting. */
  static CommandLine commandLine(Env env) {
    CommandLine cl = new CommandLine(new Gosem());
    cl.addSubcommand(new ListCommand(env));
    cl.addSubcommand(new RunCommand(env));
    cl.addSubcommand(new GoCommand(env));
    cl.addSubcommand(new SsaCommand(env));
    cl.addSubcommand(new BuildCommand(env));
    cl.addSubcommand(new FilesCommand(env));
    cl.addSubcommand(new DefersCommand(env));
    cl.addSubcommand(new AsmCommand(env));
    cl.addSubcommand(new FuzzCommand(env));
    cl.setExpandAtFiles(false);
    // Set after the subcommands are added, so that they share the writers.
    cl.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine where = e.getCommandLine();
      where.getErr().println("gosem: " + problem(e)
          + " (see ./" + where.getCommandSpec().qualifiedName() + " --help)");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, where, parsed) -> report(e, where.getErr()));
    return cl;
  }

  private static String problem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption() && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().getFirst();
      boolean command = u.getCommandLine().getParent() == null && !u.getCommandLine().getSubcommands().isEmpty();
      return (command ? "unknown command \"" : "unexpected argument \"") + first + "\"";
    }
    return sentence(e.getMessage());
  }

  private static int report(Throwable e, PrintWriter err) {
    switch (e) {
      case CliError c -> {
        err.println("gosem: " + c.getMessage());
        return c.status();
      }
      case CompileException c -> {
        for (Diagnostic d : c.diagnostics()) err.println(d);
        return FAILED;
      }
      default -> {
        err.println("gosem: internal error: " + sentence(String.valueOf(e)));
        if (System.getenv("GOSEM_TRACE") != null) e.printStackTrace(err);
        return INTERNAL_ERROR;
      }
    }
  }

  /** The first line of a message, starting in lower case as Go's tools write their errors. */
  private static String sentence(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
    if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && !Character.isUpperCase(line.charAt(1))) {
      line = Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
    return line;
  }
}
