// Package document is the one model of an article that every analyzer shares:
// the text, its paragraphs, sentences and word tokens, and the offsets that
// tie them to the text.
//
// Internally all offsets are byte offsets into Text, because that is what Go
// slices with. Everything a user sees (JSON, reports) carries Unicode
// code-point offsets instead; Span converts between the two.
package document

import (
	"unicode/utf8"

	"artikel/internal/segment"
)

// Span is a stretch of a document as users see it: code-point offsets into the
// document text, end exclusive, and the text itself.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Paragraph is a block of text between line breaks: byte offsets and a
// kind. Like Token it is the segmenter's own record (32-bit offsets, the
// kind a small integer; its index is its place in Paragraphs), because a
// text of one-letter lines holds a paragraph every two bytes.
type Paragraph = segment.Paragraph

// Sentence lies inside one paragraph; its tokens are
// Tokens[FirstToken:EndToken]. The segmenter's record, as Paragraph.
type Sentence = segment.Sentence

// Kind is a paragraph's structural kind; its String is the name users see.
type Kind = segment.Kind

// Paragraph kinds.
const (
	KindBody     = segment.KindBody
	KindTitle    = segment.KindTitle
	KindHeading  = segment.KindHeading
	KindByline   = segment.KindByline
	KindDateline = segment.KindDateline
	KindListItem = segment.KindListItem
	KindQuote    = segment.KindQuote
)

// Token is a word, number, punctuation mark or quotation mark: the
// segmenter's own tokens, so the largest slice of a document is made once
// rather than copied (on a 10 MB text that is millions of tokens).
type Token = segment.Token

// Dateline is the place/date/source opening of a news article.
type Dateline struct {
	Start, End int
	Place      string
	Date       string
	Source     string
}

// Byline names the authors.
type Byline struct {
	Start, End int
	Authors    []string
}

// Document is built once per article and only read afterwards, so analyzers
// may share it freely.
type Document struct {
	ID   string
	Path string
	// Text is the text as analyzed: Input in Unicode NFC, without soft
	// hyphens. Internal offsets (Token.Start, …) are bytes into Text.
	Text string
	// Input is the text as given; spans (Span, CodePoint) point into it.
	// It is the same string as Text unless normalizing changed something.
	Input string
	// Lang is the ISO 639-1 code the document is processed as ("" when unknown).
	Lang string

	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Dateline   *Dateline
	Byline     *Byline

	runes   runeIndex // over Input
	offsets offsets
	lower   *lowerCache
}

// New segments text as language lang and returns the document model.
func New(id, text, lang string) *Document {
	d := &Document{ID: id, Input: text, Lang: lang, runes: newRuneIndex(text), lower: &lowerCache{}}
	d.Text, d.offsets = normalize(text)
	seg := segment.Segment(d.Text, lang)
	// The segmenter's lists are the document's: on a large text they are
	// most of its memory, so they are not copied.
	d.Paragraphs, d.Sentences, d.Tokens = seg.Paragraphs, seg.Sentences, seg.Tokens
	if dl := seg.Dateline; dl != nil {
		d.Dateline = &Dateline{Start: dl.Start, End: dl.End, Place: dl.Place, Date: dl.Date, Source: dl.Source}
	}
	if bl := seg.Byline; bl != nil {
		d.Byline = &Byline{Start: bl.Start, End: bl.End, Authors: append([]string{}, bl.Authors...)}
	}
	return d
}

// Span converts byte offsets in Text into a user-facing span: code-point
// offsets into Input and the input text they cover.
func (d *Document) Span(byteStart, byteEnd int) Span {
	if d.offsets != nil {
		byteStart, byteEnd = d.offsets.orig(byteStart, false), d.offsets.orig(byteEnd, true)
		byteEnd = max(byteEnd, byteStart)
	}
	return Span{Start: d.runes.at(d.Input, byteStart), End: d.runes.at(d.Input, byteEnd), Text: d.Input[byteStart:byteEnd]}
}

// CodePoint converts one byte offset in Text into a code-point offset into Input.
func (d *Document) CodePoint(byteOff int) int {
	if d.offsets != nil {
		byteOff = d.offsets.orig(byteOff, false)
	}
	return d.runes.at(d.Input, byteOff)
}

// TokenText is the text of token i.
func (d *Document) TokenText(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

// SentenceText is the text of sentence i.
func (d *Document) SentenceText(i int) string { s := d.Sentences[i]; return d.Text[s.Start:s.End] }

// ParagraphText is the text of paragraph i.
func (d *Document) ParagraphText(i int) string { p := d.Paragraphs[i]; return d.Text[p.Start:p.End] }

// Words counts word and number tokens, the unit of every per-word figure.
func (d *Document) Words() int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == segment.TokWord || t.Kind == segment.TokNumber {
			n++
		}
	}
	return n
}

// runeIndex answers byte→code-point conversions in O(1) plus a short scan:
// it records the code-point count at every checkpoint-th byte, which costs
// 1/16 of the text size in memory instead of a full table.
type runeIndex struct {
	ascii  bool
	counts []int32
}

const checkpoint = 64

func newRuneIndex(text string) runeIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return runeIndex{ascii: true}
	}
	counts := make([]int32, len(text)/checkpoint+1)
	n := int32(0)
	for i := 0; i <= len(text); i++ {
		if i%checkpoint == 0 {
			counts[i/checkpoint] = n
		}
		if i < len(text) && utf8.RuneStart(text[i]) {
			n++
		}
	}
	return runeIndex{counts: counts}
}

func (r runeIndex) at(text string, off int) int {
	if r.ascii || off <= 0 {
		return off
	}
	if off > len(text) {
		off = len(text)
	}
	base := off / checkpoint
	n := int(r.counts[base])
	for i := base * checkpoint; i < off; i++ {
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	return n
}
