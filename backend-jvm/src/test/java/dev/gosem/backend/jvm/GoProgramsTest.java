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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go programs written as Go text (test resources under progs/), parsed into the program model,
 * compiled and run on the JVM backend: stdout, exit status, and stderr up to a traceback must be
 * what Go 1.19 printed for the same file (progs/regen.sh makes the expected files).
 */
class GoProgramsTest {
  /** The programs, by file name without .go. */
  static final List<String> PROGRAMS = List.of("init_order",
      // the data model (issue 3): values, then Go's panic texts for misuse
      "data_structs", "data_slices", "data_maps", "data_strs", "data_mem", "data_ifaces", "data_embed",
      "data_errs", "data_closures", "data_tree",
      "data_idx", "data_arridx", "data_slice3", "data_nilptr", "data_assert", "data_assert2",
      "data_uncomparable", "data_custompanic", "data_strpanic", "data_intpanic", "data_nilfunc",
      "data_niliface");

  @TestFactory
  Stream<DynamicTest> eachProgramPrintsWhatGoPrints() {
    return PROGRAMS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      var program = GoSource.program(resource(name + ".go"));
      for (boolean optimize : new boolean[] {true, false}) {
        JvmArtifact a = (JvmArtifact) Compiler.compile(program, "jvm", new Options(optimize, true));
        Verify.passes(a);
        RunResult r = a.run();
        assertThat(r.stdout()).as("stdout").isEqualTo(resource(name + ".stdout"));
        assertThat(upToTraceback(r.stderr())).as("stderr").isEqualTo(upToTraceback(resource(name + ".stderr")));
        assertThat(r.exitCode()).as("exit").isEqualTo(Integer.parseInt(resource(name + ".exit").strip()));
      }
    }));
  }

  /**
   * Stderr up to the traceback's first line; the addresses of Go's "[signal SIGSEGV ...]" line
   * are the machine's, so they are left out.
   */
  static String upToTraceback(String stderr) {
    stderr = stderr.replaceAll("(?m)^(\\[signal SIGSEGV: segmentation violation) code=.*$", "$1");
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
