package dev.gosem.api.buildtags;

/**
 * Parses the expression of a {@code //go:build} line with Go's grammar and Go's error texts:
 * {@code ||} binds loosest, then {@code &&}, then {@code !}; {@code !!x} is rejected; tags are
 * runs of letters, digits, '_' and '.'.
 */
public final class ConstraintParser {
  private final String src;
  private int next;
  /** The current token ("" at the end), where it starts, and whether it is a tag. */
  private String tok;
  private int tokPos;
  private boolean tokIsTag;

  private ConstraintParser(String src) {
    this.src = src;
  }

  /** Parses an expression (the text after {@code //go:build}). */
  public static Constraint parse(String expr) {
    ConstraintParser p = new ConstraintParser(expr);
    p.advance();
    Constraint c = p.disjunction();
    if (!p.tok.isEmpty()) throw new ConstraintSyntaxException(p.tokPos, "unexpected token " + p.tok);
    return c;
  }

  private Constraint disjunction() {
    Constraint x = conjunction();
    while (tok.equals("||")) {
      advance();
      x = new Constraint.Or(x, conjunction());
    }
    return x;
  }

  private Constraint conjunction() {
    Constraint x = negation();
    while (tok.equals("&&")) {
      advance();
      x = new Constraint.And(x, negation());
    }
    return x;
  }

  private Constraint negation() {
    if (!tok.equals("!")) return operand();
    advance();
    if (tok.equals("!")) throw new ConstraintSyntaxException(tokPos, "double negation not allowed");
    return new Constraint.Not(operand());
  }

  private Constraint operand() {
    if (tok.equals("(")) {
      int open = tokPos;
      advance();
      Constraint x;
      try {
        x = disjunction();
      } catch (ConstraintSyntaxException e) {
        // running out of input inside parentheses is a missing ")"
        if (e.getMessage().equals("unexpected end of expression")) {
          throw new ConstraintSyntaxException(e.offset(), "missing close paren");
        }
        throw e;
      }
      if (!tok.equals(")")) throw new ConstraintSyntaxException(open, "missing close paren");
      advance();
      return x;
    }
    if (!tokIsTag) {
      throw new ConstraintSyntaxException(tokPos, tok.isEmpty() ? "unexpected end of expression" : "unexpected token " + tok);
    }
    Constraint t = new Constraint.Tag(tok);
    advance();
    return t;
  }

  /** Reads the next token into tok. */
  private void advance() {
    tokIsTag = false;
    while (next < src.length() && (src.charAt(next) == ' ' || src.charAt(next) == '\t')) next++;
    tokPos = next;
    if (next >= src.length()) {
      tok = "";
      return;
    }
    char c = src.charAt(next);
    if (c == '(' || c == ')' || c == '!') {
      tok = String.valueOf(c);
      next++;
      return;
    }
    if (c == '&' || c == '|') {
      if (next + 1 >= src.length() || src.charAt(next + 1) != c) {
        throw new ConstraintSyntaxException(next, "invalid syntax at " + c);
      }
      tok = src.substring(next, next + 2);
      next += 2;
      return;
    }
    int end = next;
    while (end < src.length()) {
      int cp = src.codePointAt(end);
      if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_' && cp != '.') break;
      end += Character.charCount(cp);
    }
    if (end == next) throw new ConstraintSyntaxException(next, "invalid syntax at " + Character.toString(src.codePointAt(next)));
    tok = src.substring(next, end);
    tokIsTag = true;
    next = end;
  }
}
