package dev.gosem.api.types;

/**
 * Chan is {@code chan elem}, {@code <-chan elem} (receive-only) or {@code chan<- elem}
 * (send-only). {@link #toString()} spells it as Go does, with the parentheses Go adds when a
 * bidirectional channel's element is a receive-only channel ({@code chan (<-chan int)}).
 */
public record Chan(Type elem, Dir dir) implements Type {

  /** Dir is the direction a channel type allows. */
  public enum Dir {
    BOTH,
    SEND,
    RECV;

    public boolean canSend() {
      return this != RECV;
    }

    public boolean canRecv() {
      return this != SEND;
    }
  }

  @Override
  public String toString() {
    return switch (dir) {
      case SEND -> "chan<- " + elem;
      case RECV -> "<-chan " + elem;
      case BOTH -> elem instanceof Chan c && c.dir == Dir.RECV ? "chan (" + elem + ")" : "chan " + elem;
    };
  }
}
