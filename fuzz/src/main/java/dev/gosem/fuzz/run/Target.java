package dev.gosem.fuzz.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Target is a gosem backend with its optimization setting, as the fuzzer runs it. */
public enum Target {
  JVM("jvm", true),
  JVM_N("jvm", false),
  AMD64("amd64", true),
  AMD64_N("amd64", false);

  private final String backend;
  private final boolean optimize;

  Target(String backend, boolean optimize) {
    this.backend = backend;
    this.optimize = optimize;
  }

  public String backend() {
    return backend;
  }

  public boolean optimize() {
    return optimize;
  }

  /** The name in reports: "jvm", "jvm -N", "amd64". */
  public String label() {
    return backend + (optimize ? "" : " -N");
  }

  /**
   * The targets a command-line list names: "jvm" is the JVM backend optimized and with -N,
   * "amd64" the amd64 backend optimized; "jvm-O", "jvm-N", "amd64-N" name one setting.
   */
  public static List<Target> parse(String spec) {
    List<Target> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      switch (part.strip().toLowerCase(Locale.ROOT)) {
        case "jvm" -> {
          out.add(JVM);
          out.add(JVM_N);
        }
        case "jvm-o" -> out.add(JVM);
        case "jvm-n" -> out.add(JVM_N);
        case "amd64" -> out.add(AMD64);
        case "amd64-n" -> out.add(AMD64_N);
        case "all" -> out.addAll(List.of(values()));
        default -> throw new IllegalArgumentException("unknown target \"" + part.strip() + "\" (jvm, jvm-O, jvm-N, amd64, amd64-N, all)");
      }
    }
    return out.stream().distinct().toList();
  }
}
