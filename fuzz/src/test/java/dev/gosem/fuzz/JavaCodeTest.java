package dev.gosem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.fuzz.gen.Generator;
import dev.gosem.fuzz.render.JavaCode;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.tree.Prog;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder code printed for a finding compiles and builds the very program the fuzzer ran. */
class JavaCodeTest {
  @Test
  void printedBuilderCodeBuildsTheSameProgram(@TempDir Path dir) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String api = Path.of(Go.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    // Seed 36 has defer, recover, panic and errors.New; 51 and 16 go statements, channels
    // (directional too), selects, comma-ok receives, sync and atomic variables.
    for (long seed : new long[] {1, 2, 3, 4, 36, 51, 16}) {
      Prog p = Generator.generate(seed);
      String cls = "Repro" + seed;
      String src = JavaCode.of(p, cls, "seed " + seed);
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + cls + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return src;
        }
      };
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
        boolean ok = javac.getTask(null, fm, null, List.of("-d", dir.toString(), "-cp", api + File.pathSeparator + dir,
            "-proc:none", "-nowarn"), null, List.of(file)).call();
        assertThat(ok).as("seed %d compiles:\n%s", seed, src).isTrue();
      }
      try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, JavaCodeTest.class.getClassLoader())) {
        var build = loader.loadClass(cls).getDeclaredMethod("build");
        build.setAccessible(true);
        Program built = (Program) build.invoke(null);
        String want = GoPrinter.print(ToProgram.of(p), GoPrinter.Options.go119()).get("main.go");
        assertThat(GoPrinter.print(built, GoPrinter.Options.go119()).get("main.go")).as("seed %d", seed).isEqualTo(want);
      }
      Files.list(dir).forEach(f -> f.toFile().delete());
    }
  }
}
