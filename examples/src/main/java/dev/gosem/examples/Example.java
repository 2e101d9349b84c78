package dev.gosem.examples;

import dev.gosem.api.Program;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Example is one runnable program of the conformance suite.
 *
 * @param name what users type: {@code ./gosem run fib}
 * @param summary one line for {@code ./gosem list}
 * @param build builds the program with the fluent builder (fresh each call)
 * @param tags the build tags it is built with (its golden comes from {@code go build -tags})
 */
public record Example(String name, String summary, Supplier<Program> build, Set<String> tags) {
  public Example {
    tags = Set.copyOf(tags);
  }

  public Example(String name, String summary, Supplier<Program> build) {
    this(name, summary, build, Set.of());
  }

  public Program program() {
    return build.get();
  }
}
