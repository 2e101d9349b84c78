package dev.gosem.fuzz.run;

/**
 * Outcome is how a run of a program ended: what it wrote, its exit status, or that it did not
 * finish in time.
 */
public record Outcome(String stdout, String stderr, int exit, boolean timedOut) {
  public static Outcome timeout(String stdout, String stderr) {
    return new Outcome(stdout, stderr, -1, true);
  }
}
