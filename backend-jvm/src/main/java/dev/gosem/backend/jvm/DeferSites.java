package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * The classes of defer sites. Each defer statement's wrapper function (IR f.deferwrapN, whose
 * parameters are the operands the statement evaluated, plus the GoPanic it runs for) gets a
 * class {@code go.main.Defer$f$deferwrapN} extending the runtime's DeferRecord:
 *
 * <ul>
 *   <li>final fields {@code a0 ... an} with the operands, a constructor taking them, and
 *       {@code run(GoPanic)} calling the wrapper with them: the heap strategy's record, and what
 *       an open-coded frame's handler makes of its pending calls;
 *   <li>{@code runSlots(StackRecord, GoPanic)} calling the wrapper with the operands read from the
 *       record's typed slots (integers and bools in {@code j}, floats in {@code d}, references in
 *       {@code a}, each kind numbered from 0 in operand order), and the shared instance
 *       {@code SITE} that stack records point to.
 * </ul>
 */
final class DeferSites {
  private final Gen gen;
  private final OnDemandClasses<String> classes;

  DeferSites(Gen gen) {
    this.gen = gen;
    this.classes = new OnDemandClasses<>(
        w -> gen.types.unique(Names.PKG + "Defer$" + Names.className(gen.jvmName(w))),
        (name, w) -> generate(name, gen.module.func(w)));
  }

  /** The class of the defer site whose wrapper is the IR function wrapper. */
  String classOf(String wrapper) {
    return classes.classOf(wrapper);
  }

  /** The constructor descriptor: the operands. */
  String constructorDescriptor(Func wrapper) {
    return gen.types.methodDescriptor(wrapper.params(), List.of());
  }

  /** Where operand i of a stack record lives: its slot array and index within it. */
  record Slot(String array, String arrayDesc, int index) {}

  static Slot[] slots(List<Type> operands) {
    Slot[] out = new Slot[operands.size()];
    int j = 0;
    int d = 0;
    int a = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (JvmTypes.prim(operands.get(i))) {
        case BOOL, LONG -> new Slot("j", "[J", j++);
        case DOUBLE -> new Slot("d", "[D", d++);
        case REF -> new Slot("a", "[Ljava/lang/Object;", a++);
      };
    }
    return out;
  }

  /** How many slots of each kind (j, d, a) the operands take. */
  static int[] slotCounts(List<Type> operands) {
    int[] n = new int[3];
    for (Slot s : slots(operands)) {
      n[switch (s.array()) {
        case "j" -> 0;
        case "d" -> 1;
        default -> 2;
      }]++;
    }
    return n;
  }

  boolean generatePending(Map<String, byte[]> out) {
    return classes.generatePending(out);
  }

  private byte[] generate(String name, Func w) {
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, Runtime.DEFER_RECORD, null);
    cw.visitSource(gen.module.sourceFile(), null);
    List<Type> ops = w.params();
    for (int i = 0; i < ops.size(); i++) {
      cw.visitField(ACC_PRIVATE | ACC_FINAL, "a" + i, gen.types.descriptor(ops.get(i)), null, null).visitEnd();
    }
    String self = "L" + name + ";";
    cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "SITE", self, null, null).visitEnd();
    constructor(cw, name, ops);
    if (!ops.isEmpty()) {
      // SITE: an instance without operands, for the stack records that point to it
      MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", "()V", null, null);
      mv.visitCode();
      mv.visitVarInsn(ALOAD, 0);
      mv.visitMethodInsn(INVOKESPECIAL, Runtime.DEFER_RECORD, "<init>", "()V", false);
      mv.visitInsn(RETURN);
      Boxes.end(mv);
    }
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    mv.visitTypeInsn(NEW, name);
    mv.visitInsn(DUP);
    mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
    mv.visitFieldInsn(PUTSTATIC, name, "SITE", self);
    mv.visitInsn(RETURN);
    Boxes.end(mv);
    String wrapperDesc = gen.funcDescriptor(w);
    String wrapperName = gen.jvmName(w.name());
    // run(GoPanic): the operands from the fields
    mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + Runtime.GO_PANIC + ";)V", null, null);
    mv.visitCode();
    for (int i = 0; i < ops.size(); i++) {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitFieldInsn(GETFIELD, name, "a" + i, gen.types.descriptor(ops.get(i)));
    }
    mv.visitVarInsn(ALOAD, 1);
    mv.visitMethodInsn(INVOKESTATIC, gen.owner(w.name()), wrapperName, wrapperDesc, false);
    mv.visitInsn(RETURN);
    Boxes.end(mv);
    // run(StackRecord, GoPanic): the operands from the record's slots
    mv = cw.visitMethod(ACC_PUBLIC, "runSlots", "(L" + Runtime.STACK_RECORD + ";L" + Runtime.GO_PANIC + ";)V", null, null);
    mv.visitCode();
    Slot[] slots = slots(ops);
    for (int i = 0; i < ops.size(); i++) {
      Type t = ops.get(i);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitFieldInsn(GETFIELD, Runtime.STACK_RECORD, slots[i].array(), slots[i].arrayDesc());
      FuncGenBase.pushInt(mv, slots[i].index());
      switch (JvmTypes.prim(t)) {
        case BOOL -> {
          mv.visitInsn(LALOAD);
          mv.visitInsn(L2I);
        }
        case LONG -> mv.visitInsn(LALOAD);
        case DOUBLE -> mv.visitInsn(DALOAD);
        case REF -> {
          mv.visitInsn(AALOAD);
          gen.types.checkcast(mv, t);
        }
      }
    }
    mv.visitVarInsn(ALOAD, 2);
    mv.visitMethodInsn(INVOKESTATIC, gen.owner(w.name()), wrapperName, wrapperDesc, false);
    mv.visitInsn(RETURN);
    Boxes.end(mv);
    cw.visitEnd();
    return cw.toByteArray();
  }

  private void constructor(ClassWriter cw, String name, List<Type> ops) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", gen.types.methodDescriptor(ops, List.of()), null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, Runtime.DEFER_RECORD, "<init>", "()V", false);
    int slot = 1;
    for (int i = 0; i < ops.size(); i++) {
      Type t = ops.get(i);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitVarInsn(JvmTypes.loadOp(t), slot);
      slot += gen.types.slotSize(t);
      mv.visitFieldInsn(PUTFIELD, name, "a" + i, gen.types.descriptor(t));
    }
    mv.visitInsn(RETURN);
    Boxes.end(mv);
  }
}
