package dev.gosem.api.check;

import dev.gosem.api.types.Type;
import java.util.List;

/**
 * Selection is what a selector expression {@code x.f} denotes, with everything a code generator
 * needs to evaluate it (go/types' Selection, made explicit).
 *
 * <p>For fields and methods reached through embedded fields, {@link #path} lists the indices of
 * the struct fields traversed from x's type: {@code x.f} with {@code f} promoted from an embedded
 * {@code B} at index 1 of x's struct, itself field 0 of B, has path [1, 0]. {@link #derefs} has
 * one entry per path step: whether the value the step selects from is a pointer (to a struct)
 * that is implicitly dereferenced first, as in {@code p.f} for a pointer p. For a FIELD the last
 * step selects the field itself; for a method the path ends at the value whose method it is,
 * and {@link #recvAdjust} says how that value becomes the receiver.
 *
 * @param kind what is selected
 * @param recv the type of x (for METHOD_EXPR, the type T or *T written before the dot); null for
 *     a package-qualified name
 * @param obj the selected object: an {@link Obj.Field}; an {@link Obj.Func} (a declared method,
 *     or an interface's method with a null decl); for a package-qualified name an
 *     {@link Obj.StdFunc}, {@link Obj.Constant} or {@link Obj.TypeName}; a standard type's method
 *     (e.g. strings.Builder's) is an {@link Obj.StdFunc} with a receiver
 * @param type the type of the selector expression: the field's type; a method value's signature
 *     without receiver; a method expression's signature with the receiver as first parameter
 * @param path embedded-field indices (see above); empty for a package-qualified name
 * @param derefs per path step, whether the value stepped from is a pointer dereferenced first
 * @param recvAdjust for methods, how the value reached by the path becomes the receiver
 */
public record Selection(Kind kind, Type recv, Obj obj, Type type, List<Integer> path, List<Boolean> derefs,
    RecvAdjust recvAdjust) {
  public Selection {
    path = List.copyOf(path);
    derefs = List.copyOf(derefs);
  }

  /** Kind says what a selector denotes. */
  public enum Kind {
    /** {@code x.f}, a struct field (possibly promoted). */
    FIELD,
    /** {@code x.m}, a method bound to its receiver x (called, or used as a func value). */
    METHOD_VALUE,
    /** {@code T.m} or {@code (*T).m}, a method as a function taking the receiver first. */
    METHOD_EXPR,
    /** {@code pkg.Name}, a member of an imported package. */
    QUALIFIED
  }

  /**
   * RecvAdjust says how the value reached through the path becomes a method's receiver:
   * unchanged; its address taken (a pointer method on an addressable value, {@code v.M()} is
   * {@code (&v).M()}); or dereferenced (a value method on a pointer, {@code p.M()} is
   * {@code (*p).M()}). Interface methods are dispatched on the interface value unchanged.
   */
  public enum RecvAdjust { NONE, ADDRESS, DEREF }

  /** Whether any step of the path dereferences a pointer (go/types' Indirect). */
  public boolean indirect() {
    return derefs.contains(true);
  }

  /** Whether the selected method is an interface method (dynamic dispatch). */
  public boolean isInterfaceMethod() {
    return obj instanceof Obj.Func f && f.isInterfaceMethod();
  }

  /** Whether the selected method has a pointer receiver. */
  public boolean pointerReceiver() {
    return switch (obj) {
      case Obj.Func f -> f.pointerReceiver();
      case Obj.StdFunc f -> f.recv() instanceof dev.gosem.api.types.Pointer;
      default -> false;
    };
  }
}
