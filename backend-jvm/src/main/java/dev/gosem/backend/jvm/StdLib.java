package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Calls of the standard library (CallStd) onto the runtime's static methods. Most are direct:
 * the runtime method is the Go name with a lower-case first letter in the package's class, and
 * its descriptor follows from the argument and result types (several results are an Object[], as
 * the runtime returns them). The rest adapt: variadic operands arrive as a slice and fmt wants an
 * Object[]; results Go returns but the runtime does not (byte counts, nil errors) are made here;
 * errors.As stores through its target pointer.
 */
final class StdLib {
  private StdLib() {}

  private static final Map<String, String> OWNERS = Map.of(
      "fmt", Runtime.FMT,
      "errors", Runtime.ERRORS,
      "strconv", Runtime.STRCONV,
      "strings", Runtime.LIB_STRINGS,
      "sort", Runtime.SORT,
      "math", Runtime.GO_MATH);

  private static final Map<String, String> JAVA_NAMES = Map.of(
      "errors.New", "newError",
      "math.NaN", "nan",
      "math.IsNaN", "isNaN",
      "math.IsInf", "isInf");

  static void call(FuncGen g, Value v) {
    String name = (String) v.aux();
    MethodVisitor mv = g.mv;
    switch (name) {
      case "fmt.Sprintf", "fmt.Errorf" -> {
        g.load(v.arg(0));
        variadic(g, v.arg(1));
        String result = name.equals("fmt.Errorf") ? "Ljava/lang/Object;" : "Ljava/lang/String;";
        g.invokeStatic(Runtime.FMT, name.equals("fmt.Errorf") ? "errorf" : "sprintf", "(Ljava/lang/String;[Ljava/lang/Object;)" + result);
      }
      case "fmt.Sprint", "fmt.Sprintln" -> {
        variadic(g, v.arg(0));
        g.invokeStatic(Runtime.FMT, name.equals("fmt.Sprint") ? "sprint" : "sprintln", "([Ljava/lang/Object;)Ljava/lang/String;");
      }
      case "fmt.Printf", "fmt.Print", "fmt.Println" -> {
        // fmt.Print of the formatted text writes it as it is; Go's results are its length and nil
        if (name.equals("fmt.Printf")) {
          g.load(v.arg(0));
          variadic(g, v.arg(1));
          g.invokeStatic(Runtime.FMT, "sprintf", "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;");
        } else {
          variadic(g, v.arg(0));
          g.invokeStatic(Runtime.FMT, name.equals("fmt.Print") ? "sprint" : "sprintln", "([Ljava/lang/Object;)Ljava/lang/String;");
        }
        int s = g.newLocal(dev.gosem.api.types.Types.STRING);
        mv.visitVarInsn(ASTORE, s);
        g.pushInt(1);
        mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
        mv.visitInsn(DUP);
        g.pushInt(0);
        mv.visitVarInsn(ALOAD, s);
        mv.visitInsn(AASTORE);
        g.invokeStatic(Runtime.FMT, "print", "([Ljava/lang/Object;)V");
        lengthAndNil(g, m -> m.visitVarInsn(ALOAD, s));
      }
      case "errors.As" -> errorsAs(g, v);
      case "sort.Slice" -> {
        g.load(v.arg(0));
        g.load(v.arg(1));
        mv.visitTypeInsn(CHECKCAST, Runtime.LESS_FUNC);
        g.invokeStatic(Runtime.SORT, "slice", "(Ljava/lang/Object;L" + Runtime.LESS_FUNC + ";)V");
      }
      case "strings.Builder.WriteString" -> {
        g.load(v.arg(0));
        g.load(v.arg(1));
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.STRINGS_BUILDER, "writeString", "(Ljava/lang/String;)V", false);
        lengthAndNil(g, m -> g.load(v.arg(1)));
      }
      case "strings.Builder.WriteByte" -> {
        g.load(v.arg(0));
        g.load(v.arg(1));
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.STRINGS_BUILDER, "writeByte", "(J)V", false);
        mv.visitInsn(ACONST_NULL);
      }
      case "strings.Builder.WriteRune" -> {
        g.load(v.arg(1));
        g.invokeStatic(Runtime.STRINGS, "fromRune", "(J)Ljava/lang/String;");
        int s = g.newLocal(dev.gosem.api.types.Types.STRING);
        mv.visitVarInsn(ASTORE, s);
        g.load(v.arg(0));
        mv.visitVarInsn(ALOAD, s);
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.STRINGS_BUILDER, "writeString", "(Ljava/lang/String;)V", false);
        lengthAndNil(g, m -> m.visitVarInsn(ALOAD, s));
      }
      case "strings.Builder.Reset", "strings.Builder.Grow" -> {
        boolean reset = name.endsWith("Reset");
        g.load(v.arg(0));
        if (!reset) g.load(v.arg(1));
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.STRINGS_BUILDER, reset ? "reset" : "grow", reset ? "()V" : "(J)V", false);
      }
      case "strings.Builder.String", "strings.Builder.Len" -> {
        g.load(v.arg(0));
        boolean str = name.endsWith("String");
        mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.STRINGS_BUILDER, str ? "string" : "len", str ? "()Ljava/lang/String;" : "()J", false);
      }
      case "runtime.Goexit" -> {
        // unwinds like a panic that no recover() stops (see Defers)
        g.invokeStatic(Runtime.DEFERS, "goexit", "()L" + Runtime.GO_PANIC + ";");
        mv.visitInsn(ATHROW);
      }
      default -> {
        if (!goroutineLib(g, v, name)) direct(g, v, name);
      }
    }
  }

  /** sync, sync/atomic, time and runtime (the runtime's sched package); false for other names. */
  private static boolean goroutineLib(FuncGen g, Value v, String name) {
    MethodVisitor mv = g.mv;
    int lastDot = name.lastIndexOf('.');
    String recv = name.substring(0, lastDot);
    String method = name.substring(lastDot + 1);
    String owner = switch (recv) {
      case "sync.Mutex" -> Runtime.MUTEX;
      case "sync.RWMutex" -> Runtime.RW_MUTEX;
      case "sync.WaitGroup" -> Runtime.WAIT_GROUP;
      case "sync.Once" -> Runtime.ONCE;
      case "atomic.Int64" -> Runtime.ATOMIC_INT64;
      case "time.Timer" -> Runtime.TIMER;
      case "time.Ticker" -> Runtime.TICKER;
      default -> null;
    };
    if (owner != null) {
      String javaName = switch (recv.equals("time.Ticker") ? "Ticker." + method : method) {
        case "Ticker.Stop" -> "tickerStop";
        case "Ticker.Reset" -> "tickerReset";
        case "Wait" -> "await";
        case "Do" -> "run";
        case "RLock" -> "rLock";
        case "RUnlock" -> "rUnlock";
        default -> Character.toLowerCase(method.charAt(0)) + method.substring(1);
      };
      StringBuilder desc = new StringBuilder("(");
      g.load(v.arg(0));
      for (Value a : v.args().subList(1, v.argCount())) {
        g.load(a);
        if (method.equals("Do")) {
          mv.visitTypeInsn(CHECKCAST, "java/lang/Runnable");
          desc.append("Ljava/lang/Runnable;");
        } else {
          desc.append(g.types.descriptor(a.type()));
        }
      }
      desc.append(')').append(g.types.descriptor(v.type()));
      mv.visitMethodInsn(INVOKEVIRTUAL, owner, javaName, desc.toString(), false);
      return true;
    }
    String staticOwner = switch (recv) {
      case "time", "time.Duration", "time.Time" -> Runtime.TIME;
      case "sync/atomic" -> Runtime.ATOMICS;
      case "runtime" -> Runtime.GO_RUNTIME;
      default -> null;
    };
    if (staticOwner == null) return false;
    String javaName = switch (name) {
      case "time.Duration.String" -> "durationString";
      case "time.Time.Sub" -> "sub";
      default -> Character.toLowerCase(method.charAt(0)) + method.substring(1);
    };
    StringBuilder desc = new StringBuilder("(");
    for (Value a : v.args()) {
      g.load(a);
      desc.append(g.types.descriptor(a.type()));
    }
    desc.append(')').append(g.types.descriptor(v.type()));
    g.invokeStatic(staticOwner, javaName, desc.toString());
    return true;
  }

  /** The runtime method of the same name in the package's class, its descriptor from the types. */
  private static void direct(FuncGen g, Value v, String name) {
    int dot = name.indexOf('.');
    String pkg = name.substring(0, dot);
    String goName = name.substring(dot + 1);
    String owner = OWNERS.get(pkg);
    if (owner == null || goName.contains(".")) FuncGenBase.unsupported(v, "the standard library function " + name);
    String javaName = JAVA_NAMES.getOrDefault(name, Character.toLowerCase(goName.charAt(0)) + goName.substring(1));
    StringBuilder desc = new StringBuilder("(");
    for (Value a : v.args()) {
      g.load(a);
      desc.append(g.types.descriptor(a.type()));
    }
    desc.append(')').append(g.types.descriptor(v.type()));
    g.invokeStatic(owner, javaName, desc.toString());
  }

  /** The packed operands of a variadic ...any parameter as fmt's Object[]. */
  private static void variadic(FuncGen g, Value slice) {
    g.load(slice);
    g.invokeStatic(Runtime.REF_SLICE, "toArray", "(L" + Runtime.REF_SLICE + ";)[Ljava/lang/Object;");
  }

  /** Pushes Go's (n int, err error) results: {len(s), nil}. */
  private static void lengthAndNil(FuncGen g, java.util.function.Consumer<MethodVisitor> pushString) {
    MethodVisitor mv = g.mv;
    g.pushInt(2);
    mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    mv.visitInsn(DUP);
    g.pushInt(0);
    pushString.accept(mv);
    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
    mv.visitInsn(I2L);
    JvmTypes.box(mv, dev.gosem.api.types.Types.INT);
    mv.visitInsn(AASTORE);
  }

  /**
   * errors.As(err, target): target is a pointer to a variable of an interface or error type; the
   * runtime finds the matching error, and the call stores it there when there is one.
   */
  private static void errorsAs(FuncGen g, Value v) {
    MethodVisitor mv = g.mv;
    Value target = v.arg(1);
    if (target.op() != Op.MAKE_INTERFACE || !(JvmTypes.under(target.arg(0).type()) instanceof dev.gosem.api.types.Pointer)) {
      FuncGenBase.unsupported(v, "errors.As with a target that is not a pointer expression");
    }
    Value ptr = target.arg(0);
    Type elem = JvmTypes.elem(ptr.type());
    int found = g.newLocal(dev.gosem.api.types.Types.ANY);
    g.load(v.arg(0));
    g.gen.descs.push(mv, elem);
    g.invokeStatic(Runtime.ERRORS, "as", "(Ljava/lang/Object;" + Runtime.TYPE_DESC_D + ")Ljava/lang/Object;");
    mv.visitVarInsn(ASTORE, found);
    Label none = new Label();
    Label done = new Label();
    mv.visitVarInsn(ALOAD, found);
    mv.visitJumpInsn(IFNULL, none);
    if (JvmTypes.isRefPointer(ptr.type())) {
      String ref = JvmTypes.refClass(elem);
      g.load(ptr);
      mv.visitVarInsn(ALOAD, found);
      if (!JvmTypes.isInterface(elem)) {
        g.invokeStatic(Runtime.TYPE_DESC, "valueOf", "(Ljava/lang/Object;)Ljava/lang/Object;");
        g.types.unbox(mv, elem);
      }
      mv.visitMethodInsn(INVOKEVIRTUAL, ref, "set", "(" + DataGen.refValue(elem) + ")V", false);
    } else {
      g.gen.assignInto(mv, elem, m -> g.load(ptr), m -> {
        m.visitVarInsn(ALOAD, found);
        g.invokeStatic(Runtime.TYPE_DESC, "valueOf", "(Ljava/lang/Object;)Ljava/lang/Object;");
        g.types.unbox(m, elem);
      });
    }
    mv.visitInsn(ICONST_1);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(none);
    mv.visitInsn(ICONST_0);
    mv.visitLabel(done);
  }

}
