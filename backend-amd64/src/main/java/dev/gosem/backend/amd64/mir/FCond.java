package dev.gosem.backend.amd64.mir;

/** FCond is a float64 comparison; every one but NE is false when either operand is NaN. */
public enum FCond {
  EQ, NE, LT, LE, GT, GE
}
