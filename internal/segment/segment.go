// Package segment splits German-first news text into paragraphs, sentences
// and tokens. All offsets are byte offsets into the input text. The
// splitter is rule based and hand-written (no regular expressions in the
// hot path) so that it runs in linear time on any input.
package segment

import (
	"fmt"
	"strconv"
)

// Kind is the structural kind of a paragraph.
type Kind string

// Paragraph kinds.
const (
	KindTitle    Kind = "title"
	KindHeading  Kind = "heading"
	KindBody     Kind = "body"
	KindByline   Kind = "byline"
	KindDateline Kind = "dateline"
	KindListItem Kind = "list_item"
	KindQuote    Kind = "quote"
)

// TokenKind is the coarse class of a token. It is a small integer, not its
// name, because a document holds one token per few bytes of text: on a
// 10 MB text of short words a string kind alone was 50 MB.
type TokenKind uint8

// Token kinds.
const (
	TokWord TokenKind = iota + 1
	TokNumber
	TokPunct
	TokQuote
	TokSymbol
)

var tokenKindNames = [...]string{"", "word", "number", "punct", "quote", "symbol"}

// String is the kind's name as it appears in JSON: word, number, punct,
// quote or symbol.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "TokenKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's name, so JSON shows "word", not a number.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *TokenKind) UnmarshalText(b []byte) error {
	for i, n := range tokenKindNames {
		if i > 0 && n == string(b) {
			*k = TokenKind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown token kind %q", b)
}

// Paragraph is a trimmed span of text between line breaks.
type Paragraph struct {
	Start, End int
	Kind       Kind
}

// Sentence is a trimmed span inside paragraph Paragraph (an index).
type Sentence struct{ Start, End, Paragraph int }

// MaxText is the longest text Segment accepts: token offsets are 32-bit.
const MaxText = 1<<31 - 1

// Token is a span inside sentence Sentence (an index). The fields are
// 32-bit (documents are far below 2 GB) because a text of short words has
// one token per three bytes: a token now takes 16 bytes instead of 40.
type Token struct {
	Start, End int32
	Sentence   int32
	Kind       TokenKind
}

// Dateline is a news opening such as "BERLIN (Reuters) –". Date is ISO 8601
// (2026-02-05) when the dateline holds a full date, else "".
type Dateline struct {
	Start, End int
	Text       string
	Place      string
	Date       string
	Source     string
}

// Byline names the authors of an article ("Von Anna Schmidt").
type Byline struct {
	Start, End int
	Text       string
	Authors    []string
}

// Result is the segmentation of one text.
type Result struct {
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Dateline   *Dateline
	Byline     *Byline
}

// Segment splits text into paragraphs, sentences and tokens. lang selects
// English rules for "en"; any other code (or "") uses the German rules,
// which work well as generic rules for Latin-script text. The text must not
// be longer than MaxText.
func Segment(text, lang string) Result {
	res := Result{
		Paragraphs: []Paragraph{},
		Sentences:  []Sentence{},
		Tokens:     []Token{},
	}
	if text == "" {
		return res
	}
	cfg := configFor(lang)
	lines := splitLines(text)
	// Sizing up front avoids copying the token slice as it grows (on
	// large inputs that was the largest single cost).
	res.Paragraphs = make([]Paragraph, 0, len(lines))
	res.Sentences = make([]Sentence, 0, max(len(lines), len(text)/100)+1)
	res.Tokens = make([]Token, 0, estimateTokens(text))
	var sp splitter
	sp.text = text
	sp.cfg = cfg
	for _, ln := range lines {
		pi := len(res.Paragraphs)
		res.Paragraphs = append(res.Paragraphs, Paragraph{Start: ln.s, End: ln.e, Kind: KindBody})
		for _, s := range sp.sentences(ln.s, ln.e) {
			si := len(res.Sentences)
			res.Sentences = append(res.Sentences, Sentence{Start: s.s, End: s.e, Paragraph: pi})
			res.Tokens = tokenize(text, s.s, s.e, si, cfg, res.Tokens)
		}
	}
	classifyParagraphs(text, &res)
	return res
}

// estimateTokens bounds the token count from above for typical text: a
// token starts after each space and at each punctuation mark, ASCII or
// not (0xE2 and 0xC2 lead „“–…«» and the like). An estimate too low makes
// the token slice grow by copying, which on a large text briefly holds it
// twice.
func estimateTokens(text string) int {
	n := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ' ', '\n', '.', ',', ';', ':', '!', '?', '"', '(', ')', '-', '\t', 0xE2, 0xC2:
			n++
		}
	}
	return n + n/8
}
