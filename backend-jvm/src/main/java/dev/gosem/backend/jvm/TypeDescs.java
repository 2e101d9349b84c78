package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * The program's run-time type descriptors. Generated code pushes the TypeDesc of a type with
 * {@link #push}: predeclared types are the runtime's constants, every other type a static field
 * of the class {@code go.main.$Types}, whose static initializer builds them all once per program
 * (many programs share one runtime, so named and struct types are created per program, see
 * docs/jvm-representation.md). It creates the named types first (their underlying types may
 * mention them), then every other type from its parts with the runtime's interning factories,
 * then defines the named types, and finally tells each type what only the compiler knows: its
 * method sets, its zero value (a struct class's new instance) and how to box it.
 */
final class TypeDescs {
  private final Gen gen;
  /** Registered types and their field names; closed under parts (a type's parts are registered first). */
  private final SequencedMap<Type, String> fields = new LinkedHashMap<>();

  TypeDescs(Gen gen) {
    this.gen = gen;
  }

  /** Pushes the TypeDesc of t. */
  void push(MethodVisitor mv, Type t) {
    String predeclared = predeclared(t);
    if (predeclared != null) {
      mv.visitFieldInsn(GETSTATIC, Runtime.TYPE_DESC, predeclared, Runtime.TYPE_DESC_D);
      return;
    }
    if (JvmTypes.isStringsBuilder(t)) {
      mv.visitFieldInsn(GETSTATIC, Runtime.STRINGS_BUILDER, "TYPE", Runtime.TYPE_DESC_D);
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "elem", "()" + Runtime.TYPE_DESC_D, false);
      return;
    }
    mv.visitFieldInsn(GETSTATIC, Names.TYPES_CLASS, register(t), Runtime.TYPE_DESC_D);
  }

  /** The runtime constant for a predeclared type, or null. */
  private static String predeclared(Type t) {
    if (t instanceof Basic b) {
      return switch (b.kind()) {
        case BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT64, STRING -> b.kind().name();
        default -> throw new IllegalArgumentException("no descriptor for " + t);
      };
    }
    if (t instanceof Interface i && i.isEmpty()) return "ANY";
    if (isError(t)) return "ERROR";
    return null;
  }

  static boolean isError(Type t) {
    return t instanceof Named n && n.pkg().isEmpty() && n.name().equals("error");
  }

  /** Registers t (and its parts) and returns its field name. */
  private String register(Type t) {
    String f = fields.get(t);
    if (f != null) return f;
    f = "t" + fields.size();
    fields.put(t, f);
    // The parts get fields too, so that building this type finds them.
    for (Type part : parts(t)) {
      if (predeclared(part) == null && !JvmTypes.isStringsBuilder(part)) register(part);
    }
    if (JvmTypes.isStruct(t) && !JvmTypes.isStringsBuilder(t)) gen.types.structClass(t);
    return f;
  }

  /** The types a type is made of (for a named type: its underlying type). */
  private static List<Type> parts(Type t) {
    return switch (t) {
      case Named n -> List.of(n.underlying());
      case Pointer p -> List.of(p.elem());
      case Slice s -> List.of(s.elem());
      case Array a -> List.of(a.elem());
      case MapType m -> List.of(m.key(), m.elem());
      case Struct s -> s.fields().stream().map(Struct.Field::type).toList();
      case Signature s -> {
        List<Type> l = new ArrayList<>(s.params());
        l.addAll(s.results());
        yield l;
      }
      case Interface i -> i.methods().stream().map(m -> (Type) m.sig()).toList();
      default -> List.of();
    };
  }

  /** Every registered type, in registration order. */
  List<Type> registered() {
    return List.copyOf(fields.sequencedKeySet());
  }

  // ---- the $Types class ----

  byte[] generate() {
    ClassWriter cw = gen.classWriter();
    cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, Names.TYPES_CLASS, null, JvmTypes.OBJECT, null);
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    List<Type> all = registered();
    // 1. the named types, undefined
    for (Type t : all) {
      if (t instanceof Named n) {
        mv.visitLdcInsn(n.pkgName());
        mv.visitLdcInsn(n.name());
        mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "newNamed", "(Ljava/lang/String;Ljava/lang/String;)" + Runtime.TYPE_DESC_D, false);
        mv.visitFieldInsn(PUTSTATIC, Names.TYPES_CLASS, fields.get(t), Runtime.TYPE_DESC_D);
      }
    }
    // 2. every other type, parts first
    Map<Type, Boolean> built = new HashMap<>();
    for (Type t : all) build(mv, t, built);
    // 3. the named types get their underlying types
    for (Type t : all) {
      if (t instanceof Named n) {
        mv.visitFieldInsn(GETSTATIC, Names.TYPES_CLASS, fields.get(t), Runtime.TYPE_DESC_D);
        push(mv, n.underlying());
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "define", "(" + Runtime.TYPE_DESC_D + ")" + Runtime.TYPE_DESC_D, false);
        mv.visitInsn(POP);
      }
    }
    // 4. method sets
    for (Type t : all) {
      if (!(t instanceof Named) && !(t instanceof Struct)) continue;
      List<String> value = gen.methods.methodNames(t, false);
      List<String> pointer = gen.methods.methodNames(t, true);
      if (value.isEmpty() && pointer.isEmpty()) continue;
      push(mv, t);
      stringArray(mv, value);
      stringArray(mv, pointer);
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "setMethods", "([Ljava/lang/String;[Ljava/lang/String;)" + Runtime.TYPE_DESC_D, false);
      mv.visitInsn(POP);
    }
    // 5. zero values of struct types, inner structs first (a struct's constructor may need them)
    for (Type t : structsInnerFirst(all)) {
      push(mv, t);
      String c = gen.types.structClass(t);
      mv.visitTypeInsn(NEW, c);
      mv.visitInsn(DUP);
      mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "setZeroPrototype", "(L" + Runtime.GO_STRUCT + ";)" + Runtime.TYPE_DESC_D, false);
      mv.visitInsn(POP);
    }
    // 6. boxers: how fmt makes the interface value of a value it finds inside another
    for (Type t : all) {
      String box = gen.boxes.boxerClass(t);
      if (box == null) continue;
      push(mv, t);
      Handle mf = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
              + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
      org.objectweb.asm.Type erased = org.objectweb.asm.Type.getMethodType("(Ljava/lang/Object;)Ljava/lang/Object;");
      mv.visitInvokeDynamicInsn("box", "()L" + Runtime.BOXER + ";", mf, erased,
          new Handle(H_INVOKESTATIC, box, Boxes.BOX_METHOD, "(Ljava/lang/Object;)Ljava/lang/Object;", false), erased);
      mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.TYPE_DESC, "setBoxer", "(L" + Runtime.BOXER + ";)" + Runtime.TYPE_DESC_D, false);
      mv.visitInsn(POP);
    }
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    for (String f : fields.values()) {
      cw.visitField(ACC_PUBLIC | ACC_STATIC, f, Runtime.TYPE_DESC_D, null, null).visitEnd();
    }
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** Emits the construction of t's descriptor (after its parts') into its field. */
  private void build(MethodVisitor mv, Type t, Map<Type, Boolean> built) {
    if (t instanceof Named || built.containsKey(t) || !fields.containsKey(t)) return;
    built.put(t, true);
    for (Type p : parts(t)) build(mv, p, built);
    switch (t) {
      case Pointer p -> factory(mv, "pointerTo", p.elem());
      case Slice s -> factory(mv, "sliceOf", s.elem());
      case Array a -> {
        mv.visitLdcInsn(a.len());
        push(mv, a.elem());
        mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "arrayOf", "(J" + Runtime.TYPE_DESC_D + ")" + Runtime.TYPE_DESC_D, false);
      }
      case MapType m -> {
        push(mv, m.key());
        push(mv, m.elem());
        mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "mapOf", "(" + Runtime.TYPE_DESC_D + Runtime.TYPE_DESC_D + ")" + Runtime.TYPE_DESC_D, false);
      }
      case Struct s -> {
        FuncGen.pushInt(mv, s.fields().size());
        mv.visitTypeInsn(ANEWARRAY, Runtime.FIELD);
        for (int i = 0; i < s.fields().size(); i++) {
          Struct.Field f = s.fields().get(i);
          mv.visitInsn(DUP);
          FuncGen.pushInt(mv, i);
          mv.visitLdcInsn(f.name());
          push(mv, f.type());
          mv.visitMethodInsn(INVOKESTATIC, Runtime.FIELD, f.embedded() ? "embedded" : "of",
              "(Ljava/lang/String;" + Runtime.TYPE_DESC_D + ")L" + Runtime.FIELD + ";", false);
          mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "newStruct", "([L" + Runtime.FIELD + ";)" + Runtime.TYPE_DESC_D, false);
      }
      case Signature s -> signature(mv, s);
      case Interface i -> {
        FuncGen.pushInt(mv, i.methods().size());
        mv.visitTypeInsn(ANEWARRAY, Runtime.METHOD);
        for (int k = 0; k < i.methods().size(); k++) {
          Interface.Method m = i.methods().get(k);
          mv.visitInsn(DUP);
          FuncGen.pushInt(mv, k);
          mv.visitTypeInsn(NEW, Runtime.METHOD);
          mv.visitInsn(DUP);
          mv.visitLdcInsn(m.name());
          push(mv, m.sig());
          // an unexported method is qualified by its package (always main here)
          char c0 = m.name().charAt(0);
          if (c0 >= 'A' && c0 <= 'Z') mv.visitInsn(ACONST_NULL);
          else mv.visitLdcInsn("main");
          mv.visitMethodInsn(INVOKESPECIAL, Runtime.METHOD, "<init>", "(Ljava/lang/String;" + Runtime.TYPE_DESC_D + "Ljava/lang/String;)V", false);
          mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "interfaceOf", "([L" + Runtime.METHOD + ";)" + Runtime.TYPE_DESC_D, false);
      }
      default -> throw new IllegalStateException("no descriptor for " + t);
    }
    mv.visitFieldInsn(PUTSTATIC, Names.TYPES_CLASS, fields.get(t), Runtime.TYPE_DESC_D);
  }

  private void factory(MethodVisitor mv, String name, Type elem) {
    push(mv, elem);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, name, "(" + Runtime.TYPE_DESC_D + ")" + Runtime.TYPE_DESC_D, false);
  }

  private void signature(MethodVisitor mv, Signature s) {
    list(mv, s.params());
    list(mv, s.results());
    mv.visitInsn(s.variadic() ? ICONST_1 : ICONST_0);
    mv.visitMethodInsn(INVOKESTATIC, Runtime.TYPE_DESC, "funcOf", "(Ljava/util/List;Ljava/util/List;Z)" + Runtime.TYPE_DESC_D, false);
  }

  /** Pushes List.of(descriptors of ts). */
  private void list(MethodVisitor mv, List<Type> ts) {
    FuncGen.pushInt(mv, ts.size());
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    for (int i = 0; i < ts.size(); i++) {
      mv.visitInsn(DUP);
      FuncGen.pushInt(mv, i);
      push(mv, ts.get(i));
      mv.visitInsn(AASTORE);
    }
    mv.visitMethodInsn(INVOKESTATIC, "java/util/List", "of", "([Ljava/lang/Object;)Ljava/util/List;", true);
  }

  private static void stringArray(MethodVisitor mv, List<String> names) {
    FuncGen.pushInt(mv, names.size());
    mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
    for (int i = 0; i < names.size(); i++) {
      mv.visitInsn(DUP);
      FuncGen.pushInt(mv, i);
      mv.visitLdcInsn(names.get(i));
      mv.visitInsn(AASTORE);
    }
  }

  /**
   * The registered struct types with classes, ordered so that a struct comes after every struct
   * it contains by value (directly or in arrays): Go forbids cycles of containment.
   */
  private List<Type> structsInnerFirst(List<Type> all) {
    List<Type> out = new ArrayList<>();
    for (Type t : all) {
      if (JvmTypes.isStruct(t) && !JvmTypes.isStringsBuilder(t)) visitStruct(t, out);
    }
    return out;
  }

  private void visitStruct(Type t, List<Type> out) {
    if (out.contains(t) || !fields.containsKey(t)) return;
    for (Struct.Field f : ((Struct) JvmTypes.under(t)).fields()) {
      Type ft = f.type();
      while (JvmTypes.under(ft) instanceof Array a) ft = a.elem();
      if (JvmTypes.isStruct(ft) && !JvmTypes.isStringsBuilder(ft)) visitStruct(ft, out);
    }
    out.add(t);
  }
}
