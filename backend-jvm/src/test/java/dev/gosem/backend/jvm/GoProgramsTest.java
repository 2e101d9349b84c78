package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go programs written as Go text (test resources under progs/), parsed into the program model,
 * compiled and run on the JVM backend: stdout, exit status, and stderr up to a traceback must be
 * what Go 1.19 printed for the same file (progs/regen.sh makes the expected files).
 */
class GoProgramsTest {
  /** Every program, by file name without .go (-Dprogs=PREFIX keeps those starting with PREFIX). */
  static List<String> programs() throws IOException {
    String only = System.getProperty("progs", "");
    return resource("index.txt").lines().filter(l -> !l.isBlank() && l.startsWith(only)).toList();
  }

  /** The programs known not to run yet, with the reason (progs/pending.txt): listed, never silent. */
  static Map<String, String> pending() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String l : resource("pending.txt").lines().toList()) {
      if (l.isBlank() || l.startsWith("#")) continue;
      int colon = l.indexOf(':');
      out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyProgramLowersToVerifiedIr() throws IOException {
    return programs().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      var program = GoSource.program(resource(name + ".go"));
      Compiler.lower(program, new Options(false, true));
      Compiler.lower(program, new Options(true, true));
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachProgramPrintsWhatGoPrints() throws IOException {
    Map<String, String> pending = pending();
    assertThat(programs()).containsAll(pending.keySet());
    return programs().stream().filter(n -> !pending.containsKey(n)).map(name -> DynamicTest.dynamicTest(name, () -> {
      String source = resource(name + ".go");
      var program = withGoVersion(GoSource.program(source), source);
      for (Options o : optionsFor(source)) {
        JvmArtifact a = (JvmArtifact) Compiler.compile(program, "jvm", o);
        Verify.passes(a);
        RunResult r = a.run();
        String as = " (-N " + !o.optimize() + ", defer " + o.defer() + ")";
        assertThat(r.stdout()).as("stdout" + as).isEqualTo(resource(name + ".stdout"));
        assertThat(upToTraceback(r.stderr())).as("stderr" + as).isEqualTo(upToTraceback(resource(name + ".stderr")));
        assertThat(r.exitCode()).as("exit" + as).isEqualTo(Integer.parseInt(resource(name + ".exit").strip()));
      }
    }));
  }

  /**
   * A program says which Go version it is written for with a line "// gosem:version go1.N"
   * (where the language changed since, as for panic(nil)); otherwise the default.
   */
  static dev.gosem.api.Program withGoVersion(dev.gosem.api.Program p, String source) {
    var m = java.util.regex.Pattern.compile("(?m)^// gosem:version (go1\\.\\d+)$").matcher(source);
    return m.find() ? new dev.gosem.api.Program(p.name(), p.files(), m.group(1)) : p;
  }

  /** Optimized and not; a program that defers also under each forced defer strategy. */
  private static List<Options> optionsFor(String source) {
    List<Options> out = new java.util.ArrayList<>(List.of(new Options(true, true), new Options(false, true)));
    if (source.contains("defer ")) {
      for (Options.DeferMode m : List.of(Options.DeferMode.HEAP, Options.DeferMode.STACK, Options.DeferMode.OPEN)) {
        out.add(new Options(true, true).withDefer(m));
      }
    }
    return out;
  }

  /**
   * stderr up to and including the traceback's "goroutine N [...]" line, with code addresses
   * (pc=0x...) blanked: the JVM has none to give, and Go's differ by build.
   */
  static String upToTraceback(String stderr) {
    stderr = stderr.replaceAll("pc=0x[0-9a-f]+", "pc=0x?");
    int at = stderr.indexOf("goroutine ");
    if (at < 0) return stderr;
    int end = stderr.indexOf('\n', at);
    return end < 0 ? stderr : stderr.substring(0, end + 1);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = GoProgramsTest.class.getResourceAsStream("/progs/" + name)) {
      if (in == null) throw new IOException("missing test resource progs/" + name + " (run progs/regen.sh)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
