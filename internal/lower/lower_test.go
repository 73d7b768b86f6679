package lower

import (
	"strings"
	"testing"
)

// Append gives strings.ToLower's result, and MayChange is true for every
// word that result differs from.
func TestAppendMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "haus", "Haus", "BUNDESKANZLERIN", "Ärger", "straße", "ΣΟΦΊΑ", "İstanbul", "12", "a\xffb", "EU-Kommission"} {
		want := strings.ToLower(s)
		if got := string(Append([]byte("x"), s)); got != "x"+want {
			t.Errorf("Append(%q) = %q, want %q", s, got[1:], want)
		}
		if want != s && !MayChange(s) {
			t.Errorf("MayChange(%q) = false, but it lower-cases to %q", s, want)
		}
	}
	if MayChange("haus-12") {
		t.Error(`MayChange("haus-12") = true for a lower-case ASCII word`)
	}
}
