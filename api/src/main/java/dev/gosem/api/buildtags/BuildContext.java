package dev.gosem.api.buildtags;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildContext is what a build selects files by, as go/build does: the target's GOOS and GOARCH,
 * the release tags go1.1 … go1.N of the program's Go version, {@code unix} on Unix-like systems,
 * and the user's tags ({@code --tags dev,fast}). The JVM target is GOOS linux, GOARCH jvm (our
 * own architecture name); amd64 is linux/amd64.
 *
 * @param goos the target operating system, e.g. "linux"
 * @param goarch the target architecture, e.g. "jvm" or "amd64"
 * @param goVersion the program's Go version, e.g. "go1.22"
 * @param tags the user's build tags
 */
public record BuildContext(String goos, String goarch, String goVersion, Set<String> tags) {
  /** Operating systems go/build knows; a file name suffix naming one constrains the file. */
  static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd",
      "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris",
      "windows", "zos");

  /** Architectures go/build knows, plus gosem's jvm. */
  static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
      "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le",
      "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
      "jvm");

  private static final Set<String> UNIX_OS = Set.of("aix", "android", "darwin", "dragonfly",
      "freebsd", "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris");

  private static final Pattern GO_VERSION = Pattern.compile("go1\\.(\\d+)");

  public BuildContext {
    tags = Set.copyOf(new LinkedHashSet<>(tags));
    if (!GO_VERSION.matcher(goVersion).matches()) {
      throw new IllegalArgumentException("Go version must look like go1.N, not " + goVersion);
    }
  }

  public static BuildContext jvm(String goVersion, Set<String> tags) {
    return new BuildContext("linux", "jvm", goVersion, tags);
  }

  public static BuildContext amd64(String goVersion, Set<String> tags) {
    return new BuildContext("linux", "amd64", goVersion, tags);
  }

  /** Whether a single tag is set in this context. */
  public boolean satisfied(String tag) {
    if (tag.equals(goos) || tag.equals(goarch) || tags.contains(tag)) return true;
    if (tag.equals("unix")) return UNIX_OS.contains(goos);
    Matcher m = GO_VERSION.matcher(tag);
    if (m.matches()) return Integer.parseInt(m.group(1)) <= minor();
    return false;
  }

  private int minor() {
    Matcher m = GO_VERSION.matcher(goVersion);
    m.matches();
    return Integer.parseInt(m.group(1));
  }

  public boolean matches(Constraint c) {
    return c.eval(this::satisfied);
  }

  /**
   * Why a file name excludes the file here ({@code x_windows.go}: "GOOS is linux, not windows"),
   * or empty if its name does not. Only the parts after the first underscore count, so
   * {@code linux.go} is not constrained.
   */
  public Optional<String> excludedByName(String fileName) {
    String stem = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
    if (stem.endsWith("_test")) return Optional.of("a _test.go file belongs to tests, not the build");
    int us = stem.indexOf('_');
    if (us < 0) return Optional.empty();
    List<String> parts = List.of(stem.substring(us + 1).split("_", -1));
    int n = parts.size();
    if (n >= 2 && KNOWN_OS.contains(parts.get(n - 2)) && KNOWN_ARCH.contains(parts.get(n - 1))) {
      String os = parts.get(n - 2);
      String arch = parts.get(n - 1);
      if (!osMatches(os)) return Optional.of("GOOS is " + goos + ", not " + os);
      if (!arch.equals(goarch)) return Optional.of("GOARCH is " + goarch + ", not " + arch);
      return Optional.empty();
    }
    String last = parts.get(n - 1);
    if (KNOWN_OS.contains(last) && !osMatches(last)) return Optional.of("GOOS is " + goos + ", not " + last);
    if (KNOWN_ARCH.contains(last) && !last.equals(goarch)) return Optional.of("GOARCH is " + goarch + ", not " + last);
    return Optional.empty();
  }

  /** As go/build: android files also build for linux's sibling android, and so on. */
  private boolean osMatches(String os) {
    return os.equals(goos)
        || (os.equals("linux") && goos.equals("android"))
        || (os.equals("solaris") && goos.equals("illumos"))
        || (os.equals("darwin") && goos.equals("ios"));
  }
}
