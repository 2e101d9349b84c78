package dev.gosem.api.ast;

import dev.gosem.api.Pos;

/** Node is any element of the program model; every node knows where it came from. */
public sealed interface Node permits Expr, Stmt, Stmt.CaseClause, Stmt.CommClause, Decl, Spec, Field, File {
  Pos pos();
}
