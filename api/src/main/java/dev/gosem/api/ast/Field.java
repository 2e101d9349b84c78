package dev.gosem.api.ast;

import dev.gosem.api.Pos;

/** Field is one parameter or result: an optional name and a type expression. */
public record Field(String name, Expr type, Pos pos) implements Node {}
