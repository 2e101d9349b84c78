package dev.gosem.backend.amd64.emit;

import dev.gosem.backend.amd64.frame.Frame;
import dev.gosem.backend.amd64.mir.Abi;
import dev.gosem.backend.amd64.mir.Ext;
import dev.gosem.backend.amd64.mir.FCond;
import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.MOp;
import dev.gosem.backend.amd64.mir.Regs;
import dev.gosem.backend.amd64.regalloc.Allocation;
import dev.gosem.backend.amd64.rt.RtNames;
import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Shift;
import dev.gosem.backend.amd64.x86.Sse;
import dev.gosem.backend.amd64.x86.Unary;
import dev.gosem.backend.amd64.x86.Xmm;
import java.util.ArrayList;
import java.util.List;

/**
 * Emitter writes one allocated function as x86-64: the prologue (frame pointer, callee-saved
 * registers, spill area, stack check), each block's instructions, and after the body the cold
 * stubs that call the runtime's panics. Machine instructions are three-address and their
 * operands may be in registers or stack slots; this is where they meet x86's two-address forms,
 * with R11 and XMM15 as the scratch registers that make every placement work.
 */
public final class Emitter {
  /** Where a function landed in the text and which call returns are on which source line. */
  public record FuncInfo(String symbol, int start, int end, boolean hasParams, List<int[]> lines) {}

  private static final Reg R11 = Abi.SCRATCH;
  private static final Xmm X15 = Abi.FSCRATCH;

  private final Asm a;
  private final MFunc f;
  private final Allocation alloc;
  private final Frame frame;
  private final ConstPool pool;
  private final List<Runnable> stubs = new ArrayList<>();
  private final List<int[]> lines = new ArrayList<>();
  private int start;

  private Emitter(Asm a, MFunc f, Allocation alloc, ConstPool pool) {
    this.a = a;
    this.f = f;
    this.alloc = alloc;
    this.frame = Frame.of(alloc, f.outgoingWords());
    this.pool = pool;
  }

  public static FuncInfo emit(Asm a, MFunc f, Allocation alloc, ConstPool pool) {
    return new Emitter(a, f, alloc, pool).function();
  }

  private FuncInfo function() {
    a.align(16);
    a.beginFunc(f.symbol);
    start = a.pos();
    prologue();
    for (int bi = 0; bi < f.blocks.size(); bi++) {
      MBlock b = f.blocks.get(bi);
      MBlock next = bi + 1 < f.blocks.size() ? f.blocks.get(bi + 1) : null;
      a.bind(b.label);
      for (MInst m : b.insts) inst(m, b, next);
    }
    for (Runnable s : stubs) s.run();
    int end = a.pos();
    a.endFunc();
    return new FuncInfo(f.symbol, start, end, f.hasParams, lines);
  }

  private void prologue() {
    a.push(Reg.RBP);
    a.mov(Reg.RBP, Reg.RSP);
    for (Reg r : frame.saved()) a.push(r);
    if (frame.spillBytes() > 0) a.alu(Alu.SUB, Reg.RSP, frame.spillBytes());
    if (f.hasCalls()) {
      // The goroutine stack is a fixed mapping: a frame that would run into its guard area dies
      // with Go's "stack overflow" instead of faulting.
      a.alu(Alu.CMP, Reg.RSP, Mem.sym(RtNames.STACKGUARD));
      stub(Cond.BE, RtNames.MORESTACK, f.line);
    }
  }

  private void epilogue() {
    if (frame.spillBytes() > 0) a.lea(Reg.RSP, Mem.of(Reg.RBP, -frame.savedAreaBytes()));
    for (Reg r : frame.saved().reversed()) a.pop(r);
    a.pop(Reg.RBP);
    a.ret();
  }

  /** A conditional jump to a cold call of a runtime routine that does not return. */
  private void stub(Cond c, String routine, int line) {
    Label l = new Label();
    a.jcc(c, l);
    stubs.add(() -> {
      a.bind(l);
      call(routine, line);
      a.ud2();
    });
  }

  private void call(String routine, int line) {
    a.call(a.label(routine));
    lines.add(new int[] {a.pos() - start, line});
  }

  // ---- operand locations ----

  private Reg gpr(int v) {
    int r = alloc.reg(v);
    return r >= 0 ? Regs.gpr(r) : null;
  }

  private Xmm xmm(int v) {
    int r = alloc.reg(v);
    return r >= 0 ? Regs.xmm(r) : null;
  }

  private Mem mem(int v) {
    return frame.slot(alloc.slot(v));
  }

  private boolean same(int v, int w) {
    int rv = alloc.reg(v);
    int rw = alloc.reg(w);
    if (rv >= 0 || rw >= 0) return rv == rw;
    return alloc.slot(v) == alloc.slot(w);
  }

  /** dst = v (a general register). */
  private void load(Reg dst, int v) {
    Reg r = gpr(v);
    if (r == null) a.mov(dst, mem(v));
    else if (r != dst) a.mov(dst, r);
  }

  /** v = src. */
  private void store(int v, Reg src) {
    Reg r = gpr(v);
    if (r == null) a.mov(mem(v), src);
    else if (r != src) a.mov(r, src);
  }

  /** v's register, or v loaded into R11. */
  private Reg src(int v) {
    Reg r = gpr(v);
    if (r != null) return r;
    a.mov(R11, mem(v));
    return R11;
  }

  /** The register to compute v's new value in: its own, or R11 if it lives on the stack. */
  private Reg target(int v) {
    Reg r = gpr(v);
    return r != null ? r : R11;
  }

  private void loadX(Xmm dst, int v) {
    Xmm x = xmm(v);
    if (x == null) a.movsd(dst, mem(v));
    else if (x != dst) a.movapd(dst, x);
  }

  private void storeX(int v, Xmm src) {
    Xmm x = xmm(v);
    if (x == null) a.movsd(mem(v), src);
    else if (x != src) a.movapd(x, src);
  }

  private Xmm srcX(int v) {
    Xmm x = xmm(v);
    if (x != null) return x;
    a.movsd(X15, mem(v));
    return X15;
  }

  private Xmm targetX(int v) {
    Xmm x = xmm(v);
    return x != null ? x : X15;
  }

  // ---- instructions ----

  private void inst(MInst m, MBlock b, MBlock next) {
    switch (m.op) {
      case ENTRY -> {}
      case MOV -> move(m.d(), m.a());
      case LDI -> ldi(m.d(), m.imm);
      case LDF -> {
        Xmm t = targetX(m.d());
        if (m.imm == 0) a.xorpd(t, t);
        else a.movsd(t, Mem.sym(pool.float64(m.imm)));
        storeX(m.d(), t);
      }
      case LEA_SYM -> {
        Reg t = target(m.d());
        a.lea(t, Mem.sym((String) m.aux));
        store(m.d(), t);
      }
      case LOAD_SYM -> {
        Mem s = Mem.sym((String) m.aux, (int) m.imm);
        if (f.isXmm(m.d()) && xmm(m.d()) != null) {
          a.movsd(xmm(m.d()), s);
        } else {
          Reg t = target(m.d());
          a.mov(t, s);
          store(m.d(), t);
        }
      }
      case STORE_SYM -> {
        Mem s = Mem.sym((String) m.aux, (int) m.imm);
        if (f.isXmm(m.a()) && xmm(m.a()) != null) a.movsd(s, xmm(m.a()));
        else a.mov(s, src(m.a()));
      }
      case ALU -> alu((Alu) m.aux, m.d(), m.a(), m.b());
      case ALUI -> aluImm((Alu) m.aux, m.d(), m.a(), m.imm);
      case IMUL -> imul(m.d(), m.a(), m.b());
      case IMULI -> {
        Reg t = target(m.d());
        Reg x = src(m.a());
        if (m.imm == 3 || m.imm == 5 || m.imm == 9) {
          a.lea(t, Mem.of(x, x, (int) m.imm - 1, 0));
        } else {
          a.imul(t, x, (int) m.imm);
        }
        store(m.d(), t);
      }
      case NEG, NOT -> {
        Unary op = m.op == MOp.NEG ? Unary.NEG : Unary.NOT;
        if (gpr(m.d()) == null && same(m.d(), m.a())) {
          a.unary(op, mem(m.d()));
        } else {
          Reg t = target(m.d());
          load(t, m.a());
          a.unary(op, t);
          store(m.d(), t);
        }
      }
      case EXT -> {
        Reg t = target(m.d());
        Reg s = src(m.a());
        switch ((Ext) m.aux) {
          case S8 -> a.movsx8(t, s);
          case S16 -> a.movsx16(t, s);
          case S32 -> a.movsxd(t, s);
          case U8 -> a.movzx8(t, s);
          case U16 -> a.movzx16(t, s);
          case U32 -> a.mov32(t, s);
        }
        store(m.d(), t);
      }
      case SHIFTI -> {
        Reg t = target(m.d());
        load(t, m.a());
        a.shift((Shift) m.aux, t, (int) m.imm);
        store(m.d(), t);
      }
      case SHIFT -> shift(m);
      case SETCC, SETCCI -> {
        compare(m);
        setcc((Cond) m.aux, m.d());
      }
      case FSETCC -> fsetcc(m);
      case CHECK_ZERO -> {
        testZero(m.a());
        stub(Cond.E, RtNames.PANIC_DIVIDE, m.line);
      }
      case CHECK_SHIFT -> {
        testZero(m.a());
        stub(Cond.S, RtNames.PANIC_SHIFT, m.line);
      }
      case CQO -> a.cqo();
      case SDIV -> divide(m, true);
      case UDIV -> divide(m, false);
      case FOP -> fop((Sse) m.aux, m.d(), m.a(), m.b());
      case FNEG -> {
        Xmm t = targetX(m.d());
        loadX(t, m.a());
        a.xorpd(t, Mem.sym(pool.signMask()));
        storeX(m.d(), t);
      }
      case I2F -> {
        Xmm t = targetX(m.d());
        a.cvtsi2sd(t, src(m.a()));
        storeX(m.d(), t);
      }
      case U2F -> uint64ToFloat(m);
      case F2I -> {
        Reg t = target(m.d());
        Xmm s = srcX(m.a());
        if (m.imm == 64) a.cvttsd2si(t, s);
        else a.cvttsd2si32(t, s);
        Ext e = (Ext) m.aux;
        if (e != null) {
          switch (e) {
            case S8 -> a.movsx8(t, t);
            case S16 -> a.movsx16(t, t);
            case S32 -> a.movsxd(t, t);
            case U8 -> a.movzx8(t, t);
            case U16 -> a.movzx16(t, t);
            case U32 -> a.mov32(t, t);
          }
        }
        store(m.d(), t);
      }
      case F2U -> floatToUint64(m);
      case STRINDEX -> strIndex(m);
      case CALL -> call((String) m.aux, m.line);
      case STORE_ARG -> storeWord(Mem.of(Reg.RSP, 8 * (int) m.imm), m.a());
      case STORE_RESULT -> storeWord(Mem.of(Reg.RBP, 16 + 8 * (int) m.imm), m.a());
      case LOAD_RESULT -> loadWord(m.d(), Mem.of(Reg.RSP, 8 * (int) m.imm));
      case LOAD_PARAM -> loadWord(m.d(), Mem.of(Reg.RBP, 16 + 8 * (int) m.imm));
      case PMOV -> parallelMove(m);
      case JMP -> {
        if (b.succs.getFirst() != next) a.jmp(b.succs.getFirst().label);
      }
      case BR -> {
        testZero(m.a());
        branch(Cond.NE, b, next);
      }
      case BRCMP, BRCMPI -> {
        compare(m);
        branch((Cond) m.aux, b, next);
      }
      case FBRCMP -> fbranch(m, b, next);
      case BRTEST -> {
        a.test(src(m.a()), (int) m.imm);
        branch((Cond) m.aux, b, next);
      }
      case RET -> epilogue();
    }
  }

  /** A word of the stack argument area = v (general or XMM, 64 bits either way). */
  private void storeWord(Mem at, int v) {
    if (f.isXmm(v) && xmm(v) != null) a.movsd(at, xmm(v));
    else a.mov(at, src(v));
  }

  /** v = a word of the stack argument area. */
  private void loadWord(int v, Mem at) {
    if (f.isXmm(v) && xmm(v) != null) {
      a.movsd(xmm(v), at);
    } else {
      Reg t = target(v);
      a.mov(t, at);
      store(v, t);
    }
  }

  private void move(int d, int s) {
    if (same(d, s)) return;
    if (f.isXmm(d)) {
      Xmm xd = xmm(d);
      Xmm xs = xmm(s);
      if (xd != null) loadX(xd, s);
      else if (xs != null) a.movsd(mem(d), xs);
      else {
        a.mov(R11, mem(s));
        a.mov(mem(d), R11);
      }
      return;
    }
    Reg rd = gpr(d);
    if (rd != null) load(rd, s);
    else store(d, src(s));
  }

  private void ldi(int d, long imm) {
    Reg r = gpr(d);
    if (r != null) {
      a.movImm(r, imm);
    } else if (imm >= Integer.MIN_VALUE && imm <= Integer.MAX_VALUE) {
      a.mov(mem(d), (int) imm);
    } else {
      a.movImm(R11, imm);
      a.mov(mem(d), R11);
    }
  }

  private static boolean commutative(Alu op) {
    return op != Alu.SUB;
  }

  /** op dst, v where dst is a register: v from its register or its slot. */
  private void aluFrom(Alu op, Reg dst, int v) {
    Reg r = gpr(v);
    if (r != null) a.alu(op, dst, r);
    else a.alu(op, dst, mem(v));
  }

  private void alu(Alu op, int d, int x, int y) {
    Reg rd = gpr(d);
    if (same(d, x)) {
      if (rd != null) {
        aluFrom(op, rd, y);
      } else {
        a.alu(op, mem(d), src(y));
      }
    } else if (commutative(op) && same(d, y)) {
      if (rd != null) aluFrom(op, rd, x);
      else a.alu(op, mem(d), src(x));
    } else if (rd != null && !same(d, y)) {
      load(rd, x);
      aluFrom(op, rd, y);
    } else if (rd != null && op == Alu.SUB) {
      // d = x - d: negate, then add x.
      a.unary(Unary.NEG, rd);
      aluFrom(Alu.ADD, rd, x);
    } else {
      load(R11, x);
      aluFrom(op, R11, y);
      store(d, R11);
    }
  }

  private void aluImm(Alu op, int d, int x, long imm) {
    Reg rd = gpr(d);
    Reg rx = gpr(x);
    int v = (int) imm;
    if (same(d, x)) {
      if (rd != null) a.alu(op, rd, v);
      else a.alu(op, mem(d), v);
    } else if (rd != null && rx != null && (op == Alu.ADD || (op == Alu.SUB && v != Integer.MIN_VALUE))) {
      a.lea(rd, Mem.of(rx, op == Alu.ADD ? v : -v));
    } else {
      Reg t = target(d);
      load(t, x);
      a.alu(op, t, v);
      store(d, t);
    }
  }

  private void imul(int d, int x, int y) {
    Reg rd = gpr(d);
    if (rd != null && same(d, x)) {
      mulFrom(rd, y);
    } else if (rd != null && same(d, y)) {
      mulFrom(rd, x);
    } else if (rd != null) {
      load(rd, x);
      mulFrom(rd, y);
    } else {
      load(R11, x);
      mulFrom(R11, y);
      store(d, R11);
    }
  }

  private void mulFrom(Reg dst, int v) {
    Reg r = gpr(v);
    if (r != null) a.imul(dst, r);
    else a.imul(dst, mem(v));
  }

  /** Go's shift by a variable count in RCX: counts of 64 or more shift every bit out. */
  private void shift(MInst m) {
    Shift op = (Shift) m.aux;
    Reg t = target(m.d());
    load(t, m.a());
    if (op == Shift.SAR) {
      Label ok = new Label();
      a.alu(Alu.CMP, Reg.RCX, 64);
      a.jcc(Cond.B, ok);
      a.movImm(Reg.RCX, 63);
      a.bind(ok);
      a.shiftCl(op, t);
    } else {
      a.shiftCl(op, t);
      // rcx = count < 64 ? -1 : 0, then mask; RCX is clobbered by this instruction.
      a.alu(Alu.CMP, Reg.RCX, 64);
      a.alu(Alu.SBB, Reg.RCX, Reg.RCX);
      a.alu(Alu.AND, t, Reg.RCX);
    }
    store(m.d(), t);
  }

  /** Sets the flags for a SETCC/SETCCI/BRCMP/BRCMPI: cmp a, b (or imm). */
  private void compare(MInst m) {
    boolean withImm = m.op == MOp.SETCCI || m.op == MOp.BRCMPI;
    Reg ra = gpr(m.a());
    if (withImm) {
      if (ra != null) {
        if (m.imm == 0 && (m.aux == Cond.E || m.aux == Cond.NE)) a.test(ra, ra);
        else a.alu(Alu.CMP, ra, (int) m.imm);
      } else {
        a.alu(Alu.CMP, mem(m.a()), (int) m.imm);
      }
      return;
    }
    if (ra != null) {
      aluFrom(Alu.CMP, ra, m.b());
    } else {
      Reg rb = gpr(m.b());
      if (rb != null) {
        a.alu(Alu.CMP, mem(m.a()), rb);
      } else {
        a.mov(R11, mem(m.a()));
        a.alu(Alu.CMP, R11, mem(m.b()));
      }
    }
  }

  private void setcc(Cond c, int d) {
    Reg t = target(d);
    a.setcc(c, t);
    a.movzx8(t, t);
    store(d, t);
  }

  private void testZero(int v) {
    Reg r = gpr(v);
    if (r != null) a.test(r, r);
    else a.alu(Alu.CMP, mem(v), 0);
  }

  /**
   * ucomisd for a float64 comparison, ordered so that the returned condition (an unsigned one:
   * A or AE, which unordered operands never satisfy) means "true"; EQ and NE return E and NE
   * and leave the parity flag to the caller (set when either operand is NaN).
   */
  private Cond fcompare(FCond c, int x, int y) {
    int first = x;
    int second = y;
    Cond cond;
    switch (c) {
      case LT -> { first = y; second = x; cond = Cond.A; }
      case LE -> { first = y; second = x; cond = Cond.AE; }
      case GT -> cond = Cond.A;
      case GE -> cond = Cond.AE;
      case EQ -> cond = Cond.E;
      default -> cond = Cond.NE;
    }
    Xmm f1 = srcX(first);
    Xmm s2 = xmm(second);
    if (s2 != null) a.ucomisd(f1, s2);
    else a.ucomisd(f1, mem(second));
    return cond;
  }

  private void fsetcc(MInst m) {
    FCond c = (FCond) m.aux;
    Cond cond = fcompare(c, m.a(), m.b());
    Reg t = target(m.d());
    if (c == FCond.EQ || c == FCond.NE) {
      // Unordered (PF=1) decides alone: false for ==, true for !=.
      Label done = new Label();
      a.movImm(t, c == FCond.EQ ? 0 : 1);
      a.jcc(Cond.P, done);
      a.setcc(cond, t);
      a.bind(done);
    } else {
      a.setcc(cond, t);
      a.movzx8(t, t);
    }
    store(m.d(), t);
  }

  private void branch(Cond c, MBlock b, MBlock next) {
    MBlock yes = b.succs.get(0);
    MBlock no = b.succs.get(1);
    if (next == no) {
      a.jcc(c, yes.label);
    } else if (next == yes) {
      a.jcc(c.negate(), no.label);
    } else {
      a.jcc(c, yes.label);
      a.jmp(no.label);
    }
  }

  private void fbranch(MInst m, MBlock b, MBlock next) {
    FCond c = (FCond) m.aux;
    Cond cond = fcompare(c, m.a(), m.b());
    MBlock yes = b.succs.get(0);
    MBlock no = b.succs.get(1);
    if (c == FCond.EQ) {
      a.jcc(Cond.P, no.label);
      branch(Cond.E, b, next);
    } else if (c == FCond.NE) {
      a.jcc(Cond.P, yes.label);
      branch(Cond.NE, b, next);
    } else {
      branch(cond, b, next);
    }
  }

  private void divide(MInst m, boolean signed) {
    int y = m.uses[2];
    Reg ry = gpr(y);
    if (!signed) {
      if (ry != null) a.unary(Unary.DIV, ry);
      else a.unary(Unary.DIV, mem(y));
      return;
    }
    Label done = new Label();
    if (m.imm == 1) {
      // MinInt64 / -1 traps in idiv; Go defines it as MinInt64 (remainder 0), which neg gives.
      Label div = new Label();
      if (ry != null) a.alu(Alu.CMP, ry, -1);
      else a.alu(Alu.CMP, mem(y), -1);
      a.jcc(Cond.NE, div);
      a.unary(Unary.NEG, Reg.RAX);
      a.movImm(Reg.RDX, 0);
      a.jmp(done);
      a.bind(div);
    }
    if (ry != null) a.unary(Unary.IDIV, ry);
    else a.unary(Unary.IDIV, mem(y));
    a.bind(done);
  }

  private void fop(Sse op, int d, int x, int y) {
    Xmm xd = xmm(d);
    boolean comm = op == Sse.ADDSD || op == Sse.MULSD;
    if (xd != null && same(d, x)) {
      fopFrom(op, xd, y);
    } else if (xd != null && comm && same(d, y)) {
      fopFrom(op, xd, x);
    } else if (xd != null && !same(d, y)) {
      loadX(xd, x);
      fopFrom(op, xd, y);
    } else {
      loadX(X15, x);
      fopFrom(op, X15, y);
      storeX(d, X15);
    }
  }

  private void fopFrom(Sse op, Xmm dst, int v) {
    Xmm x = xmm(v);
    if (x != null) a.sse(op, dst, x);
    else a.sse(op, dst, mem(v));
  }

  /** float64(x) for a uint64: halve with the low bit kept sticky, convert, double. */
  private void uint64ToFloat(MInst m) {
    Xmm t = targetX(m.d());
    Reg s = src(m.a());
    Label big = new Label();
    Label done = new Label();
    a.test(s, s);
    a.jcc(Cond.S, big);
    a.cvtsi2sd(t, s);
    a.jmp(done);
    a.bind(big);
    if (s != R11) a.mov(R11, s);
    a.shift(Shift.SHR, R11, 1);
    a.push(R11);
    load(R11, m.a());
    a.alu(Alu.AND, R11, 1);
    a.alu(Alu.OR, R11, Mem.of(Reg.RSP));
    a.alu(Alu.ADD, Reg.RSP, 8);
    a.cvtsi2sd(t, R11);
    a.sse(Sse.ADDSD, t, t);
    a.bind(done);
    storeX(m.d(), t);
  }

  /** uint64(f): values of 2^63 and above are converted after subtracting 2^63. */
  private void floatToUint64(MInst m) {
    Reg t = target(m.d());
    Xmm s = srcX(m.a());
    String two63 = pool.float64(Double.doubleToRawLongBits(0x1p63));
    Label big = new Label();
    Label done = new Label();
    a.ucomisd(s, Mem.sym(two63));
    a.jcc(Cond.AE, big);
    a.cvttsd2si(t, s);
    a.jmp(done);
    a.bind(big);
    if (s != X15) a.movapd(X15, s);
    a.sse(Sse.SUBSD, X15, Mem.sym(two63));
    a.cvttsd2si(t, X15);
    // Set bit 63: rotate it to bit 0, set it, rotate back.
    a.shift(Shift.ROL, t, 1);
    a.alu(Alu.OR, t, 1);
    a.shift(Shift.ROR, t, 1);
    a.bind(done);
    store(m.d(), t);
  }

  private void strIndex(MInst m) {
    int ptr = m.uses[0];
    int len = m.uses[1];
    int idx = m.uses[2];
    Reg ri = gpr(idx);
    Reg rl = gpr(len);
    if (ri != null && rl != null) a.alu(Alu.CMP, ri, rl);
    else if (ri != null) a.alu(Alu.CMP, ri, mem(len));
    else if (rl != null) a.alu(Alu.CMP, mem(idx), rl);
    else {
      a.mov(R11, mem(idx));
      a.alu(Alu.CMP, R11, mem(len));
    }
    Label fail = new Label();
    a.jcc(Cond.AE, fail);
    String routine = m.imm == 1 ? RtNames.PANIC_INDEX_U : RtNames.PANIC_INDEX;
    int line = m.line;
    stubs.add(() -> {
      a.bind(fail);
      // rax = index, rcx = length, whatever registers they are in now.
      load(R11, len);
      a.push(R11);
      load(Reg.RAX, idx);
      a.pop(Reg.RCX);
      call(routine, line);
      a.ud2();
    });
    Reg t = target(m.d());
    Reg rp = gpr(ptr);
    if (rp != null && ri != null) {
      a.movzx8(t, Mem.of(rp, ri, 1, 0));
    } else if (rp != null) {
      a.mov(R11, mem(idx));
      a.movzx8(t, Mem.of(rp, R11, 1, 0));
    } else if (ri != null) {
      a.mov(R11, mem(ptr));
      a.movzx8(t, Mem.of(R11, ri, 1, 0));
    } else {
      a.mov(R11, mem(ptr));
      a.alu(Alu.ADD, R11, mem(idx));
      a.movzx8(t, Mem.of(R11));
    }
    store(m.d(), t);
  }

  // ---- parallel moves ----

  /** A location: a physical register number (0..31) or a stack slot (-1 - slot). */
  private int locOf(int v) {
    int r = alloc.reg(v);
    return r >= 0 ? r : -1 - alloc.slot(v);
  }

  private static final int TEMP = Regs.of(Abi.FSCRATCH);

  private void parallelMove(MInst m) {
    List<int[]> pending = new ArrayList<>();
    for (int i = 0; i < m.defs.length; i++) {
      int d = locOf(m.defs[i]);
      int s = locOf(m.uses[i]);
      if (d != s) pending.add(new int[] {d, s});
    }
    while (!pending.isEmpty()) {
      int[] ready = null;
      for (int[] mv : pending) {
        boolean isSource = false;
        for (int[] o : pending) if (o != mv && o[1] == mv[0]) isSource = true;
        if (!isSource) {
          ready = mv;
          break;
        }
      }
      if (ready != null) {
        moveLoc(ready[0], ready[1]);
        pending.remove(ready);
        continue;
      }
      // Only cycles are left: park one destination's value in XMM15 and read it from there.
      int[] mv = pending.getFirst();
      moveLoc(TEMP, mv[0]);
      for (int[] o : pending) if (o[1] == mv[0]) o[1] = TEMP;
    }
  }

  private Mem slotMem(int loc) {
    return frame.slot(-1 - loc);
  }

  /** Moves a 64-bit value between locations of either class (XMM15 may hold a general value). */
  private void moveLoc(int d, int s) {
    if (d == s) return;
    boolean dMem = d < 0;
    boolean sMem = s < 0;
    if (dMem && sMem) {
      a.mov(R11, slotMem(s));
      a.mov(slotMem(d), R11);
    } else if (dMem) {
      if (Regs.isXmm(s)) a.movsd(slotMem(d), Regs.xmm(s));
      else a.mov(slotMem(d), Regs.gpr(s));
    } else if (sMem) {
      if (Regs.isXmm(d)) a.movsd(Regs.xmm(d), slotMem(s));
      else a.mov(Regs.gpr(d), slotMem(s));
    } else if (Regs.isXmm(d) && Regs.isXmm(s)) {
      a.movapd(Regs.xmm(d), Regs.xmm(s));
    } else if (Regs.isXmm(d)) {
      a.movq(Regs.xmm(d), Regs.gpr(s));
    } else if (Regs.isXmm(s)) {
      a.movq(Regs.gpr(d), Regs.xmm(s));
    } else {
      a.mov(Regs.gpr(d), Regs.gpr(s));
    }
  }
}
