// Package segment splits German-first news text into paragraphs, sentences
// and tokens. All offsets are byte offsets into the input text. The
// splitter is rule based and hand-written (no regular expressions in the
// hot path) so that it runs in linear time on any input.
package segment

import (
	"fmt"
	"strconv"
)

// Kind is the structural kind of a paragraph. Like TokenKind it is a small
// integer rather than its name: a text of one-letter lines has a paragraph
// every two bytes.
type Kind uint8

// Paragraph kinds.
const (
	KindBody Kind = iota + 1
	KindTitle
	KindHeading
	KindByline
	KindDateline
	KindListItem
	KindQuote
)

var kindNames = [...]string{"", "body", "title", "heading", "byline", "dateline", "list_item", "quote"}

// String is the kind's name as it appears in JSON: title, heading, body,
// byline, dateline, list_item or quote.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's name, so JSON shows "body", not a number.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown paragraph kind %q", b)
}

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

// Paragraph is a trimmed span of text between line breaks. Offsets are
// 32-bit for the reason given at Token: 12 bytes instead of 40.
type Paragraph struct {
	Start, End int32
	Kind       Kind
}

// Sentence is a trimmed span inside paragraph Paragraph (an index); its
// tokens are Tokens[FirstToken:EndToken]. 20 bytes, as a text can hold a
// sentence every two bytes.
type Sentence struct {
	Start, End int32
	Paragraph  int32
	FirstToken int32
	EndToken   int32
}

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
	// The lines are the paragraphs (kinds come later), so no separate
	// list of lines is held next to them.
	if ps := splitLines(text); ps != nil {
		res.Paragraphs = ps
	}
	// Sizing up front avoids copying the token slice as it grows (on
	// large inputs that was the largest single cost).
	res.Sentences = make([]Sentence, 0, estimateSentences(text, len(res.Paragraphs)))
	res.Tokens = make([]Token, 0, estimateTokens(text))
	var sp splitter
	sp.text = text
	sp.cfg = cfg
	for pi, p := range res.Paragraphs {
		for _, s := range sp.sentences(int(p.Start), int(p.End)) {
			si := len(res.Sentences)
			first := int32(len(res.Tokens))
			res.Tokens = tokenize(text, s.s, s.e, si, cfg, res.Tokens)
			res.Sentences = append(res.Sentences, Sentence{Start: int32(s.s), End: int32(s.e), Paragraph: int32(pi),
				FirstToken: first, EndToken: int32(len(res.Tokens))})
		}
	}
	// The lists are the document's for as long as it is analyzed: one
	// reserved at more than twice its length (a run of "a. a. …" is one
	// sentence with an abbreviation every three bytes) is copied to size.
	res.Sentences, res.Tokens = fit(res.Sentences), fit(res.Tokens)
	classifyParagraphs(text, &res)
	return res
}

// fit returns s, or a copy of it without the spare room when that is more
// than its length.
func fit[T any](s []T) []T {
	if cap(s)-len(s) <= len(s)+64 {
		return s
	}
	return append(make([]T, 0, len(s)), s...)
}

// estimateSentences is about the number of sentences of a text of paras
// paragraphs, a little above for typical text: each paragraph ends one, and
// a sentence mark followed by a space, a closing quotation mark or a
// parenthesis may end one more. Sized from it, the list is not copied as it
// grows, nor does it reserve room for one sentence per 100 bytes when there
// are far fewer, or grow by copying when there is one every three bytes.
func estimateSentences(text string, paras int) int {
	n := paras
	for i := 0; i+1 < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			switch text[i+1] {
			case ' ', '"', ')', 0xE2, 0xC2:
				n++
			}
		}
	}
	return n + n/8 + 1
}

// estimateTokens bounds the token count from above for typical text: a
// token starts at each punctuation mark, ASCII or not (0xE2 and 0xC2 lead
// „“–…«» and the like), and at a word after a space or a mark. An estimate
// too low makes the token slice grow by copying, which on a large text
// briefly holds it twice; one too high holds unused room (counting every
// space as a token reserved twice the room on a text of ".\n" lines).
func estimateTokens(text string) int {
	n := 1
	boundary := true
	for i := 0; i < len(text); i++ {
		switch estimateClass[text[i]] {
		case estMark:
			n++
			boundary = true
		case estSpace:
			boundary = true
		case estOther:
			if boundary {
				n++
			}
			boundary = false
		}
		// estCont: the rest of a character, which leaves the state as is
	}
	return n + n/8
}

const (
	estOther = iota
	estMark
	estSpace
	estCont
)

var estimateClass = func() (c [256]uint8) {
	for b := 0x80; b < 0xC0; b++ {
		c[b] = estCont
	}
	for _, b := range []byte(".,;:!?\"()-\xE2\xC2") {
		c[b] = estMark
	}
	for _, b := range []byte(" \n\t\r") {
		c[b] = estSpace
	}
	return c
}()
