package dev.gosem.api.build;

import dev.gosem.api.types.Type;

/**
 * Receiver is the receiver of a method declaration, {@code (p *Point)}; name is null for an
 * unnamed receiver {@code (Point)}. Make one with {@link Go#recv}.
 */
public record Receiver(String name, Type type) {
  public Receiver {
    if (type == null) throw new IllegalArgumentException("a receiver needs a type");
  }
}
