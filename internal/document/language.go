package document

// Language is what a document's "language" field holds: the language it is
// processed as, how sure the detector is, and the runners-up.
type Language struct {
	Code         string                `json:"code"`
	Name         string                `json:"name"`
	Confidence   float64               `json:"confidence"`
	Source       string                `json:"source"` // "detected" or "given"
	Reliable     bool                  `json:"reliable"`
	Alternatives []LanguageAlternative `json:"alternatives"`
}

// LanguageAlternative is another candidate language with its confidence.
type LanguageAlternative struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Confidence float64 `json:"confidence"`
}
