package dev.gosem.examples.cli;

import dev.gosem.ir.Compiler;
import dev.gosem.ir.ssa.Dump;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** SsaCommand prints an example's IR as it leaves the passes (or straight from SSA construction with -N). */
@Command(name = "ssa", mixinStandardHelpOptions = true, description = "Print an example's SSA IR after the passes.")
final class SsaCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "NAME", description = "The example (see gosem list).")
  String name;

  @Option(names = "--func", paramLabel = "F", description = "Print only function F.")
  String func;

  @Mixin CompileFlags flags;

  SsaCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var example = env.example(name);
    Module m = Compiler.lower(example.program(), flags.options(example));
    if (func == null) {
      env.out().print(Dump.of(m));
      return 0;
    }
    Func f = m.func(func);
    if (f == null) {
      String known = m.funcList().stream().map(Func::name).collect(Collectors.joining(", "));
      throw CliError.usage("no function \"" + func + "\" in example " + name + " (functions: " + known + ")");
    }
    env.out().print(Dump.of(f));
    return 0;
  }
}
