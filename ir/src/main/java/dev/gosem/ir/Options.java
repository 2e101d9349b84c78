package dev.gosem.ir;

/**
 * Options are the settings of one compilation.
 *
 * @param optimize run the optimization passes (Go's default; {@code -N} turns them off)
 * @param verify run the IR verifier after every pass (tests turn it on)
 */
public record Options(boolean optimize, boolean verify) {
  public static Options defaults() {
    return new Options(true, false);
  }

  public Options withOptimize(boolean optimize) {
    return new Options(optimize, verify);
  }

  public Options withVerify(boolean verify) {
    return new Options(optimize, verify);
  }
}
