package dev.gosem.examples;

import dev.gosem.api.Program;
import java.util.function.Supplier;

/**
 * Example is one runnable program of the conformance suite.
 *
 * @param name what users type: {@code ./gosem run fib}
 * @param summary one line for {@code ./gosem list}
 * @param build builds the program with the fluent builder (fresh each call)
 */
public record Example(String name, String summary, Supplier<Program> build) {
  public Program program() {
    return build.get();
  }
}
