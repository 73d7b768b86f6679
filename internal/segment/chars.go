package segment

import "unicode"

// isQuote reports quotation marks of German, English and French style.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›', '‟', '‛', '＂', '「', '」', '『', '』':
		return true
	}
	return false
}

// isOpener reports characters that may precede the first word of a sentence.
func isOpener(r rune) bool {
	return isQuote(r) || r == '(' || r == '[' || r == '{' || r == '¿' || r == '¡'
}

// isSuperscriptDigit reports footnote markers such as "Satz.¹".
func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || (r >= '⁰' && r <= '⁹')
}

// isCloser reports characters that may follow a sentence-final mark and
// still belong to the sentence: closing quotes and brackets, footnotes.
func isCloser(r rune) bool {
	return isQuote(r) || r == ')' || r == ']' || r == '}' || isSuperscriptDigit(r) || r == '*'
}

// isTerm reports sentence-final punctuation.
func isTerm(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isBullet reports list bullets.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▸', '▹', '➢', '✓', '✔':
		return true
	}
	return false
}

// isEmoji reports pictographs and their modifiers, which stay with the
// sentence before them ("Großartig! 👍").
func isEmoji(r rune) bool {
	if r == 0x200D || r == 0xFE0F || r == 0x20E3 {
		return true
	}
	if r >= 0x1F000 {
		return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || (r >= 0x1F1E6 && r <= 0x1F1FF)
	}
	return r >= 0x2190 && unicode.Is(unicode.So, r)
}

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü', 'é', 'è', 'à', 'á', 'í', 'ó', 'ú':
		return true
	}
	return false
}

func isRomanLetter(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}
