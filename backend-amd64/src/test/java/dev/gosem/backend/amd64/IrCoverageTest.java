package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every IR operation and intrinsic is either compiled (the language tests run each of those) or
 * rejected with a diagnostic that names it, never an internal exception; so are types the
 * backend has no layout for.
 */
class IrCoverageTest {
  /** The operations this backend compiles; LanguageTest and the random tests exercise each. */
  static final Set<Op> SUPPORTED = EnumSet.of(
      Op.CONST, Op.PARAM, Op.PHI, Op.COPY, Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.REM, Op.AND, Op.OR,
      Op.XOR, Op.AND_NOT, Op.SHL, Op.SHR, Op.NEG, Op.COMPL, Op.NOT, Op.EQ, Op.NE, Op.LT, Op.LE,
      Op.GT, Op.GE, Op.CONVERT, Op.CONCAT, Op.STRLEN, Op.STRINDEX, Op.LOAD_GLOBAL,
      Op.STORE_GLOBAL, Op.CALL, Op.EXTRACT, Op.INTRINSIC);

  private static Module moduleWith(Op op, Object aux) {
    Module m = new Module("t", "main.go");
    Func f = new Func("main", List.of(), List.of(), List.of(), Pos.NONE);
    Block b = f.newBlock("entry");
    Value x = b.newValue(Op.CONST, Types.INT, Pos.NONE).setAux(1L);
    int n = Math.max(op.argCount(), 1);
    Value[] args = new Value[n];
    for (int i = 0; i < n; i++) args[i] = x;
    Value v = b.newValue(op, Types.INT, new Pos("main.go", 7, 3), args);
    if (aux != null) v.setAux(aux);
    b.end(BlockKind.RETURN);
    m.add(f);
    return m;
  }

  @Test
  void everyOtherOperationIsRejectedWithADiagnostic() {
    for (Op op : Op.values()) {
      if (SUPPORTED.contains(op)) continue;
      Module m = moduleWith(op, null);
      assertThatThrownBy(() -> new Amd64Backend().compile(m, Options.defaults()))
          .as(op.name())
          .isInstanceOf(CompileException.class)
          .hasMessageContaining("main.go:7:3: gosem's amd64 backend does not support")
          .hasMessageContaining(op.title());
    }
  }

  @Test
  void everyIntrinsicIsCompiled() {
    // The intrinsics all appear in LanguageTest and RuntimeBehaviourTest; a new one must be added
    // to the instruction selector (which rejects unknown ones with a diagnostic).
    assertThat(EnumSet.allOf(Intrinsic.class)).containsExactlyInAnyOrder(
        Intrinsic.PRINT, Intrinsic.PRINT_SPACE, Intrinsic.PRINT_NEWLINE, Intrinsic.FMT_PRINTLN,
        Intrinsic.FMT_PRINT, Intrinsic.OS_EXIT);
  }

  @Test
  void valuesOfTypesWithoutALayoutAreRejected() {
    Type slice = new Slice(Types.INT);
    Module m = new Module("t", "main.go");
    Func main = new Func("main", List.of(), List.of(), List.of(), Pos.NONE);
    main.newBlock("entry").end(BlockKind.RETURN);
    Func f = new Func("f", List.of("s"), List.of(slice), List.of(), new Pos("main.go", 3, 6));
    Block b = f.newBlock("entry");
    b.newValue(Op.PARAM, slice, Pos.NONE);
    b.end(BlockKind.RETURN);
    m.add(main);
    m.add(f);
    assertThatThrownBy(() -> new Amd64Backend().compile(m, Options.defaults()))
        .isInstanceOf(CompileException.class)
        .hasMessage("main.go:3:6: gosem's amd64 backend does not support values of type []int yet");
  }

}
