package dev.gosem.api.buildtags;

import java.util.function.Predicate;

/**
 * Constraint is a parsed {@code //go:build} expression. {@link #toString()} spells it as gofmt
 * rewrites the line: operators spaced, source parentheses dropped, and parentheses put around
 * an {@code &&} inside {@code ||}, an {@code ||} inside {@code &&}, and any operator under
 * {@code !}.
 */
public sealed interface Constraint {
  /** Whether the expression holds when exactly the tags {@code satisfied} accepts are set. */
  boolean eval(Predicate<String> satisfied);

  /** A build tag: a word of letters, digits, '_' and '.'. */
  record Tag(String name) implements Constraint {
    @Override
    public boolean eval(Predicate<String> satisfied) {
      return satisfied.test(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  record Not(Constraint x) implements Constraint {
    @Override
    public boolean eval(Predicate<String> satisfied) {
      return !x.eval(satisfied);
    }

    @Override
    public String toString() {
      return "!" + (x instanceof Tag ? x.toString() : "(" + x + ")");
    }
  }

  record And(Constraint x, Constraint y) implements Constraint {
    @Override
    public boolean eval(Predicate<String> satisfied) {
      // Both sides are evaluated, as Go does, so every tag mentioned counts as consulted.
      boolean a = x.eval(satisfied);
      boolean b = y.eval(satisfied);
      return a && b;
    }

    @Override
    public String toString() {
      return grouped(x, Or.class) + " && " + grouped(y, Or.class);
    }
  }

  record Or(Constraint x, Constraint y) implements Constraint {
    @Override
    public boolean eval(Predicate<String> satisfied) {
      boolean a = x.eval(satisfied);
      boolean b = y.eval(satisfied);
      return a || b;
    }

    @Override
    public String toString() {
      return grouped(x, And.class) + " || " + grouped(y, And.class);
    }
  }

  private static String grouped(Constraint c, Class<? extends Constraint> needsParens) {
    return needsParens.isInstance(c) ? "(" + c + ")" : c.toString();
  }
}
