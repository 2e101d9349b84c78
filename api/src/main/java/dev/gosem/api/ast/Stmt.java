package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/** Stmt is a statement node; the shapes follow Go's own AST. */
public sealed interface Stmt extends Node {

  /** DeclStmt is a {@code var} or {@code const} declaration inside a function. */
  record DeclStmt(Decl.GenDecl decl, Pos pos) implements Stmt {}

  /** TypeDeclStmt is a {@code type} declaration inside a function. */
  record TypeDeclStmt(Decl.TypeDecl decl, Pos pos) implements Stmt {}

  /** Defer is {@code defer call}: the call's function and arguments are evaluated now, run at exit. */
  record Defer(Expr.Call call, Pos pos) implements Stmt {}

  /** Go is {@code go call}: the call runs in a new goroutine. */
  record Go(Expr.Call call, Pos pos) implements Stmt {}

  /** Send is {@code ch <- value}. */
  record Send(Expr ch, Expr value, Pos pos) implements Stmt {}

  /**
   * Select is {@code select { clauses }}; {@code select {}} has no clauses and blocks forever.
   */
  record Select(List<CommClause> clauses, Pos pos) implements Stmt {
    public Select {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * CommClause is one case of a select: comm is a {@link Send}, an {@link ExprStmt} holding a
   * receive, or an {@link Assign} (define or plain) whose single right-hand side is a receive;
   * a null comm is {@code default:}.
   */
  record CommClause(Stmt comm, List<Stmt> body, Pos pos) implements Node {
    public CommClause {
      body = List.copyOf(body);
    }

    public boolean isDefault() {
      return comm == null;
    }
  }

  /** ExprStmt is an expression used as a statement (a call). */
  record ExprStmt(Expr x, Pos pos) implements Stmt {}

  /** Assign is {@code lhs op rhs}: plain, tuple, define ({@code :=}) or operator assignment. */
  record Assign(List<Expr> lhs, AssignOp op, List<Expr> rhs, Pos pos) implements Stmt {
    public Assign {
      lhs = List.copyOf(lhs);
      rhs = List.copyOf(rhs);
    }
  }

  /** IncDec is {@code x++} or {@code x--}. */
  record IncDec(Expr x, boolean inc, Pos pos) implements Stmt {}

  /** Return is {@code return results...}; an empty list in a function with named results is a bare return. */
  record Return(List<Expr> results, Pos pos) implements Stmt {
    public Return {
      results = List.copyOf(results);
    }
  }

  /** Branch is {@code break}, {@code continue} (optionally labelled) or {@code fallthrough}. */
  record Branch(BranchKind kind, String label, Pos pos) implements Stmt {}

  /** Block is {@code { stmts }}; {@code end} is the position of the closing brace. */
  record Block(List<Stmt> stmts, Pos pos, Pos end) implements Stmt {
    public Block {
      stmts = List.copyOf(stmts);
    }
  }

  /** If is {@code if init; cond { then } else els}; els is null, a Block or another If. */
  record If(Stmt init, Expr cond, Block then, Stmt els, Pos pos) implements Stmt {}

  /** For is the three-clause, condition-only and infinite loop; absent clauses are null. */
  record For(Stmt init, Expr cond, Stmt post, Block body, Pos pos) implements Stmt {}

  /**
   * Range is {@code for key, value := range x} over an integer (Go 1.22), string, array, pointer
   * to array, slice or map; key and value may be null.
   */
  record Range(Expr key, Expr value, boolean define, Expr x, Block body, Pos pos) implements Stmt {}

  /** Labeled is {@code label: stmt}. */
  record Labeled(String label, Stmt stmt, Pos pos) implements Stmt {}

  /** Switch is {@code switch init; tag { clauses }}; init and tag may be null (tagless switch). */
  record Switch(Stmt init, Expr tag, List<CaseClause> clauses, Pos pos) implements Stmt {
    public Switch {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * TypeSwitch is {@code switch init; bind := x.(type) { clauses }}; bind may be null. Clause
   * expressions are types, or the identifier nil.
   */
  record TypeSwitch(Stmt init, Expr.Ident bind, Expr x, List<CaseClause> clauses, Pos pos) implements Stmt {
    public TypeSwitch {
      clauses = List.copyOf(clauses);
    }
  }

  /** CaseClause is {@code case list: body}; an empty list is {@code default:}. */
  record CaseClause(List<Expr> list, List<Stmt> body, Pos pos) implements Node {
    public CaseClause {
      list = List.copyOf(list);
      body = List.copyOf(body);
    }

    public boolean isDefault() {
      return list.isEmpty();
    }
  }

  /** Empty is the empty statement, e.g. an omitted init clause. */
  record Empty(Pos pos) implements Stmt {}

  /** BranchKind says which branch statement a {@link Branch} is. */
  enum BranchKind {
    BREAK("break"),
    CONTINUE("continue"),
    FALLTHROUGH("fallthrough");

    private final String token;

    BranchKind(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }
  }
}
