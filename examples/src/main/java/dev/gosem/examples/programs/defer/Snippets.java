package dev.gosem.examples.programs.defer;

import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.recover;

import dev.gosem.api.build.BlockBuilder;

/** Statements the defer and panic examples share. */
final class Snippets {
  private Snippets() {}

  /**
   * {@code defer func() { if r := recover(); r != nil { fmt.Println(label, r) } }()}: the usual
   * way to stop a panic and say what it was.
   */
  static void deferRecoverPrint(BlockBuilder b, String label) {
    b.defer(func(fn -> fn.ifInit(init -> init.define("r", recover()).ne(nil()),
        then -> then.call(fmtPrintln(label, id("r"))))).call());
  }
}
