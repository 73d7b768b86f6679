package keywords

import (
	"fmt"
	"testing"

	"artikel/internal/analysis"
	"artikel/internal/document"
)

func TestBandChartMarksTheAssessedBand(t *testing.T) {
	for _, c := range []struct {
		adjusted float64
		band     string
		forms    bool
		goodEnd  float64
	}{
		{0.2, assessTooLow, false, 168},
		{2.0, assessGood, false, 168},
		{3.3, assessGood, true, 196},
		{3.8, assessOver, false, 168},
		{9.0, assessWayOver, false, 168},
	} {
		ch := newBandChart(&Keyphrase{AdjustedDensity: c.adjusted, Assessment: c.band, WordForms: c.forms})
		var active []string
		for _, s := range ch.Segments {
			if s.Active {
				active = append(active, s.Class)
			}
		}
		if len(active) != 1 {
			t.Errorf("%v: active segments %v", c, active)
		}
		// The good band ends at 3 % (3.5 % with word forms) of a 5 % scale.
		if good := ch.Segments[1]; good.X+good.W != c.goodEnd {
			t.Errorf("%v: good band ends at %v", c, good.X+good.W)
		}
		if ch.Marker < 0 || ch.Marker > ch.Width {
			t.Errorf("%v: marker %v outside the chart", c, ch.Marker)
		}
	}
}

func TestDensityChartCountsOccurrencesPerParagraph(t *testing.T) {
	text := "Neue Radwege\nDie Stadt baut neue Radwege. Neue Radwege sind teuer.\nDer Rat tagt am Montag.\nAuch im Norden entstehen neue Radwege."
	doc := document.New("t", text, "de")
	r := Analyze(doc, "de", Options{Keyphrase: "neue Radwege"})
	c := newDensityChart(r, &analysis.Render{Doc: doc, ID: "d"})
	if c == nil {
		t.Fatal("no chart")
	}
	var counts []int
	for _, b := range c.Bars {
		counts = append(counts, b.Count)
	}
	// The title is not part of the text Yoast measures, so its words are no occurrence.
	if got := fmt.Sprint(counts); got != "[0 2 0 1]" {
		t.Errorf("occurrences per paragraph %s, want [0 2 0 1]", got)
	}
	if c.Bars[1].Href != "#d-p1" || c.Bars[0].Kind != "title" {
		t.Errorf("bar 2 links %s, bar 1 kind %s", c.Bars[1].Href, c.Bars[0].Kind)
	}
	if got := sparkline(c); []rune(got)[2] != ' ' || len([]rune(got)) != 4 {
		t.Errorf("sparkline %q", got)
	}
}
