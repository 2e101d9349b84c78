package dev.gosem.api.types;

/**
 * Type is a Go type as the type checker sees it. {@link #toString()} spells it as Go's compiler
 * does in diagnostics (types of package main unqualified). Composite types are structural
 * records (two {@code []int} are equal); {@link Named} types have identity.
 */
public sealed interface Type
    permits Basic, Tuple, Signature, Pointer, Slice, Array, MapType, Chan, Struct, Named, Interface {}
