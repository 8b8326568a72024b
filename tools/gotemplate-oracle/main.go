// Command gotemplate-oracle runs a corpus of template cases through Go's text/template and writes what Go
// produced, so Ferry's C# engine can be compared against the real thing without Go installed in CI.
//
// Usage: go run . CORPUS.jsonl EXPECTED.jsonl
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
	"unicode/utf8"
)

// testCase is one line of the corpus.
type testCase struct {
	Name       string          `json:"name"`
	Template   string          `json:"template"`
	Data       json.RawMessage `json:"data"`
	DataKind   string          `json:"dataKind"`   // "strings" (map[string]string, as ESO) or "json"
	MissingKey string          `json:"missingkey"` // "", "default", "zero" or "error"
	Left       string          `json:"left"`
	Right      string          `json:"right"`
	TplName    string          `json:"tplName"` // the template's name; "k" when empty
}

// result is one line of the expected outputs.
type result struct {
	Name         string `json:"name"`
	Output       string `json:"output,omitempty"`
	OutputBase64 []byte `json:"outputBase64,omitempty"`
	Error        string `json:"error,omitempty"`
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gotemplate-oracle CORPUS.jsonl EXPECTED.jsonl")
		os.Exit(2)
	}
	in, err := os.Open(os.Args[1])
	if err != nil {
		fail(err)
	}
	defer in.Close()
	var out bytes.Buffer
	scanner := bufio.NewScanner(in)
	scanner.Buffer(make([]byte, 1<<20), 1<<24)
	seen := map[string]bool{}
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var c testCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			fail(fmt.Errorf("bad corpus line %q: %w", line, err))
		}
		if seen[c.Name] {
			fail(fmt.Errorf("duplicate case name %q", c.Name))
		}
		seen[c.Name] = true
		r := run(c)
		encoded, err := json.Marshal(r)
		if err != nil {
			fail(err)
		}
		out.Write(encoded)
		out.WriteByte('\n')
	}
	if err := scanner.Err(); err != nil {
		fail(err)
	}
	if err := os.WriteFile(os.Args[2], out.Bytes(), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gotemplate-oracle:", err)
	os.Exit(1)
}

func run(c testCase) (r result) {
	r.Name = c.Name
	defer func() {
		if p := recover(); p != nil {
			r.Error = fmt.Sprintf("panic: %v", p)
		}
	}()
	name := c.TplName
	if name == "" {
		name = "k"
	}
	t := template.New(name).Funcs(testFuncs)
	if c.MissingKey != "" {
		t = t.Option("missingkey=" + c.MissingKey)
	}
	t = t.Delims(c.Left, c.Right)
	t, err := t.Parse(c.Template)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	data, err := decode(c)
	if err != nil {
		fail(fmt.Errorf("case %s: %w", c.Name, err))
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		r.Error = err.Error()
		return r
	}
	if utf8.Valid(buf.Bytes()) {
		r.Output = buf.String()
	} else {
		r.OutputBase64 = buf.Bytes()
	}
	return r
}

// decode builds the data the way Ferry does: ESO's map[string]string, or JSON with integral numbers as int64.
func decode(c testCase) (any, error) {
	if len(c.Data) == 0 {
		return nil, nil
	}
	switch c.DataKind {
	case "", "strings":
		var m map[string]string
		if err := json.Unmarshal(c.Data, &m); err != nil {
			return nil, err
		}
		return m, nil
	case "json":
		d := json.NewDecoder(bytes.NewReader(c.Data))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			return nil, err
		}
		return convertNumbers(v), nil
	}
	return nil, errors.New("unknown dataKind " + c.DataKind)
}

func convertNumbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = convertNumbers(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = convertNumbers(e)
		}
		return x
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	}
	return v
}
