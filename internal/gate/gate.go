// Package gate evaluates --fail-on rules against a document's JSON report, so
// that CI can fail a build on findings.
//
// A rule is one of
//
//	error                    the document has errors (unreadable, analyzer failed)
//	warning                  the document has any warning
//	stuffing                 the keywords analyzer flagged keyword stuffing
//	FIELD OP VALUE           a comparison on a field of the JSON report
//
// FIELD is a dotted path into the report (keywords.keyphrase.adjusted_density,
// stats.words, language.code); the shorthands language, words and
// keyphrase.X stand for language.code, stats.words and keywords.keyphrase.X.
// OP is one of = == != < <= > >=; numbers compare as numbers, anything else as
// text.
package gate

import (
	"fmt"
	"strconv"
	"strings"
)

// Rule is one parsed --fail-on expression.
type Rule struct {
	Text  string
	kind  string // "error", "warning", "stuffing" or "compare"
	path  []string
	op    string
	value string
}

var shorthands = map[string]string{
	"language":   "language.code",
	"words":      "stats.words",
	"keyphrase.": "keywords.keyphrase.",
}

var ops = []string{"==", "!=", "<=", ">=", "=", "<", ">"}

// Parse parses one rule.
func Parse(expr string) (Rule, error) {
	text := strings.TrimSpace(expr)
	r := Rule{Text: text}
	switch text {
	case "error", "errors":
		r.kind = "error"
		return r, nil
	case "warning", "warnings":
		r.kind = "warning"
		return r, nil
	case "stuffing", "keyword_stuffing":
		r.kind = "stuffing"
		return r, nil
	}
	for _, op := range ops {
		i := strings.Index(text, op)
		if i <= 0 {
			continue
		}
		field := strings.TrimSpace(text[:i])
		value := strings.TrimSpace(text[i+len(op):])
		if value == "" || strings.ContainsAny(field, " <>=!") {
			break
		}
		for short, long := range shorthands {
			if field == short || (strings.HasSuffix(short, ".") && strings.HasPrefix(field, short)) {
				field = long + strings.TrimPrefix(field, short)
				break
			}
		}
		r.kind, r.path, r.op, r.value = "compare", strings.Split(field, "."), op, strings.Trim(value, `"'`)
		if r.op == "==" {
			r.op = "="
		}
		return r, nil
	}
	return r, fmt.Errorf("cannot read rule %q: use error, warning, stuffing or FIELD OP VALUE such as \"keyphrase.adjusted_density>4\" or \"language!=de\"", expr)
}

// ParseAll parses every rule.
func ParseAll(exprs []string) ([]Rule, error) {
	var rules []Rule
	for _, e := range exprs {
		for _, part := range splitRules(e) {
			r, err := Parse(part)
			if err != nil {
				return nil, err
			}
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// splitRules lets one flag value hold several rules separated by commas.
func splitRules(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// Check returns why doc (a decoded JSON report) fails the rule, or "" when it
// passes. A comparison on a field the report does not have passes: the
// analyzer that makes it may be disabled or skipped for the language.
func (r Rule) Check(doc map[string]any) string {
	switch r.kind {
	case "error":
		if errs, _ := doc["errors"].([]any); len(errs) > 0 {
			return messageOf(errs[0])
		}
	case "warning":
		if ws, _ := doc["warnings"].([]any); len(ws) > 0 {
			return messageOf(ws[0])
		}
		if kw, ok := doc["keywords"].(map[string]any); ok {
			if ws, _ := kw["warnings"].([]any); len(ws) > 0 {
				return messageOf(ws[0])
			}
		}
	case "stuffing":
		kw, _ := doc["keywords"].(map[string]any)
		ws, _ := kw["warnings"].([]any)
		for _, w := range ws {
			if m, ok := w.(map[string]any); ok && m["code"] == "keyword_stuffing" {
				return messageOf(w)
			}
		}
	case "compare":
		v, ok := lookup(doc, r.path)
		if !ok {
			return ""
		}
		if compare(v, r.op, r.value) {
			return fmt.Sprintf("%s is %s", strings.Join(r.path, "."), format(v))
		}
	}
	return ""
}

func messageOf(v any) string {
	if m, ok := v.(map[string]any); ok {
		if s, ok := m["message"].(string); ok {
			return s
		}
	}
	return fmt.Sprint(v)
}

func lookup(doc map[string]any, path []string) (any, bool) {
	var cur any = doc
	for _, key := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[key]; !ok || cur == nil {
			return nil, false
		}
	}
	return cur, true
}

func compare(v any, op, want string) bool {
	if f, ok := v.(float64); ok {
		if w, err := strconv.ParseFloat(want, 64); err == nil {
			switch op {
			case "=":
				return f == w
			case "!=":
				return f != w
			case "<":
				return f < w
			case "<=":
				return f <= w
			case ">":
				return f > w
			case ">=":
				return f >= w
			}
		}
	}
	s := format(v)
	switch op {
	case "=":
		return s == want
	case "!=":
		return s != want
	case "<":
		return s < want
	case "<=":
		return s <= want
	case ">":
		return s > want
	case ">=":
		return s >= want
	}
	return false
}

func format(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}
