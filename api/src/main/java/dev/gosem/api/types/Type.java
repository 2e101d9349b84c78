package dev.gosem.api.types;

/** Type is a Go type as the type checker sees it. {@link #toString()} spells it as Go does. */
public sealed interface Type permits Basic, Tuple, Signature {}
