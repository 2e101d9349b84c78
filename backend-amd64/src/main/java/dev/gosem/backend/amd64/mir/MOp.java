package dev.gosem.backend.amd64.mir;

/**
 * MOp enumerates machine instructions on virtual registers. They are three-address (d, a, b are
 * defs[0], uses[0], uses[1]); the emitter turns them into x86's two-address forms, using the
 * scratch registers when the allocator placed operands so that a direct form does not exist.
 * Registers an instruction needs in a fixed place (the dividend in RAX, a shift count in RCX,
 * call arguments) appear as physical registers among its uses and defs, so the allocator sees
 * them as occupied for exactly that stretch.
 */
public enum MOp {
  /** Defines the parameter registers at the function's start. */
  ENTRY,
  /** d = a; both general or both XMM. */
  MOV,
  /** d = imm. */
  LDI,
  /** d = the float64 whose bits are imm. */
  LDF,
  /** d = the address of symbol aux (a data symbol or a function). */
  LEA_SYM,
  /** d = the word at symbol aux + imm. */
  LOAD_SYM,
  /** The word at symbol aux + imm = a. */
  STORE_SYM,
  /** d = a op b; aux is the {@link dev.gosem.backend.amd64.x86.Alu} op (not CMP). */
  ALU,
  /** d = a op imm (imm fits 32 bits). */
  ALUI,
  /** d = a * b (low 64 bits). */
  IMUL,
  /** d = a * imm. */
  IMULI,
  NEG,
  NOT,
  /** d = a truncated to a narrow width and extended back; aux is the {@link Ext}. */
  EXT,
  /** d = a shifted by imm (0..63); aux is the {@link dev.gosem.backend.amd64.x86.Shift}. */
  SHIFTI,
  /**
   * d = a shifted by the count in RCX, with Go's meaning for counts of 64 and more (0 for SHL
   * and SHR, the sign for SAR); uses a and RCX, defines d and clobbers RCX.
   */
  SHIFT,
  /** d = (a cond b) as 0 or 1; aux is the {@link dev.gosem.backend.amd64.x86.Cond}. */
  SETCC,
  /** d = (a cond imm). */
  SETCCI,
  /** d = (a fcond b) for float64; aux is the {@link FCond}. */
  FSETCC,
  /** Panics with "integer divide by zero" when a is 0 (line is the division's). */
  CHECK_ZERO,
  /** Panics with "negative shift amount" when a is negative. */
  CHECK_SHIFT,
  /** RDX = the sign of RAX (cqo), before a signed division; uses RAX, defines RDX. */
  CQO,
  /**
   * Signed division: uses RAX (dividend), RDX (its sign) and b, defines RAX (quotient) and RDX (remainder).
   * imm 1 means b may be -1 with a 64-bit dividend, where idiv would trap on MinInt64 / -1.
   */
  SDIV,
  /** Unsigned division, as SDIV. */
  UDIV,
  /** d = a op b on float64; aux is the {@link dev.gosem.backend.amd64.x86.Sse} op. */
  FOP,
  FNEG,
  /** d (XMM) = float64(signed a). */
  I2F,
  /** d (XMM) = float64(uint64 a). */
  U2F,
  /** d = a (XMM) truncated to a signed integer; aux is the {@link Ext} of the target or null for 64 bits. */
  F2I,
  /** d = uint64(a) truncated, as Go computes it on amd64. */
  F2U,
  /**
   * d = the byte at a[c] where b is the length; panics (index out of range) when c is not below
   * b. imm 1 means the index type is unsigned.
   */
  STRINDEX,
  /** Calls aux (a text symbol); uses the argument registers, clobbers the caller-saved ones. */
  CALL,
  /** Stores a, an argument past the registers, to word imm of the outgoing area ([rsp + 8 imm]). */
  STORE_ARG,
  /** d = word imm of the outgoing area after a call: a result past the registers. */
  LOAD_RESULT,
  /** d = word imm of the caller's outgoing area ([rbp + 16 + 8 imm]): a parameter past the registers. */
  LOAD_PARAM,
  /** Stores a, a result past the registers, to word imm of the caller's outgoing area. */
  STORE_RESULT,
  /** defs[i] = uses[i] for all i at once (phi resolution on an edge). */
  PMOV,
  /** Jumps to succs[0]. */
  JMP,
  /** Goes to succs[0] if a (a bool) is true, else succs[1]. */
  BR,
  /** Goes to succs[0] if (a cond b), else succs[1]. */
  BRCMP,
  /** Goes to succs[0] if (a cond imm), else succs[1]. */
  BRCMPI,
  /** Goes to succs[0] if (a fcond b) for float64, else succs[1]. */
  FBRCMP,
  /** Goes to succs[0] if (a AND imm) is zero (aux E) or not (aux NE), else succs[1]. */
  BRTEST,
  /** Returns; uses the result registers. */
  RET;

  public boolean isTerminator() {
    return ordinal() >= JMP.ordinal();
  }
}
