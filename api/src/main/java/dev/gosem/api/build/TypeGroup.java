package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * TypeGroup builds a parenthesised {@code type ( ... )} group. Each {@link #type} returns the
 * declared type's handle, usable wherever a type is.
 */
public final class TypeGroup {
  private final List<Spec.TypeSpec> specs = new ArrayList<>();
  private boolean built;

  TypeGroup() {}

  /** {@code name underlying}. */
  public Named type(String name, Type underlying) {
    return type(name, self -> underlying);
  }

  /** {@code name underlying}, where the underlying type may refer to the type being declared. */
  public Named type(String name, Function<Named, Type> underlying) {
    requireOpen();
    Pos p = Where.here();
    Named n = FileBuilder.newNamed(name);
    specs.add(TypeDecls.spec(n, underlying.apply(n), false, p));
    return n;
  }

  /** The alias {@code name = target}; the handle is the target type itself. */
  public Type alias(String name, Type target) {
    requireOpen();
    specs.add(TypeDecls.spec(FileBuilder.newNamed(name), target, true, Where.here()));
    return target;
  }

  private void requireOpen() {
    if (built) throw new IllegalStateException("this type group is already built; add types inside its lambda");
  }

  Decl.TypeDecl build(Pos p) {
    built = true;
    return new Decl.TypeDecl(specs, true, p);
  }
}
