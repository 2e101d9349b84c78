package dev.gosem.fuzz.run;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GoToolchain is the oracle: it builds programs with {@code go build} and runs them. Several
 * programs go through one {@code go build} as separate main packages of one module (the fixed
 * cost of a build, hashing the standard library, is paid once); each package's errors are told
 * apart by their file paths.
 */
public final class GoToolchain {
  /** What building one program gave: an executable, or Go's error messages. */
  public record Build(Path binary, List<GoError> errors) {
    public boolean ok() {
      return binary != null || errors.isEmpty();
    }
  }

  /** One error line of go build, with its continuation lines ({@code \thave ...}) joined by newlines. */
  public record GoError(int line, int col, String message) {}

  private static final Pattern ERROR = Pattern.compile("^(p[0-9a-zA-Z_]+)/([^:]+\\.go):(\\d+):(\\d+): (.*)$");
  private static final Pattern FILE_ERROR = Pattern.compile("^(p[0-9a-zA-Z_]+)/([^:]+\\.go): (.*)$");
  private static final Pattern HEADER = Pattern.compile("^# fuzz/(p[0-9a-zA-Z_]+)$");
  private static final Pattern PKG_ERROR = Pattern.compile("^package fuzz/(p[0-9a-zA-Z_]+): (.*)$");

  private final String go;
  private final Duration buildTimeout;

  public GoToolchain() {
    this("go", Duration.ofMinutes(10));
  }

  public GoToolchain(String go, Duration buildTimeout) {
    this.go = go;
    this.buildTimeout = buildTimeout;
  }

  /** Whether {@code go} runs here (the fuzzer and its test need it). */
  public static boolean available() {
    try {
      Process p = new ProcessBuilder("go", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Builds each program (package name, e.g. "p12", to its main.go source) in a fresh module
   * under dir; with link, executables land in dir/bin, else the packages are only compiled.
   */
  public Map<String, Build> build(Path dir, Map<String, Map<String, String>> programs, boolean link) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("go.mod"), "module fuzz\n\ngo 1.19\n");
      List<String> cmd = new ArrayList<>(List.of(go, "build", "-trimpath"));
      if (link) cmd.addAll(List.of("-ldflags=-s -w", "-o", dir.resolve("bin").toString() + "/"));
      // One package alone would be linked into a file named after its directory, which exists.
      if (!link && programs.size() == 1) cmd.addAll(List.of("-o", "/dev/null"));
      for (Map.Entry<String, Map<String, String>> e : programs.entrySet()) {
        Path pkg = dir.resolve(e.getKey());
        Files.createDirectories(pkg);
        for (Map.Entry<String, String> f : e.getValue().entrySet()) {
          Files.writeString(pkg.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        cmd.add("./" + e.getKey());
      }
      if (link) Files.createDirectories(dir.resolve("bin"));
      Path log = dir.resolve("build.log");
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().put("GOFLAGS", "-mod=mod");
      pb.environment().put("GOPROXY", "off");
      pb.environment().put("GO111MODULE", "on");
      pb.environment().put("CGO_ENABLED", "0");
      Process p = pb.start();
      if (!p.waitFor(buildTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("go build did not finish in " + buildTimeout);
      }
      String logText = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      Map<String, List<GoError>> errors = parse(logText, programs.keySet());
      Map<String, Build> out = new LinkedHashMap<>();
      for (String name : programs.keySet()) {
        Path bin = dir.resolve("bin").resolve(name);
        List<GoError> errs = errors.getOrDefault(name, List.of());
        boolean built = link ? Files.isExecutable(bin) : errs.isEmpty();
        if (built && !errs.isEmpty()) built = false;
        if (!built && errs.isEmpty() && link) {
          errs = List.of(new GoError(0, 0, "go build made no executable: " + logText.strip()));
        }
        out.put(name, new Build(link && built ? bin : null, errs));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Splits go build's output by package: "pN/main.go:L:C: message" lines and their continuation lines. */
  static Map<String, List<GoError>> parse(String log, java.util.Set<String> names) {
    Map<String, List<GoError>> out = new LinkedHashMap<>();
    String current = null;
    List<GoError> list = null;
    for (String line : log.split("\n", -1)) {
      Matcher m;
      if ((m = HEADER.matcher(line)).matches()) {
        current = m.group(1);
        continue;
      }
      if ((m = ERROR.matcher(line)).matches()) {
        current = m.group(1);
        list = out.computeIfAbsent(current, k -> new ArrayList<>());
        list.add(new GoError(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5)));
        continue;
      }
      if ((m = FILE_ERROR.matcher(line)).matches()) {
        current = m.group(1);
        list = out.computeIfAbsent(current, k -> new ArrayList<>());
        list.add(new GoError(0, 0, m.group(3)));
        continue;
      }
      if ((m = PKG_ERROR.matcher(line)).matches()) {
        current = m.group(1);
        list = out.computeIfAbsent(current, k -> new ArrayList<>());
        list.add(new GoError(0, 0, m.group(2)));
        continue;
      }
      if (line.startsWith("\t") && list != null && !list.isEmpty()) {
        GoError last = list.removeLast();
        list.add(new GoError(last.line(), last.col(), last.message() + "\n" + line));
        continue;
      }
      if (!line.isBlank()) {
        // Loading errors (a malformed //go:build line) name no package; with one program they are its.
        String owner = current != null && names.contains(current) ? current : names.size() == 1 ? names.iterator().next() : null;
        if (owner != null) {
          String text = line.strip().replaceFirst("^[^ :]+\\.go: ", "");
          out.computeIfAbsent(owner, k -> new ArrayList<>()).add(new GoError(0, 0, text));
        }
      }
    }
    return out;
  }

  /** Runs an executable with empty stdin and a time limit. */
  public static Outcome run(Path binary, Duration timeout) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gosem-fuzz-run-");
      Path out = dir.resolve("stdout");
      Path err = dir.resolve("stderr");
      Process p = new ProcessBuilder(binary.toString())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        return Outcome.timeout(read(out), read(err));
      }
      return new Outcome(read(out), read(err), p.exitValue(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (dir != null) deleteTree(dir);
    }
  }

  private static String read(Path f) throws IOException {
    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }
}
