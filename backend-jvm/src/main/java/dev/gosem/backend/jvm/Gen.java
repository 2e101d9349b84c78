package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * What generating one program's classes shares: the module, the type representation, the type
 * descriptors, method sets, boxes and closures as they are asked for, and the bytecode idioms for
 * Go's value semantics (zero values, copies, assignment into a variable, ==).
 */
final class Gen {
  final Module module;
  final JvmTypes types = new JvmTypes();
  final TypeDescs descs = new TypeDescs(this);
  final MethodSets methods = new MethodSets(this);
  final Boxes boxes = new Boxes(this);
  final Closures closures = new Closures(this);
  final Recoverers recoverers = new Recoverers(this);
  final DeferSites deferSites = new DeferSites(this);
  private final Map<String, Set<Integer>> varHandles = new HashMap<>();
  private final Map<String, String> jvmNames = new HashMap<>();
  private final Set<String> globalsInMemory = new java.util.HashSet<>();

  Gen(Module module) {
    this.module = module;
    for (String p : module.packages()) types.unique(Names.packageClass(p));
    for (Map.Entry<Named, List<Module.Method>> e : module.methods().entrySet()) {
      for (Module.Method m : e.getValue()) {
        if (m.pointerReceiver()) jvmNames.put(m.func(), "(*" + Names.className(e.getKey().name()) + ")$" + m.name());
      }
    }
    for (String g : module.globals().keySet()) {
      if (module.isGlobalInMemory(g)) globalsInMemory.add(g);
    }
    for (Func f : module.funcList()) {
      for (dev.gosem.ir.ssa.Value v : f.allValues()) {
        if (v.op() == dev.gosem.ir.ssa.Op.GLOBAL_ADDR) globalsInMemory.add((String) v.aux());
      }
    }
  }

  /**
   * Whether a package-level variable lives in memory (its static field holds its cell, struct
   * object or array): the module says so, or some GlobalAddr takes its address.
   */
  boolean globalInMemory(String name) {
    return globalsInMemory.contains(name);
  }

  /** The static method of package main's class implementing the IR function name. */
  String jvmName(String funcName) {
    String n = jvmNames.get(funcName);
    return n != null ? n : Names.method(Names.local(module, funcName));
  }

  /** The class that holds a function's static method or a global's static field. */
  String owner(String name) {
    return Names.owner(module, name);
  }

  /** The static field of a package-level variable, in its package's class. */
  String fieldName(String global) {
    return Names.field(Names.local(module, global));
  }

  /**
   * The descriptor of a function's static method: its captured variables first, then its
   * parameters; a deferred-call wrapper's last parameter is the GoPanic it runs for.
   */
  String funcDescriptor(Func f) {
    List<Type> params = new ArrayList<>(f.freeVars());
    params.addAll(f.params());
    String d = types.methodDescriptor(params, f.results());
    if (f.isDeferWrapper()) d = d.replaceFirst("\\)", "L" + Runtime.GO_PANIC + ";)");
    return d;
  }

  /** Asks for a VarHandle on field i of a struct class (for pointers to that field). */
  void needVarHandle(String structClass, int field) {
    varHandles.computeIfAbsent(structClass, k -> new TreeSet<>()).add(field);
  }

  Set<Integer> varHandles(String structClass) {
    return varHandles.getOrDefault(structClass, Set.of());
  }

  /**
   * A class writer computing frames. Merging two types needs their common superclass: generated
   * classes all extend Object (except defer sites, DeferRecords; values meet in locals typed by interfaces, which the verifier
   * treats as Object), runtime and JDK classes are looked up.
   */
  ClassWriter classWriter() {
    return new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        // defer-site classes are the runtime's DeferRecords
        if (a.startsWith(Names.PKG + "Defer$")) a = Runtime.DEFER_RECORD;
        if (b.startsWith(Names.PKG + "Defer$")) b = Runtime.DEFER_RECORD;
        if (a.equals(b)) return a;
        if (a.startsWith(Names.PKG) || b.startsWith(Names.PKG)) return JvmTypes.OBJECT;
        try {
          ClassLoader l = Gen.class.getClassLoader();
          Class<?> c = Class.forName(a.replace('/', '.'), false, l);
          Class<?> d = Class.forName(b.replace('/', '.'), false, l);
          if (c.isAssignableFrom(d)) return a;
          if (d.isAssignableFrom(c)) return b;
          if (c.isInterface() || d.isInterface()) return JvmTypes.OBJECT;
          do {
            c = c.getSuperclass();
          } while (!c.isAssignableFrom(d));
          return c.getName().replace('.', '/');
        } catch (ClassNotFoundException e) {
          return JvmTypes.OBJECT;
        }
      }
    };
  }

  // ---- value semantics ----

  /** Pushes a new zero value of t ("" for strings, a fresh object for structs and arrays). */
  void pushZero(MethodVisitor mv, Type t) {
    if (JvmTypes.isStringsBuilder(t)) {
      String c = JvmTypes.runtimeObjectClass(t);
      mv.visitTypeInsn(NEW, c);
      mv.visitInsn(DUP);
      mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
      return;
    }
    Type u = JvmTypes.under(t);
    if (JvmTypes.isString(t)) {
      mv.visitLdcInsn("");
    } else if (u instanceof Struct) {
      String c = types.structClass(t);
      mv.visitTypeInsn(NEW, c);
      mv.visitInsn(DUP);
      mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
    } else if (u instanceof Array a) {
      String d = JvmTypes.arrayDescriptor(a);
      if (!d.equals(JvmTypes.TUPLE)) {
        FuncGen.pushInt(mv, (int) a.len());
        mv.visitIntInsn(NEWARRAY, switch (d) {
          case "[Z" -> T_BOOLEAN;
          case "[B" -> T_BYTE;
          case "[D" -> T_DOUBLE;
          default -> T_LONG;
        });
      } else if (!JvmTypes.isObjectValue(a.elem()) && !JvmTypes.isString(a.elem())) {
        FuncGen.pushInt(mv, (int) a.len());
        mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
      } else {
        descs.push(mv, t);
        mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_ARRAYS, "newArray", "(" + Runtime.TYPE_DESC_D + ")Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, JvmTypes.TUPLE);
      }
    } else {
      JvmTypes.pushDefault(mv, t);
    }
  }

  /** Replaces the struct or array value on the stack by a copy of it. */
  void copyValue(MethodVisitor mv, Type t) {
    Type u = JvmTypes.under(t);
    String runtimeClass = JvmTypes.runtimeObjectClass(t);
    if (runtimeClass != null) {
      mv.visitMethodInsn(INVOKEINTERFACE, Runtime.VALUE_OBJECT, "goCopyValue", "()Ljava/lang/Object;", true);
      mv.visitTypeInsn(CHECKCAST, runtimeClass);
    } else if (u instanceof Struct) {
      String c = types.structClass(t);
      mv.visitMethodInsn(INVOKEVIRTUAL, c, "goCopy", "()L" + Runtime.GO_STRUCT + ";", false);
      mv.visitTypeInsn(CHECKCAST, c);
    } else if (u instanceof Array a) {
      String d = JvmTypes.arrayDescriptor(a);
      if (JvmTypes.isObjectValue(a.elem())) {
        descs.push(mv, t);
        mv.visitInsn(SWAP);
        mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_ARRAYS, "copyValue", "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;)Ljava/lang/Object;", false);
      } else {
        mv.visitMethodInsn(INVOKEVIRTUAL, d, "clone", "()Ljava/lang/Object;", false);
      }
      mv.visitTypeInsn(CHECKCAST, d);
    }
  }

  /** dst = src for a struct or array variable: copies src into dst's object, which pointers may share. */
  void assignInto(MethodVisitor mv, Type t, Consumer<MethodVisitor> pushDst, Consumer<MethodVisitor> pushSrc) {
    Type u = JvmTypes.under(t);
    if (JvmTypes.runtimeObjectClass(t) != null) {
      pushDst.accept(mv);
      pushSrc.accept(mv);
      mv.visitMethodInsn(INVOKEINTERFACE, Runtime.VALUE_OBJECT, "goAssignValue", "(Ljava/lang/Object;)V", true);
    } else if (u instanceof Struct) {
      pushDst.accept(mv);
      pushSrc.accept(mv);
      mv.visitMethodInsn(INVOKEVIRTUAL, types.structClass(t), "goAssign", "(L" + Runtime.GO_STRUCT + ";)V", false);
    } else if (u instanceof Array a && JvmTypes.isObjectValue(a.elem())) {
      descs.push(mv, t);
      pushDst.accept(mv);
      pushSrc.accept(mv);
      mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_ARRAYS, "assignValue",
          "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", false);
      mv.visitInsn(POP);
    } else if (u instanceof Array a) {
      pushSrc.accept(mv);
      mv.visitInsn(ICONST_0);
      pushDst.accept(mv);
      mv.visitInsn(ICONST_0);
      FuncGen.pushInt(mv, (int) a.len());
      mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
    } else {
      throw new IllegalArgumentException("not an aggregate: " + t);
    }
  }

  /** Whether == is defined on t (interfaces are; they may panic at run time). */
  boolean comparable(Type t) {
    return switch (JvmTypes.under(t)) {
      case Slice s -> false;
      case MapType m -> false;
      case Signature s -> false;
      case Array a -> comparable(a.elem());
      case Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
      default -> true;
    };
  }

  /** Pushes 1 if the two values (pushed by a and b) of type t are equal as Go's == says, else 0. */
  void equal(MethodVisitor mv, Type t, Consumer<MethodVisitor> a, Consumer<MethodVisitor> b) {
    Type u = JvmTypes.under(t);
    switch (u) {
      case Interface i -> {
        a.accept(mv);
        b.accept(mv);
        mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "ifaceEqual", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
      }
      case Struct s -> {
        a.accept(mv);
        b.accept(mv);
        mv.visitMethodInsn(INVOKEVIRTUAL, types.structClass(t), "equals", "(Ljava/lang/Object;)Z", false);
      }
      case Array arr -> {
        String d = JvmTypes.arrayDescriptor(arr);
        if (d.equals(JvmTypes.TUPLE)) {
          descs.push(mv, t);
          a.accept(mv);
          b.accept(mv);
          mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_EQUALITY, "equal", "(" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        } else {
          a.accept(mv);
          b.accept(mv);
          mv.visitMethodInsn(INVOKESTATIC, Runtime.GO_ARRAYS, "equal", "(" + d + d + ")Z", false);
        }
      }
      case Pointer p when JvmTypes.isRefPointer(t) -> {
        a.accept(mv);
        b.accept(mv);
        mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
      }
      default -> {
        if (JvmTypes.isString(t)) {
          a.accept(mv);
          b.accept(mv);
          mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
          return;
        }
        a.accept(mv);
        b.accept(mv);
        int jump = switch (JvmTypes.prim(t)) {
          case BOOL -> IF_ICMPEQ;
          case LONG -> {
            mv.visitInsn(LCMP);
            yield IFEQ;
          }
          case DOUBLE -> {
            mv.visitInsn(DCMPL);
            yield IFEQ;
          }
          case REF -> IF_ACMPEQ;
        };
        FuncGen.pushCondition(mv, jump);
      }
    }
  }
}
