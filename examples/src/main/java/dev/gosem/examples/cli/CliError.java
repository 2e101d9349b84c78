package dev.gosem.examples.cli;

/**
 * CliError is a failure gosem reports as one line, {@code gosem: message}, and an exit status:
 * 2 for a mistake in how gosem was called (an unknown example, target or function), as Go's tools
 * do for bad usage, and 1 for an operation that failed (a file that cannot be written).
 */
final class CliError extends RuntimeException {
  private final int status;

  private CliError(String message, int status) {
    super(message, null, false, false);
    this.status = status;
  }

  static CliError usage(String message) {
    return new CliError(message, Main.USAGE);
  }

  static CliError failed(String message) {
    return new CliError(message, Main.FAILED);
  }

  int status() {
    return status;
  }
}
