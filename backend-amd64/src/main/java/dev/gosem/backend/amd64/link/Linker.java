package dev.gosem.backend.amd64.link;

import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Label;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linker places the text and the data sections at fixed addresses, resolves every reference
 * between them, and writes a static ELF64 executable for Linux: no interpreter, no dynamic
 * section, no libc. The file has three loadable segments (headers and text R+X, rodata R,
 * data and bss RW), a non-executable stack marker, and section headers with .symtab/.strtab so
 * that objdump and gdb show function names.
 */
public final class Linker {
  /** Where the first segment (ELF header, program headers, text) is loaded. */
  public static final long BASE = 0x400000;
  private static final int PAGE = 0x1000;

  private static final int EHDR_SIZE = 64;
  private static final int PHDR_SIZE = 56;
  private static final int SHDR_SIZE = 64;
  private static final int SYM_SIZE = 24;

  private Linker() {}

  /** The result: the executable's bytes and the address of every symbol. */
  public record Linked(byte[] elf, Map<String, Long> addresses) {}

  /**
   * Links one text (already assembled; its named labels are the text symbols, its FuncSymbols
   * the function symbols) with the data sections, entering at {@code entry}.
   */
  public static Linked link(Asm asm, List<Section> sections, String entry) {
    byte[] text = asm.finish();
    long textAddr = BASE + PAGE;
    int textOff = PAGE;
    Map<String, Long> addr = new HashMap<>();
    for (Map.Entry<String, Label> e : asm.namedLabels().entrySet()) {
      if (e.getValue().isBound()) addr.put(e.getKey(), textAddr + e.getValue().pos());
    }
    // Lay out the data sections, each in its own pages so each segment has its own permissions.
    int fileEnd = textOff + text.length;
    long[] secAddr = new long[sections.size()];
    int[] secOff = new int[sections.size()];
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      boolean newSegment = i == 0 || permissions(s) != permissions(sections.get(i - 1));
      long off = newSegment ? align(fileEnd, PAGE) : align(fileEnd, s.alignment());
      secOff[i] = (int) off;
      secAddr[i] = BASE + off;
      if (!s.isNoBits()) fileEnd = (int) off + s.size();
      else fileEnd = (int) off;
      for (Section.Symbol sym : s.symbols().values()) {
        if (addr.put(sym.name(), secAddr[i] + sym.offset()) != null) {
          throw new IllegalStateException("symbol " + sym.name() + " defined twice");
        }
      }
    }
    // Text references to data symbols (and to text symbols by name).
    for (Asm.SymbolRef r : asm.symbolRefs()) {
      Long target = addr.get(r.symbol());
      if (target == null) throw new IllegalStateException("undefined symbol " + r.symbol());
      long rel = target + r.addend() - (textAddr + r.end());
      put32(text, r.pos(), (int) rel);
    }
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      byte[] b = s.bytes();
      for (Section.AddressWord w : s.addressWords()) {
        Long target = addr.get(w.symbol());
        if (target == null) throw new IllegalStateException("undefined symbol " + w.symbol());
        put64(b, w.offset(), target + w.addend());
      }
      contents.add(b);
    }
    Long entryAddr = addr.get(entry);
    if (entryAddr == null) throw new IllegalStateException("undefined entry symbol " + entry);

    // Segments: [headers+text], then one per run of sections with the same permissions.
    record Seg(int flags, long off, long vaddr, long filesz, long memsz) {}
    List<Seg> segs = new ArrayList<>();
    segs.add(new Seg(5, 0, BASE, textOff + text.length, textOff + text.length));
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      boolean newSegment = i == 0 || permissions(s) != permissions(sections.get(i - 1));
      long end = secAddr[i] + s.size();
      long fileSz = s.isNoBits() ? 0 : s.size();
      if (newSegment) {
        segs.add(new Seg(permissions(s), secOff[i], secAddr[i], fileSz, s.size()));
      } else {
        Seg last = segs.removeLast();
        long filesz = s.isNoBits() ? last.filesz : secOff[i] + fileSz - last.off;
        segs.add(new Seg(last.flags, last.off, last.vaddr, filesz, end - last.vaddr));
      }
    }
    int phnum = segs.size() + 1; // + PT_GNU_STACK

    // Symbol and string tables.
    StringTable strtab = new StringTable();
    ByteBuffer syms = le(ByteBuffer.allocate(SYM_SIZE * (1 + asm.funcs().size() + countSymbols(sections))));
    syms.position(SYM_SIZE); // the null symbol
    int textIndex = 1;
    for (Asm.FuncSymbol f : asm.funcs()) {
      symbol(syms, strtab.add(f.name()), 0x12, textIndex, textAddr + f.start(), f.end() - f.start());
    }
    for (int i = 0; i < sections.size(); i++) {
      for (Section.Symbol sym : sections.get(i).symbols().values()) {
        symbol(syms, strtab.add(sym.name()), 0x11, 2 + i, secAddr[i] + sym.offset(), sym.size());
      }
    }
    StringTable shstr = new StringTable();
    int nText = shstr.add(".text");
    int[] nSec = new int[sections.size()];
    for (int i = 0; i < sections.size(); i++) nSec[i] = shstr.add(sections.get(i).name());
    int nSymtab = shstr.add(".symtab");
    int nStrtab = shstr.add(".strtab");
    int nShstrtab = shstr.add(".shstrtab");

    int symtabOff = (int) align(fileEnd, 8);
    byte[] symBytes = syms.array();
    int strtabOff = symtabOff + symBytes.length;
    byte[] strBytes = strtab.bytes();
    int shstrOff = strtabOff + strBytes.length;
    byte[] shstrBytes = shstr.bytes();
    int shOff = (int) align(shstrOff + shstrBytes.length, 8);
    int shnum = 2 + sections.size() + 3;
    int total = shOff + shnum * SHDR_SIZE;

    ByteBuffer out = le(ByteBuffer.allocate(total));
    // ELF header.
    out.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
    out.position(16);
    out.putShort((short) 2); // ET_EXEC
    out.putShort((short) 62); // EM_X86_64
    out.putInt(1);
    out.putLong(entryAddr);
    out.putLong(EHDR_SIZE);
    out.putLong(shOff);
    out.putInt(0);
    out.putShort((short) EHDR_SIZE);
    out.putShort((short) PHDR_SIZE);
    out.putShort((short) phnum);
    out.putShort((short) SHDR_SIZE);
    out.putShort((short) shnum);
    out.putShort((short) (shnum - 1)); // .shstrtab is last
    // Program headers.
    for (Seg s : segs) {
      out.putInt(1); // PT_LOAD
      out.putInt(s.flags);
      out.putLong(s.off);
      out.putLong(s.vaddr);
      out.putLong(s.vaddr);
      out.putLong(s.filesz);
      out.putLong(s.memsz);
      out.putLong(PAGE);
    }
    out.putInt(0x6474e551); // PT_GNU_STACK: the stack is not executable
    out.putInt(6);
    out.put(new byte[48]);
    // Contents.
    out.put(textOff, text);
    for (int i = 0; i < sections.size(); i++) {
      if (!sections.get(i).isNoBits()) out.put(secOff[i], contents.get(i));
    }
    out.put(symtabOff, symBytes);
    out.put(strtabOff, strBytes);
    out.put(shstrOff, shstrBytes);
    // Section headers: null, .text, the data sections, .symtab, .strtab, .shstrtab.
    out.position(shOff + SHDR_SIZE);
    section(out, nText, 1, 6, textAddr, textOff, text.length, 0, 0, 16, 0);
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      long flags = 2 | (permissions(s) == 6 ? 1 : 0); // ALLOC, WRITE
      section(out, nSec[i], s.isNoBits() ? 8 : 1, flags, secAddr[i], secOff[i], s.size(), 0, 0, s.alignment(), 0);
    }
    int strtabIndex = 2 + sections.size() + 1;
    section(out, nSymtab, 2, 0, 0, symtabOff, symBytes.length, strtabIndex, 1, 8, SYM_SIZE);
    section(out, nStrtab, 3, 0, 0, strtabOff, strBytes.length, 0, 0, 1, 0);
    section(out, nShstrtab, 3, 0, 0, shstrOff, shstrBytes.length, 0, 0, 1, 0);
    return new Linked(out.array(), addr);
  }

  /** ELF segment flags: 4 read, 2 write. Read-only sections are named .rodata*. */
  private static int permissions(Section s) {
    return s.name().startsWith(".rodata") ? 4 : 6;
  }

  private static int countSymbols(List<Section> sections) {
    return sections.stream().mapToInt(s -> s.symbols().size()).sum();
  }

  private static void symbol(ByteBuffer b, int name, int info, int shndx, long value, long size) {
    b.putInt(name);
    b.put((byte) info);
    b.put((byte) 0);
    b.putShort((short) shndx);
    b.putLong(value);
    b.putLong(size);
  }

  private static void section(ByteBuffer b, int name, int type, long flags, long addr, long off, long size,
      int link, int info, long align, long entsize) {
    b.putInt(name);
    b.putInt(type);
    b.putLong(flags);
    b.putLong(addr);
    b.putLong(off);
    b.putLong(size);
    b.putInt(link);
    b.putInt(info);
    b.putLong(align);
    b.putLong(entsize);
  }

  private static ByteBuffer le(ByteBuffer b) {
    return b.order(ByteOrder.LITTLE_ENDIAN);
  }

  static long align(long v, long n) {
    return (v + n - 1) / n * n;
  }

  private static void put32(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
  }

  private static void put64(byte[] b, int at, long v) {
    for (int i = 0; i < 8; i++) b[at + i] = (byte) (v >>> (8 * i));
  }

  /** A string table: NUL-separated names, offset 0 being the empty name. */
  private static final class StringTable {
    private final java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();

    StringTable() {
      b.write(0);
    }

    int add(String s) {
      int at = b.size();
      b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      b.write(0);
      return at;
    }

    byte[] bytes() {
      return b.toByteArray();
    }
  }
}
