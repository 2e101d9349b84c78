package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(sb *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(fmt.Sprintf("%t", x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(fmt.Sprintf("%g", x))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			render(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(indent + "  " + strconv.Quote(k) + ": ")
			render(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<%T>\"", x))
	}
}

func walk(v any, counts map[string]int) float64 {
	switch x := v.(type) {
	case []any:
		counts["array"]++
		sum := 0.0
		for _, e := range x {
			sum += walk(e, counts)
		}
		return sum
	case map[string]any:
		counts["object"]++
		sum := 0.0
		for _, e := range x {
			sum += walk(e, counts)
		}
		return sum
	case int:
		counts["int"]++
		return float64(x)
	case float64:
		counts["float"]++
		return x
	default:
		counts[fmt.Sprintf("%T", v)]++
	}
	return 0.0
}

func lookup(v any, path string) (any, bool) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			e, ok := x[part]
			if !ok {
				return nil, false
			}
			v = e
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func main() {
	doc := map[string]any{"name": "gosem", "version": 1.5, "stable": false, "stars": 1200, "license": nil, "tags": []any{"go", "jvm", 3, true, nil, []any{}}, "deps": map[string]any{"asm": "9.9", "junit": map[string]any{"version": "5.14", "test": true}}, "matrix": []any{[]any{1, 2}, []any{3.25, -4}}, "quote": "say \"hi\"\n\ttab", "empty": map[string]any{}, "odd": []int{1, 2}}
	var sb strings.Builder
	render(&sb, doc, "")
	fmt.Println(sb.String())
	counts := make(map[string]int)
	sum := walk(doc, counts)
	fmt.Println("kinds", counts, "sum of numbers", sum)
	for _, p := range []string{"name", "deps.junit.version", "tags.1", "matrix.1.0", "tags.9", "deps.none", "stars.x", "license"} {
		v, ok := lookup(doc, p)
		fmt.Println(p, "=>", v, ok)
	}
	fmt.Println("top-level keys", len(doc))
}
