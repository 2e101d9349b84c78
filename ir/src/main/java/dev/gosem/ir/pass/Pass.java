package dev.gosem.ir.pass;

import dev.gosem.ir.ssa.Func;
import java.util.function.Consumer;

/** Pass is one entry of the pipeline table: a name, what it does, and the function that does it. */
public record Pass(String name, String does, Consumer<Func> run) {}
