package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Branches checks the labels and branch statements of one function body: break, continue and
 * fallthrough in the right places, labels defined once and used, labelled branches naming an
 * enclosing statement they may leave or continue. Go's compiler does this in its syntax
 * package (cmd/compile/internal/syntax/branches.go) before type checking; this is a port, and
 * its messages are that file's. Function literals are separate bodies, checked on their own.
 */
final class Branches {
  private final List<Diagnostic> diags = new ArrayList<>();
  private final Map<String, Label> labels = new LinkedHashMap<>();

  private static final class Label {
    final Stmt.Labeled stmt;
    boolean used;

    Label(Stmt.Labeled stmt) {
      this.stmt = stmt;
    }
  }

  /** What an unlabelled break, continue or fallthrough may target here. */
  private record Targets(Stmt breaks, Stmt continues, int caseIndex, int caseCount, boolean typeSwitch) {}

  private Branches() {}

  static List<Diagnostic> check(Stmt.Block body) {
    Branches b = new Branches();
    b.block(new ArrayList<>(), new Targets(null, null, -1, 0, false), body.stmts());
    for (Label l : b.labels.values()) {
      if (!l.used) b.err(l.stmt.pos(), "label " + l.stmt.label() + " defined and not used");
    }
    return b.diags;
  }

  private void err(Pos pos, String msg) {
    diags.add(new Diagnostic(pos, msg));
  }

  /**
   * Checks a statement list; enclosing holds the labelled statements around it, innermost last.
   */
  private void block(List<Stmt.Labeled> enclosing, Targets ctx, List<Stmt> body) {
    List<Stmt> list = trimTrailingEmpty(body);
    for (int i = 0; i < list.size(); i++) {
      Stmt s = list.get(i);
      Stmt.Labeled lstmt = null;
      while (s instanceof Stmt.Labeled l) {
        if (!l.label().equals("_")) {
          Label alt = labels.get(l.label());
          if (alt != null) {
            err(l.pos(), "label " + l.label() + " already defined at " + alt.stmt.pos());
          } else {
            labels.put(l.label(), new Label(l));
          }
          lstmt = l;
        }
        s = l.stmt();
      }
      if (lstmt != null) enclosing.add(lstmt);
      stmt(enclosing, ctx, s, i + 1 < list.size());
      if (lstmt != null) enclosing.removeLast();
    }
  }

  private void stmt(List<Stmt.Labeled> enclosing, Targets ctx, Stmt s, boolean notLast) {
    switch (s) {
      case Stmt.Branch b -> branch(enclosing, ctx, b, notLast);
      case Stmt.Block b -> block(enclosing, new Targets(ctx.breaks, ctx.continues, -1, 0, false), b.stmts());
      case Stmt.If i -> {
        Targets inner = new Targets(ctx.breaks, ctx.continues, -1, 0, false);
        block(enclosing, inner, i.then().stmts());
        if (i.els() != null) block(enclosing, inner, List.of(i.els()));
      }
      case Stmt.For f -> block(enclosing, new Targets(f, f, -1, 0, false), f.body().stmts());
      case Stmt.Range r -> block(enclosing, new Targets(r, r, -1, 0, false), r.body().stmts());
      case Stmt.Switch sw -> {
        for (int c = 0; c < sw.clauses().size(); c++) {
          block(enclosing, new Targets(sw, ctx.continues, c, sw.clauses().size(), false), sw.clauses().get(c).body());
        }
      }
      case Stmt.TypeSwitch sw -> {
        for (int c = 0; c < sw.clauses().size(); c++) {
          block(enclosing, new Targets(sw, ctx.continues, c, sw.clauses().size(), true), sw.clauses().get(c).body());
        }
      }
      case Stmt.Select sel -> {
        for (Stmt.CommClause c : sel.clauses()) block(enclosing, new Targets(sel, ctx.continues, -1, 0, false), c.body());
      }
      default -> {}
    }
  }

  private void branch(List<Stmt.Labeled> enclosing, Targets ctx, Stmt.Branch b, boolean notLast) {
    if (b.label() == null) {
      switch (b.kind()) {
        case BREAK -> {
          if (ctx.breaks == null) err(b.pos(), "break is not in a loop, switch, or select");
        }
        case CONTINUE -> {
          if (ctx.continues == null) err(b.pos(), "continue is not in a loop");
        }
        case FALLTHROUGH -> {
          String msg = "fallthrough statement out of place";
          if (ctx.breaks instanceof Stmt.Switch || ctx.breaks instanceof Stmt.TypeSwitch) {
            if (ctx.typeSwitch) {
              msg = "cannot fallthrough in type switch";
            } else if (ctx.caseIndex < 0 || notLast) {
              // out of place
            } else if (ctx.caseIndex + 1 == ctx.caseCount) {
              msg = "cannot fallthrough final case in switch";
            } else {
              return;
            }
          }
          err(b.pos(), msg);
        }
      }
      return;
    }
    String name = b.label();
    Label l = labels.get(name);
    Stmt target = null;
    boolean found = false;
    if (l != null) {
      l.used = true;
      for (Stmt.Labeled e : enclosing) {
        if (e == l.stmt) {
          found = true;
          target = e.stmt();
        }
      }
    }
    switch (b.kind()) {
      case BREAK -> {
        if (l == null) {
          err(b.pos(), "break label not defined: " + name);
        } else if (!found || !(target instanceof Stmt.For || target instanceof Stmt.Range
            || target instanceof Stmt.Switch || target instanceof Stmt.TypeSwitch || target instanceof Stmt.Select)) {
          err(b.pos(), "invalid break label " + name);
        }
      }
      case CONTINUE -> {
        if (l == null) {
          err(b.pos(), "continue label not defined: " + name);
        } else if (!found || !(target instanceof Stmt.For || target instanceof Stmt.Range)) {
          err(b.pos(), "invalid continue label " + name);
        }
      }
      case FALLTHROUGH -> err(b.pos(), "fallthrough statement out of place");
    }
  }

  private static List<Stmt> trimTrailingEmpty(List<Stmt> list) {
    int n = list.size();
    while (n > 0 && list.get(n - 1) instanceof Stmt.Empty) n--;
    return list.subList(0, n);
  }
}
