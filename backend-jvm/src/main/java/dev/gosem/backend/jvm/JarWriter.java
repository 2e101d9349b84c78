package dev.gosem.backend.jvm;

import dev.gosem.runtime.GoProcess;
import dev.gosem.runtime.JarMain;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a program as a runnable jar: the generated classes plus the runtime's classes, copied from
 * wherever the runtime was loaded (its jar, or its classes directory in a build), so
 * {@code java -jar prog.jar} needs nothing else.
 */
final class JarWriter {
  private static final String RUNTIME_PREFIX = "dev/gosem/runtime/";

  private JarWriter() {}

  static void write(Path file, Map<String, byte[]> classes) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JarMain.class.getName());
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), manifest)) {
      for (Map.Entry<String, byte[]> c : classes.entrySet()) put(jar, c.getKey().replace('.', '/') + ".class", c.getValue());
      copyRuntime(jar);
    }
  }

  private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }

  private static void copyRuntime(JarOutputStream jar) throws IOException {
    Path source;
    try {
      source = Path.of(GoProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("cannot locate the gosem runtime to bundle", e);
    }
    if (Files.isDirectory(source)) {
      Path root = source.resolve(RUNTIME_PREFIX);
      List<Path> classes;
      try (Stream<Path> files = Files.walk(root)) {
        classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path p : classes) put(jar, source.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      return;
    }
    try (JarFile runtime = new JarFile(source.toFile())) {
      for (JarEntry e : runtime.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
        if (!e.getName().startsWith(RUNTIME_PREFIX) || !e.getName().endsWith(".class")) continue;
        try (InputStream in = runtime.getInputStream(e)) {
          put(jar, e.getName(), in.readAllBytes());
        }
      }
    }
  }
}
