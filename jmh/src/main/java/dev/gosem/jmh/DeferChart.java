package dev.gosem.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DeferChart turns a DeferCosts run (JMH's JSON result file) and Go's run of the same benchmarks
 * ({@code go test -bench . -benchmem -count N} in jmh/go) into the table and the chart of
 * docs/benchmarks.md: per benchmark, gosem's median ns/op and B/op, Go's median ns/op and B/op
 * (where Go has the same benchmark), each relative to its own no-defer baseline, and an SVG of
 * horizontal bars on a logarithmic scale.
 *
 * <pre>
 *   jmh/run DeferCosts -f 2 -prof gc -rf json -rff /tmp/defer.json
 *   (cd jmh/go &amp;&amp; go test -bench . -benchmem -count 10) &gt; /tmp/defer-go.txt
 *   java -cp ... dev.gosem.jmh.DeferChart /tmp/defer.json /tmp/defer-go.txt docs/defer-costs.svg
 * </pre>
 * The table goes to standard output (Markdown), the chart to the file named last.
 */
public final class DeferChart {
  private DeferChart() {}

  /** One benchmark's medians: time (ns/op) and allocation (B/op, NaN when not measured). */
  record Row(String name, double ns, double bytes) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DeferChart JMH_RESULT.json GO_BENCH_OUTPUT.txt CHART.svg");
      System.exit(2);
    }
    Map<String, Row> gosem = readJmh(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    Map<String, Row> go = readGo(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    System.out.print(table(gosem, go));
    Files.writeString(Path.of(args[2]), svg(gosem, go), StandardCharsets.UTF_8);
  }

  private static final Pattern JMH_BENCH = Pattern.compile("\"benchmark\"\\s*:\\s*\"[^\"]*\\.([A-Za-z0-9_]+)\"");
  private static final Pattern MEDIAN = Pattern.compile("\"scorePercentiles\"\\s*:\\s*\\{[^}]*?\"50\\.0\"\\s*:\\s*\"?([0-9.eE+-]+|NaN)");
  private static final Pattern ALLOC_NORM =
      Pattern.compile("\"gc\\.alloc\\.rate\\.norm\"\\s*:\\s*\\{.*?\"scorePercentiles\"\\s*:\\s*\\{[^}]*?\"50\\.0\"\\s*:\\s*\"?([0-9.eE+-]+|NaN)", Pattern.DOTALL);

  /** Medians from JMH's JSON: the primary metric's 50th percentile, and gc.alloc.rate.norm's. */
  static Map<String, Row> readJmh(String json) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher m = JMH_BENCH.matcher(json);
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), 0});
      names.add(m.group(1));
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : json.length();
      String part = json.substring(spans.get(i)[0], end);
      int secondary = part.indexOf("\"secondaryMetrics\"");
      Matcher med = MEDIAN.matcher(secondary < 0 ? part : part.substring(0, secondary));
      double ns = med.find() ? Double.parseDouble(med.group(1)) : Double.NaN;
      Matcher alloc = ALLOC_NORM.matcher(part);
      double bytes = alloc.find() ? Double.parseDouble(alloc.group(1)) : Double.NaN;
      rows.put(names.get(i), new Row(names.get(i), ns, bytes));
    }
    return rows;
  }

  private static final Pattern GO_LINE =
      Pattern.compile("(?m)^Benchmark([A-Za-z0-9_]+)(?:-\\d+)?\\s+\\d+\\s+([0-9.]+) ns/op(?:\\s+([0-9.]+) B/op)?");

  /** Medians over the -count runs of each Go benchmark, keyed by DeferCosts' method name. */
  static Map<String, Row> readGo(String text) {
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    Matcher m = GO_LINE.matcher(text);
    while (m.find()) {
      String name = Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1);
      double bytes = m.group(3) == null ? Double.NaN : Double.parseDouble(m.group(3));
      runs.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(m.group(2)), bytes});
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    runs.forEach((name, rs) -> rows.put(name, new Row(name,
        median(rs.stream().mapToDouble(r -> r[0]).toArray()), median(rs.stream().mapToDouble(r -> r[1]).toArray()))));
    return rows;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    if (s.length == 0) return Double.NaN;
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The order rows appear in, baselines first. */
  static final List<String> ORDER = List.of("javaFinally", "noDefer", "oneDeferOpen", "oneDeferStack", "oneDeferHeap",
      "twoCondDefersOpen", "twoCondDefersStack", "twoCondDefersHeap", "loopOf4DefersHeap", "panicRecover", "javaThrowCatch");

  static String table(Map<String, Row> gosem, Map<String, Row> go) {
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | gosem ns/op | gosem B/op | gosem / noDefer | Go ns/op | Go B/op | Go / NoDefer |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    double base = gosem.containsKey("noDefer") ? gosem.get("noDefer").ns() : Double.NaN;
    double goBase = go.containsKey("noDefer") ? go.get("noDefer").ns() : Double.NaN;
    for (String name : ORDER) {
      Row r = gosem.get(name);
      if (r == null) continue;
      Row g = go.get(name);
      sb.append("| `").append(name).append("` | ").append(num(r.ns())).append(" | ").append(num(r.bytes()))
          .append(" | ").append(ratio(r.ns() / base)).append(" | ")
          .append(g == null ? "—" : num(g.ns())).append(" | ").append(g == null ? "—" : num(g.bytes())).append(" | ")
          .append(g == null ? "—" : ratio(g.ns() / goBase)).append(" |\n");
    }
    return sb.toString();
  }

  private static String num(double x) {
    if (Double.isNaN(x)) return "—";
    if (Math.abs(x) < 0.05) return "0";
    return x >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
  }

  private static String ratio(double x) {
    return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.2fx", x);
  }

  /** Horizontal bars, two per benchmark (gosem, Go), on a log scale from 1 ns. */
  static String svg(Map<String, Row> gosem, Map<String, Row> go) {
    List<String> names = ORDER.stream().filter(gosem::containsKey).toList();
    int left = 170;
    int width = 520;
    int barH = 11;
    int rowH = 2 * barH + 10;
    int top = 40;
    double max = 1;
    for (String n : names) {
      max = Math.max(max, gosem.get(n).ns());
      if (go.containsKey(n)) max = Math.max(max, go.get(n).ns());
    }
    double decades = Math.ceil(Math.log10(max));
    int height = top + names.size() * rowH + 40;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
        left + width + 80, height));
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append("<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">What a defer costs per call (ns/op, median, log scale)</text>\n");
    sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"8\" fill=\"#3b6ea5\"/><text x=\"%d\" y=\"34\">gosem (JVM)</text>%n", left, left + 14));
    sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"8\" fill=\"#e08a2c\"/><text x=\"%d\" y=\"34\">Go 1.19</text>%n", left + 100, left + 114));
    for (int d = 0; d <= decades; d++) {
      double x = left + width * d / decades;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, top, x, height - 30));
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>%n", x, height - 16,
          d == 0 ? "1 ns" : d < 3 ? (int) Math.pow(10, d) + " ns" : (int) Math.pow(10, d - 3) + " µs"));
    }
    int y = top;
    for (String n : names) {
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6, y + barH + 4, n));
      bar(sb, left, width, decades, y, barH, gosem.get(n).ns(), "#3b6ea5");
      if (go.containsKey(n)) bar(sb, left, width, decades, y + barH + 1, barH, go.get(n).ns(), "#e08a2c");
      y += rowH;
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void bar(StringBuilder sb, int left, int width, double decades, int y, int h, double ns, String color) {
    double w = Math.max(1, width * Math.log10(Math.max(ns, 1)) / decades);
    sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", left, y, w, h, color));
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#333\">%s</text>%n", left + w + 4, y + h - 2, num(ns)));
  }
}
