package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The class of one struct type: a public final class with a typed public field per Go field, a
 * no-arg constructor making the zero value, and GoStruct's goType (the descriptor of *T: an
 * object of this class is at once a T variable and the pointer to it), goField, goCopy and
 * goAssign. equals is Go's == (for comparisons the compiler emits), hashCode the runtime's hash
 * of the same value. Fields whose address is taken as a pointer object get a VarHandle
 * ({@code VH$field}) for the runtime's field pointers. The class also implements the dispatch
 * interfaces of *T's method set.
 */
final class StructGen {
  private final Gen gen;

  StructGen(Gen gen) {
    this.gen = gen;
  }

  /** The Java name of field i (Go's name; blank fields get their index to stay distinct). */
  static String fieldName(Struct.Field f, int i) {
    return f.name().equals("_") ? "_$" + i : f.name();
  }

  static String varHandleName(Struct.Field f, int i) {
    return "VH$" + fieldName(f, i);
  }

  byte[] generate(String name, Type t) {
    Struct s = (Struct) JvmTypes.under(t);
    List<Struct.Field> fields = s.fields();
    List<MethodSets.Entry> methods = gen.methods.methodSet(t, true);
    List<String> ifaces = new ArrayList<>(List.of(Runtime.GO_STRUCT));
    ifaces.addAll(gen.boxes.interfaces(methods));
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.OBJECT, ifaces.toArray(String[]::new));
    cw.visitSource(gen.module.sourceFile(), null);
    for (int i = 0; i < fields.size(); i++) {
      cw.visitField(ACC_PUBLIC, fieldName(fields.get(i), i), gen.types.descriptor(fields.get(i).type()), null, null).visitEnd();
    }
    varHandles(cw, name, fields, gen.varHandles(name));
    constructors(cw, name, fields);
    goType(cw, t);
    goField(cw, name, fields);
    goCopy(cw, name, fields);
    goAssign(cw, name, fields);
    equals(cw, name, t, fields);
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
    mv.visitCode();
    gen.descs.push(mv, t);
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "hash", "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;)I", false);
    mv.visitInsn(IRETURN);
    Boxes.end(mv);
    gen.boxes.bridges(cw, t, methods, true, m -> m.visitVarInsn(ALOAD, 0));
    cw.visitEnd();
    return cw.toByteArray();
  }

  private void varHandles(ClassWriter cw, String name, List<Struct.Field> fields, Set<Integer> which) {
    if (which.isEmpty()) return;
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    for (int i : which) {
      Struct.Field f = fields.get(i);
      cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, varHandleName(f, i), "Ljava/lang/invoke/VarHandle;", null, null).visitEnd();
      mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
      mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(name));
      mv.visitLdcInsn(fieldName(f, i));
      switch (JvmTypes.prim(f.type())) {
        case BOOL -> mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TYPE", "Ljava/lang/Class;");
        case LONG -> mv.visitFieldInsn(GETSTATIC, "java/lang/Long", "TYPE", "Ljava/lang/Class;");
        case DOUBLE -> mv.visitFieldInsn(GETSTATIC, "java/lang/Double", "TYPE", "Ljava/lang/Class;");
        case REF -> mv.visitLdcInsn(org.objectweb.asm.Type.getType(gen.types.descriptor(f.type())));
      }
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup", "findVarHandle",
          "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;", false);
      mv.visitFieldInsn(PUTSTATIC, name, varHandleName(f, i), "Ljava/lang/invoke/VarHandle;");
    }
    mv.visitInsn(RETURN);
    Boxes.end(mv);
  }

  /** new T(): the zero value; new T(false): every field left null/0 for goCopy to fill. */
  private void constructors(ClassWriter cw, String name, List<Struct.Field> fields) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
    for (int i = 0; i < fields.size(); i++) {
      Type ft = fields.get(i).type();
      // Strings are "", nested structs and arrays their zero objects, strings.Builder and the sync
      // types new runtime objects.
      if (!JvmTypes.isString(ft) && !JvmTypes.isObjectValue(ft)) continue;
      mv.visitVarInsn(ALOAD, 0);
      gen.pushZero(mv, ft);
      mv.visitFieldInsn(PUTFIELD, name, fieldName(fields.get(i), i), gen.types.descriptor(ft));
    }
    mv.visitInsn(RETURN);
    Boxes.end(mv);
    mv = cw.visitMethod(ACC_PRIVATE, "<init>", "(Z)V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
    mv.visitInsn(RETURN);
    Boxes.end(mv);
  }

  private void goType(ClassWriter cw, Type t) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "goType", "()" + Runtime.TYPE_DESC_D, null, null);
    mv.visitCode();
    gen.descs.push(mv, new Pointer(t));
    mv.visitInsn(ARETURN);
    Boxes.end(mv);
  }

  private void goField(ClassWriter cw, String name, List<Struct.Field> fields) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "goField", "(I)Ljava/lang/Object;", null, null);
    mv.visitCode();
    Label dflt = new Label();
    Label[] cases = new Label[fields.size()];
    for (int i = 0; i < cases.length; i++) cases[i] = new Label();
    mv.visitVarInsn(ILOAD, 1);
    if (cases.length > 0) mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
    for (int i = 0; i < cases.length; i++) {
      mv.visitLabel(cases[i]);
      Type ft = fields.get(i).type();
      mv.visitVarInsn(ALOAD, 0);
      mv.visitFieldInsn(GETFIELD, name, fieldName(fields.get(i), i), gen.types.descriptor(ft));
      JvmTypes.box(mv, ft);
      mv.visitInsn(ARETURN);
    }
    mv.visitLabel(dflt);
    mv.visitTypeInsn(NEW, "java/lang/IndexOutOfBoundsException");
    mv.visitInsn(DUP);
    mv.visitVarInsn(ILOAD, 1);
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IndexOutOfBoundsException", "<init>", "(I)V", false);
    mv.visitInsn(ATHROW);
    Boxes.end(mv);
  }

  private void goCopy(ClassWriter cw, String name, List<Struct.Field> fields) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "goCopy", "()L" + Runtime.GO_STRUCT + ";", null, null);
    mv.visitCode();
    mv.visitTypeInsn(NEW, name);
    mv.visitInsn(DUP);
    mv.visitInsn(ICONST_0);
    mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(Z)V", false);
    for (int i = 0; i < fields.size(); i++) {
      Type ft = fields.get(i).type();
      String fd = gen.types.descriptor(ft);
      mv.visitInsn(DUP);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitFieldInsn(GETFIELD, name, fieldName(fields.get(i), i), fd);
      if (JvmTypes.isObjectValue(ft)) gen.copyValue(mv, ft);
      mv.visitFieldInsn(PUTFIELD, name, fieldName(fields.get(i), i), fd);
    }
    mv.visitInsn(ARETURN);
    Boxes.end(mv);
  }

  private void goAssign(ClassWriter cw, String name, List<Struct.Field> fields) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "goAssign", "(L" + Runtime.GO_STRUCT + ";)V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 1);
    mv.visitTypeInsn(CHECKCAST, name);
    mv.visitVarInsn(ASTORE, 2);
    for (int i = 0; i < fields.size(); i++) {
      Type ft = fields.get(i).type();
      String fn = fieldName(fields.get(i), i);
      String fd = gen.types.descriptor(ft);
      if (JvmTypes.isObjectValue(ft)) {
        int field = i;
        gen.assignInto(mv, ft, m -> {
          m.visitVarInsn(ALOAD, 0);
          m.visitFieldInsn(GETFIELD, name, fieldName(fields.get(field), field), fd);
        }, m -> {
          m.visitVarInsn(ALOAD, 2);
          m.visitFieldInsn(GETFIELD, name, fieldName(fields.get(field), field), fd);
        });
      } else {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitFieldInsn(GETFIELD, name, fn, fd);
        mv.visitFieldInsn(PUTFIELD, name, fn, fd);
      }
    }
    mv.visitInsn(RETURN);
    Boxes.end(mv);
  }

  /** Go's == field by field (blank fields skipped); uncomparable structs defer to the runtime, which panics. */
  private void equals(ClassWriter cw, String name, Type t, List<Struct.Field> fields) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
    mv.visitCode();
    Label no = new Label();
    mv.visitVarInsn(ALOAD, 1);
    mv.visitTypeInsn(INSTANCEOF, name);
    mv.visitJumpInsn(IFEQ, no);
    if (!gen.comparable(t)) {
      gen.descs.push(mv, t);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "equal", "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;Ljava/lang/Object;)Z", false);
      mv.visitInsn(IRETURN);
    } else {
      mv.visitVarInsn(ALOAD, 1);
      mv.visitTypeInsn(CHECKCAST, name);
      mv.visitVarInsn(ASTORE, 2);
      for (int i = 0; i < fields.size(); i++) {
        Struct.Field f = fields.get(i);
        if (f.name().equals("_")) continue;
        String fd = gen.types.descriptor(f.type());
        int field = i;
        gen.equal(mv, f.type(), m -> {
          m.visitVarInsn(ALOAD, 0);
          m.visitFieldInsn(GETFIELD, name, fieldName(f, field), fd);
        }, m -> {
          m.visitVarInsn(ALOAD, 2);
          m.visitFieldInsn(GETFIELD, name, fieldName(f, field), fd);
        });
        mv.visitJumpInsn(IFEQ, no);
      }
      mv.visitInsn(ICONST_1);
      mv.visitInsn(IRETURN);
    }
    mv.visitLabel(no);
    mv.visitInsn(ICONST_0);
    mv.visitInsn(IRETURN);
    Boxes.end(mv);
  }

}
