package dev.gosem.api.check;

import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.types.Chan;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * ChanStmts checks the statements of goroutines and channels: {@code go}, sends and
 * {@code select}. Receives are {@link Operators}' (a unary operator), {@code close} and
 * {@code make(chan T, n)} {@link Builtins}', range over a channel {@link Stmts}'. Ported from
 * go/types' stmt.go, with its messages.
 */
abstract class ChanStmts extends Assignments {
  ChanStmts(Program prog) {
    super(prog);
  }

  abstract void stmtList(List<Stmt> list);

  abstract void simpleStmtOf(Stmt s);

  /** {@code go call}: the callee and arguments are evaluated here, the call runs elsewhere. */
  void goStmt(Stmt.Go s) {
    suspended("go", s.call());
  }

  /** What go and defer share: the expression must be a call whose results may be dropped. */
  void suspended(String keyword, Expr.Call call) {
    Operand x = new Operand();
    Expr.Call saved = stmtCall;
    stmtCall = call;
    ExprKind kind;
    try {
      kind = rawExpr(x, call, null);
    } finally {
      stmtCall = saved;
    }
    String msg;
    switch (kind) {
      case CONVERSION -> msg = "requires function call, not conversion";
      case EXPRESSION -> msg = "discards result of";
      default -> {
        return;
      }
    }
    errorAt(x, keyword + " " + msg + " " + describe(x));
  }

  /** {@code ch <- v}. */
  void sendStmt(Stmt.Send s) {
    Operand ch = new Operand();
    Operand val = new Operand();
    expr(ch, s.ch());
    expr(val, s.value());
    if (ch.invalid() || val.invalid()) return;
    if (ch.isNil() || !(Types.underlying(ch.type) instanceof Chan c)) {
      error(s.pos(), "invalid operation: cannot send to non-channel " + describe(ch));
      return;
    }
    if (!c.dir().canSend()) {
      error(s.pos(), "invalid operation: cannot send to receive-only channel " + describe(ch));
      return;
    }
    assignment(val, c.elem(), "send");
  }

  /** {@code select { clauses }}: each clause its own scope, the comm statement checked in it. */
  void selectStmt(Stmt.Select s) {
    Stmt.CommClause firstDefault = null;
    for (Stmt.CommClause clause : s.clauses()) {
      if (clause.isDefault()) {
        if (firstDefault != null) {
          error(clause.pos(), "multiple defaults in select (first at " + firstDefault.pos() + ")");
        } else {
          firstDefault = clause;
        }
      } else if (!validComm(clause.comm())) {
        error(clause.comm().pos(), "select case must be receive, send or assign recv");
        continue;
      }
      openScope("case");
      if (clause.comm() != null) simpleStmtOf(clause.comm());
      stmtList(clause.body());
      closeScope();
    }
  }

  private static boolean validComm(Stmt comm) {
    return switch (comm) {
      case Stmt.Send sd -> true;
      case Stmt.ExprStmt es -> isReceive(es.x());
      case Stmt.Assign a -> a.rhs().size() == 1 && isReceive(a.rhs().getFirst())
          && (a.op() == AssignOp.ASSIGN || a.op() == AssignOp.DEFINE) && a.lhs().size() <= 2;
      default -> false;
    };
  }

  static boolean isReceive(Expr e) {
    return unparen(e) instanceof Expr.Unary u && u.op() == UnaryOp.RECV;
  }
}
