package main

import (
	"errors"
	"fmt"
	"strings"
)

// testFuncs exercise Go's function-call rules (typed parameters, variadics, (value, error) results, interface
// results). Ferry's compatibility test registers functions with the same names and signatures.
var testFuncs = map[string]any{
	"tUpper": strings.ToUpper,
	"tAdd": func(a, b any) int64 {
		return toInt64(a) + toInt64(b)
	},
	"tTrunc": func(c int, s string) string {
		if c >= 0 && len(s) > c {
			return s[:c]
		}
		return s
	},
	"tFail": func(msg string) (string, error) { return "", errors.New(msg) },
	"tList": func(v ...any) []any { return v },
	"tDict": func(v ...any) map[string]any {
		d := map[string]any{}
		for i := 0; i+1 < len(v); i += 2 {
			d[fmt.Sprint(v[i])] = v[i+1]
		}
		return d
	},
	"tStrings":  func() []string { return []string{"b", "a"} },
	"tStrMap":   func() map[string]string { return map[string]string{"x": "1", "y": "2"} },
	"tNil":      func() any { return nil },
	"tJoin":     func(sep string, parts ...int) string { return fmt.Sprint(sep, parts) },
	"tFloat":    func(f float64) float64 { return f * 2 },
	"tBool":     func(b bool) bool { return !b },
	"tInt64":    func(i int64) int64 { return i + 1 },
	"tAnyMap":   func(m map[string]any) int { return len(m) },
	"tAnyList":  func(l []any) int { return len(l) },
	"tNilSlice": func() []any { return nil },
	"tUint32":   func(c uint32) string { return fmt.Sprint(c) },
}

func toInt64(v any) int64 {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int64:
		return x
	case float64:
		return int64(x)
	}
	return 0
}
