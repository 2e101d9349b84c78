package dev.gosem.api.ast;

/** BinaryOp lists Go's binary operators with their spelling and precedence (5 binds tightest). */
public enum BinaryOp {
  LOR("||", 1),
  LAND("&&", 2),
  EQL("==", 3),
  NEQ("!=", 3),
  LSS("<", 3),
  LEQ("<=", 3),
  GTR(">", 3),
  GEQ(">=", 3),
  ADD("+", 4),
  SUB("-", 4),
  OR("|", 4),
  XOR("^", 4),
  MUL("*", 5),
  QUO("/", 5),
  REM("%", 5),
  SHL("<<", 5),
  SHR(">>", 5),
  AND("&", 5),
  AND_NOT("&^", 5);

  private final String token;
  private final int precedence;

  BinaryOp(String token, int precedence) {
    this.token = token;
    this.precedence = precedence;
  }

  public String token() {
    return token;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isComparison() {
    return precedence == 3;
  }

  public boolean isShift() {
    return this == SHL || this == SHR;
  }

  public boolean isLogical() {
    return this == LOR || this == LAND;
  }
}
