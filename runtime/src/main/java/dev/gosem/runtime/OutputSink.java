package dev.gosem.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One of a process's output streams, optionally buffered. Not thread-safe by itself: GoProcess
 * serialises access so that stdout and stderr interleave in call order.
 */
final class OutputSink {
  private final OutputStream target;
  private final byte[] buffer;
  private int used;

  /** bufferSize 0 writes straight through. */
  OutputSink(OutputStream target, int bufferSize) {
    this.target = target;
    this.buffer = new byte[bufferSize];
  }

  void write(byte[] bytes) {
    if (used + bytes.length > buffer.length) {
      flush();
      if (bytes.length > buffer.length) {
        writeTarget(bytes, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  void flush() {
    if (used > 0) {
      writeTarget(buffer, used);
      used = 0;
    }
    try {
      target.flush();
    } catch (IOException e) {
      // Go ignores failed writes to stdout/stderr unless the program checks; so do we.
    }
  }

  private void writeTarget(byte[] bytes, int length) {
    try {
      target.write(bytes, 0, length);
    } catch (IOException e) {
      // As in flush.
    }
  }
}
