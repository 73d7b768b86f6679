// Package gate evaluates --fail-on rules against a document's report, so
// that CI can fail a build on findings.
//
// A rule is one of
//
//	error                    the document has an error finding (unreadable, analyzer failed, ...)
//	warning                  the document has a warning or error finding
//	stuffing                 the keywords analyzer flagged keyword stuffing
//	FIELD OP VALUE           a comparison on a field of the JSON report
//
// FIELD is a dotted path into the JSON report (keywords.keyphrase.adjusted_density,
// stats.words, language.code); the shorthands language, words and
// keyphrase.X stand for language.code, stats.words and keywords.keyphrase.X.
// A path may index a list (quotes.quotes.0.speaker_name); a path that ends
// at a list compares the number of its items. OP is one of = == != < <= > >=;
// numbers compare as numbers, true/false as booleans, anything else as text.
//
// Rules are compiled against the schema of the enabled analyzers (their
// result types) before any document is read: an unknown field, a value of
// the wrong type, an unknown operator or a rule on an analyzer that is not
// enabled is an error naming the nearest valid path. Evaluation reads the
// typed results through their JSON field names, without encoding them.
package gate

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"artikel/internal/analysis"
	"artikel/internal/document"
	"artikel/internal/report"
)

// Rule is one compiled --fail-on expression.
type Rule struct {
	Text  string
	kind  string // "error", "warning", "stuffing" or "compare"
	path  []string
	op    string
	value string
	num   float64
	// typ is the kind of value at the end of the path: "number", "bool",
	// "string" or "list".
	typ string
}

var shorthands = []struct{ short, long string }{
	{"language", "language.code"},
	{"words", "stats.words"},
	{"keyphrase.", "keywords.keyphrase."},
}

var ops = []string{"=", "==", "!=", "<", "<=", ">", ">="}

// Schema says which field paths rules may use: the document's own fields and
// the result types of the enabled analyzers.
type Schema struct {
	top      map[string]reflect.Type
	order    []string
	disabled map[string]bool // known analyzers that are not enabled
}

// NewSchema builds the schema of a run: enabled are the analyzers whose
// results are in the report, all is every analyzer there is (to tell a typo
// from a disabled analyzer).
func NewSchema(enabled, all []*analysis.Analyzer) *Schema {
	s := &Schema{top: map[string]reflect.Type{}, disabled: map[string]bool{}}
	// The core fields' types, from an empty document's report.
	probe := &analysis.Report{Doc: document.New("", "", "")}
	for _, f := range report.DocumentFields(probe, report.Options{Tokens: true, Gates: true}) {
		s.add(f.Key, reflect.TypeOf(f.Value))
	}
	s.add("path", reflect.TypeFor[string]())
	s.add("line", reflect.TypeFor[int]())
	for _, a := range enabled {
		t := a.ResultType
		if t == nil {
			t = reflect.TypeFor[struct{}]()
		}
		s.add(a.Name, t)
	}
	for _, a := range all {
		if _, ok := s.top[a.Name]; !ok {
			s.disabled[a.Name] = true
		}
	}
	return s
}

func (s *Schema) add(key string, t reflect.Type) {
	if _, ok := s.top[key]; !ok {
		s.order = append(s.order, key)
	}
	s.top[key] = t
}

// Compile parses and checks every rule; one flag value may hold several
// rules separated by commas.
func Compile(exprs []string, s *Schema) ([]Rule, error) {
	var rules []Rule
	for _, e := range exprs {
		parts := splitRules(e)
		if len(parts) == 0 {
			return nil, fmt.Errorf("cannot read rule %q: it is empty", e)
		}
		for _, part := range parts {
			r, err := Parse(part)
			if err == nil {
				err = r.check(s)
			}
			if err != nil {
				return nil, err
			}
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// Parse reads one rule without checking its field against a schema.
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
	i := strings.IndexAny(text, "<>=!")
	if i < 0 {
		return r, fmt.Errorf("cannot read rule %q: use error, warning, stuffing or FIELD OP VALUE such as \"keyphrase.adjusted_density>4\" or \"language!=de\"", expr)
	}
	j := i
	for j < len(text) && strings.ContainsRune("<>=!", rune(text[j])) {
		j++
	}
	field, op, value := strings.TrimSpace(text[:i]), text[i:j], strings.TrimSpace(text[j:])
	if !slices.Contains(ops, op) {
		return r, fmt.Errorf("rule %q: unknown operator %q: use one of = != < <= > >=", expr, op)
	}
	if field == "" || value == "" || strings.ContainsAny(field, " \t") {
		return r, fmt.Errorf("cannot read rule %q: write FIELD OP VALUE such as \"words<150\"", expr)
	}
	for _, sh := range shorthands {
		if field == sh.short || (strings.HasSuffix(sh.short, ".") && strings.HasPrefix(field, sh.short)) {
			field = sh.long + strings.TrimPrefix(field, sh.short)
			break
		}
	}
	if op == "==" {
		op = "="
	}
	r.kind, r.path, r.op, r.value = "compare", strings.Split(field, "."), op, unquote(value)
	return r, nil
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

// ParseAll parses rules without a schema (syntax only).
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

// check resolves the rule's path in the schema and checks its value's type.
func (r *Rule) check(s *Schema) error {
	switch r.kind {
	case "stuffing":
		if _, ok := s.top["keywords"]; !ok {
			return fmt.Errorf("rule %q needs the keywords analyzer, which is not enabled (see --analyzers)", r.Text)
		}
		return nil
	case "error", "warning":
		return nil
	}
	name := strings.Join(r.path, ".")
	t, ok := s.top[r.path[0]]
	if !ok {
		if s.disabled[r.path[0]] {
			return fmt.Errorf("rule %q: the %s analyzer is not enabled (see --analyzers), so %s never has a value", r.Text, r.path[0], name)
		}
		return fmt.Errorf("rule %q: unknown field %q%s", r.Text, name, s.suggest(name))
	}
	for i, key := range r.path[1:] {
		t = listType(deref(t))
		switch t.Kind() {
		case reflect.Struct:
			ft, ok := jsonField(t, key)
			if !ok {
				return fmt.Errorf("rule %q: unknown field %q%s", r.Text, name, s.suggest(name))
			}
			t = ft
		case reflect.Slice, reflect.Array:
			if _, err := strconv.Atoi(key); err != nil {
				at := strings.Join(r.path[:i+1], ".")
				return fmt.Errorf("rule %q: %s is a list: compare its length (%s>3) or one item (%s.0%s)", r.Text, at, at, at, nextHint(t.Elem()))
			}
			t = t.Elem()
		default:
			at := strings.Join(r.path[:i+1], ".")
			return fmt.Errorf("rule %q: %s is a single value and has no field %q%s", r.Text, at, key, s.suggest(name))
		}
	}
	t = listType(deref(t))
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8,
		reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		r.typ = "number"
	case reflect.Slice, reflect.Array:
		r.typ = "list"
	case reflect.Bool:
		r.typ = "bool"
		if r.value != "true" && r.value != "false" || (r.op != "=" && r.op != "!=") {
			return fmt.Errorf("rule %q: %s is true or false: write %s=true or %s!=true", r.Text, name, name, name)
		}
	case reflect.String:
		r.typ = "string"
	case reflect.Interface:
		r.typ = "any"
	default:
		return fmt.Errorf("rule %q: %s is an object: compare one of its fields (%s)", r.Text, name, strings.Join(fieldNames(t), ", "))
	}
	if r.typ == "number" || r.typ == "list" {
		f, err := strconv.ParseFloat(r.value, 64)
		if err != nil {
			what := "a number"
			if r.typ == "list" {
				what = "a list (its length is compared)"
			}
			return fmt.Errorf("rule %q: %s is %s, and %q is not a number", r.Text, name, what, r.value)
		}
		r.num = f
	}
	return nil
}

func nextHint(t reflect.Type) string {
	t = deref(t)
	if t.Kind() == reflect.Struct {
		if names := fieldNames(t); len(names) > 0 {
			return "." + names[0]
		}
	}
	return ""
}

var sequencerType = reflect.TypeFor[analysis.Sequencer]()

// listType is the list a result kept in a compact form of its own stands
// for (a slice of what its At method makes), or t itself.
func listType(t reflect.Type) reflect.Type {
	if t.Implements(sequencerType) {
		if m, ok := t.MethodByName("At"); ok && m.Type.NumOut() == 1 {
			return reflect.SliceOf(m.Type.Out(0))
		}
	}
	return t
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// jsonField finds the struct field whose JSON name is key, looking into
// embedded structs as encoding/json does.
func jsonField(t reflect.Type, key string) (reflect.Type, bool) {
	idx, ok := fieldIndex(t, key)
	if !ok {
		return nil, false
	}
	return t.FieldByIndex(idx).Type, true
}

func fieldIndex(t reflect.Type, key string) ([]int, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, embedded := jsonName(f)
		if embedded {
			et := deref(f.Type)
			if et.Kind() == reflect.Struct {
				if idx, ok := fieldIndex(et, key); ok {
					return append([]int{i}, idx...), true
				}
			}
			continue
		}
		if name == key {
			return []int{i}, true
		}
	}
	return nil, false
}

// jsonName is a field's JSON key; embedded reports an anonymous struct
// field whose fields are promoted.
func jsonName(f reflect.StructField) (name string, embedded bool) {
	tag := f.Tag.Get("json")
	if tag == "-" || (!f.IsExported() && !f.Anonymous) {
		return "", false
	}
	name, _, _ = strings.Cut(tag, ",")
	if f.Anonymous && name == "" {
		return "", true
	}
	if name == "" {
		name = f.Name
	}
	return name, false
}

func fieldNames(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, embedded := jsonName(f)
		if embedded {
			if et := deref(f.Type); et.Kind() == reflect.Struct {
				out = append(out, fieldNames(et)...)
			}
			continue
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// paths lists the valid field paths (lists not expanded), for suggestions.
func (s *Schema) paths() []string {
	var out []string
	var walk func(prefix string, t reflect.Type, depth int)
	walk = func(prefix string, t reflect.Type, depth int) {
		out = append(out, prefix)
		t = deref(t)
		if t.Kind() != reflect.Struct || depth > 4 {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, embedded := jsonName(f)
			if embedded {
				if et := deref(f.Type); et.Kind() == reflect.Struct {
					for _, n := range fieldNames(et) {
						ft, _ := jsonField(et, n)
						walk(prefix+"."+n, ft, depth+1)
					}
				}
				continue
			}
			if name != "" {
				walk(prefix+"."+name, f.Type, depth+1)
			}
		}
	}
	for _, k := range s.order {
		walk(k, s.top[k], 0)
	}
	return out
}

// suggest names the valid path nearest to path.
func (s *Schema) suggest(path string) string {
	best, bestD := "", 1<<30
	for _, p := range s.paths() {
		if d := Distance(path, p); d < bestD {
			best, bestD = p, d
		}
	}
	if best == "" || bestD > len(path)/2+2 {
		return fmt.Sprintf(" (fields start with one of: %s)", strings.Join(s.order, ", "))
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

// Distance is the Levenshtein edit distance, for "did you mean" suggestions.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Check returns why the report fails the rule, or "" when it passes. A
// comparison on a field the document does not have (an analyzer skipped
// for its language, no keyphrase detected) passes.
func (r Rule) Check(rep *analysis.Report) string {
	switch r.kind {
	case "error":
		for _, f := range rep.Findings {
			if f.Severity == analysis.SeverityError {
				return f.Message
			}
		}
	case "warning":
		for _, f := range rep.Findings {
			if f.Severity == analysis.SeverityError || f.Severity == analysis.SeverityWarning {
				return f.Message
			}
		}
	case "stuffing":
		for _, f := range rep.Findings {
			if f.Code == "keyword_stuffing" {
				return f.Message
			}
		}
	case "compare":
		v, ok := r.lookup(rep)
		if !ok {
			return ""
		}
		if detail, fails := r.compare(v); fails {
			return detail
		}
	}
	return ""
}

func (r Rule) lookup(rep *analysis.Report) (reflect.Value, bool) {
	v, found := topValue(rep, r.path[0])
	if !found {
		return v, false
	}
	rest := r.path[1:]
	for {
		q, ok := asSeq(v)
		if !ok {
			break
		}
		// A list made item by item: its length, or the one item the
		// path names, without building the others.
		if len(rest) == 0 {
			return reflect.ValueOf(make([]struct{}, q.Len)), true
		}
		i, err := strconv.Atoi(rest[0])
		if err != nil || i < 0 || i >= q.Len {
			return reflect.Value{}, false
		}
		v, rest = reflect.ValueOf(q.At(i)), rest[1:]
	}
	for _, key := range rest {
		v = derefValue(v)
		if !v.IsValid() {
			return v, false
		}
		if q, ok := asSeq(v); ok {
			// a result list kept compactly (readability's flagged sentences)
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= q.Len {
				return reflect.Value{}, false
			}
			v = reflect.ValueOf(q.At(i))
			continue
		}
		switch v.Kind() {
		case reflect.Struct:
			idx, ok := fieldIndex(v.Type(), key)
			if !ok {
				return v, false
			}
			fv, err := v.FieldByIndexErr(idx)
			if err != nil {
				return v, false
			}
			v = fv
		case reflect.Slice, reflect.Array:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= v.Len() {
				return v, false
			}
			v = v.Index(i)
		default:
			return v, false
		}
	}
	v = derefValue(v)
	if q, ok := asSeq(v); ok {
		return reflect.ValueOf(make([]struct{}, q.Len)), true
	}
	return v, v.IsValid()
}

// asSeq is v as a list made item by item, when it is one.
func asSeq(v reflect.Value) (analysis.Seq, bool) {
	if !v.IsValid() || !v.CanInterface() {
		return analysis.Seq{}, false
	}
	return analysis.AsSeq(v.Interface())
}

// topValue is the document's JSON field key as a typed value. Analyzer
// results and the cheap fields are read directly; paragraphs, sentences and
// tokens come as a Seq whose items are built only when a rule reads one.
func topValue(rep *analysis.Report, key string) (reflect.Value, bool) {
	for _, res := range rep.Results {
		if res.Analyzer.Name == key {
			if res.Value == nil {
				return reflect.Value{}, false
			}
			return reflect.ValueOf(res.Value), true
		}
	}
	switch key {
	case "language":
		return reflect.ValueOf(rep.Language), true
	case "warnings":
		return reflect.ValueOf(rep.Warnings), true
	case "errors":
		return reflect.ValueOf(rep.Errors), true
	case "findings":
		return reflect.ValueOf(rep.Findings), true
	}
	if v, ok := report.DocumentField(rep, key, report.Options{Tokens: key == "tokens", Gates: true}); ok && v != nil {
		return reflect.ValueOf(v), true
	}
	return reflect.Value{}, false
}

func derefValue(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// compare reports whether v fails the rule, with a readable detail.
func (r Rule) compare(v reflect.Value) (string, bool) {
	name := strings.Join(r.path, ".")
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		n := float64(v.Len())
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			break // raw JSON (an id): compared as text below
		}
		if cmpNum(n, r.op, r.num) {
			return fmt.Sprintf("%s has %d %s", name, v.Len(), plural(v.Len(), "item")), true
		}
		return "", false
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if cmpNum(float64(v.Int()), r.op, r.num) {
			return fmt.Sprintf("%s is %d", name, v.Int()), true
		}
		return "", false
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if cmpNum(float64(v.Uint()), r.op, r.num) {
			return fmt.Sprintf("%s is %d", name, v.Uint()), true
		}
		return "", false
	case reflect.Float32, reflect.Float64:
		if cmpNum(v.Float(), r.op, r.num) {
			return fmt.Sprintf("%s is %s", name, strconv.FormatFloat(v.Float(), 'f', -1, 64)), true
		}
		return "", false
	case reflect.Bool:
		if cmpText(strconv.FormatBool(v.Bool()), r.op, r.value) {
			return fmt.Sprintf("%s is %t", name, v.Bool()), true
		}
		return "", false
	}
	var s string
	switch {
	case v.Kind() == reflect.String:
		s = v.String()
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
		s = unquote(string(v.Bytes()))
	default:
		s = fmt.Sprint(v.Interface())
	}
	if cmpText(s, r.op, r.value) {
		return fmt.Sprintf("%s is %s", name, s), true
	}
	return "", false
}

func plural(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

func cmpNum(f float64, op string, w float64) bool {
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
	return false
}

func cmpText(s, op, want string) bool {
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
