package dev.gosem.backend.jvm;

import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * How IR types live on the JVM. Every Go integer is a long normalized to its width
 * (sign-extended when signed, zero-extended when unsigned), so one instruction set serves all
 * ten integer types and only results that can leave the width are re-normalized. bool is a JVM
 * int 0/1, float64 a double, string a java.lang.String whose chars are Go's bytes (0..255), and
 * several results travel as an Object[] of boxes.
 */
final class JvmTypes {
  static final String STRING = "Ljava/lang/String;";
  static final String TUPLE = "[Ljava/lang/Object;";

  private JvmTypes() {}

  static Kind kind(Type t) {
    return t instanceof Basic b ? b.kind() : Kind.INVALID;
  }

  static boolean isVoid(Type t) {
    return t instanceof Tuple tu && tu.types().isEmpty();
  }

  static boolean isTuple(Type t) {
    return t instanceof Tuple tu && !tu.types().isEmpty();
  }

  static boolean isInt(Type t) {
    return kind(t).isInteger();
  }

  static boolean isUnsigned(Type t) {
    return kind(t).isUnsigned();
  }

  static boolean isUint64(Type t) {
    return isUnsigned(t) && kind(t).bits() == 64;
  }

  static String descriptor(Type t) {
    if (isVoid(t)) return "V";
    if (isTuple(t)) return TUPLE;
    Kind k = kind(t);
    if (k == Kind.BOOL) return "Z";
    if (k.isInteger()) return "J";
    if (k == Kind.FLOAT64) return "D";
    if (k == Kind.STRING) return STRING;
    throw new IllegalArgumentException("no JVM representation for " + t);
  }

  /** The descriptor of a method taking params and returning results (one, none, or a tuple). */
  static String methodDescriptor(List<Type> params, List<Type> results) {
    StringBuilder sb = new StringBuilder("(");
    for (Type p : params) sb.append(descriptor(p));
    sb.append(')');
    sb.append(switch (results.size()) {
      case 0 -> "V";
      case 1 -> descriptor(results.getFirst());
      default -> TUPLE;
    });
    return sb.toString();
  }

  static int slotSize(Type t) {
    String d = descriptor(t);
    return d.equals("J") || d.equals("D") ? 2 : 1;
  }

  static int loadOp(Type t) {
    return switch (descriptor(t)) {
      case "Z" -> Opcodes.ILOAD;
      case "J" -> Opcodes.LLOAD;
      case "D" -> Opcodes.DLOAD;
      default -> Opcodes.ALOAD;
    };
  }

  static int storeOp(Type t) {
    return switch (descriptor(t)) {
      case "Z" -> Opcodes.ISTORE;
      case "J" -> Opcodes.LSTORE;
      case "D" -> Opcodes.DSTORE;
      default -> Opcodes.ASTORE;
    };
  }

  static int returnOp(String descriptor) {
    return switch (descriptor) {
      case "V" -> Opcodes.RETURN;
      case "Z" -> Opcodes.IRETURN;
      case "J" -> Opcodes.LRETURN;
      case "D" -> Opcodes.DRETURN;
      default -> Opcodes.ARETURN;
    };
  }

  static void pop(MethodVisitor mv, Type t) {
    if (isVoid(t)) return;
    mv.visitInsn(slotSize(t) == 2 ? Opcodes.POP2 : Opcodes.POP);
  }

  /**
   * Brings the long on the stack back into the range of integer type t, as Go's wrap-around
   * requires after an operation that can carry bits past the width.
   */
  static void normalize(MethodVisitor mv, Type t) {
    Kind k = kind(t);
    int bits = k.bits();
    if (!k.isInteger() || bits == 64) return;
    if (k.isUnsigned()) {
      mv.visitLdcInsn(bits == 32 ? 0xFFFF_FFFFL : (1L << bits) - 1);
      mv.visitInsn(Opcodes.LAND);
      return;
    }
    mv.visitInsn(Opcodes.L2I);
    if (bits == 8) mv.visitInsn(Opcodes.I2B);
    if (bits == 16) mv.visitInsn(Opcodes.I2S);
    mv.visitInsn(Opcodes.I2L);
  }

  /** Boxes the value on the stack as the runtime's fmt and tuples expect it. */
  static void box(MethodVisitor mv, Type t) {
    switch (descriptor(t)) {
      case "Z" -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
      case "D" -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
      case "J" -> {
        if (isUnsigned(t)) {
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, Runtime.UNSIGNED, "of", "(J)L" + Runtime.UNSIGNED + ";", false);
        } else {
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        }
      }
      default -> {}
    }
  }

  /** Unboxes an Object on the stack holding a value of type t (the inverse of {@link #box}). */
  static void unbox(MethodVisitor mv, Type t) {
    switch (descriptor(t)) {
      case "Z" -> {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Boolean");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z", false);
      }
      case "D" -> {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Double");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
      }
      case "J" -> {
        if (isUnsigned(t)) {
          mv.visitTypeInsn(Opcodes.CHECKCAST, Runtime.UNSIGNED);
          mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Runtime.UNSIGNED, "bits", "()J", false);
        } else {
          mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Long");
          mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
        }
      }
      default -> mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/String");
    }
  }
}
