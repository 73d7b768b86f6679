package langid

import (
	"strings"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// commonWords are frequent function words of the default candidate
// languages. They rank the candidates before lingua is asked, so that lingua
// compares the text only with the few languages it can be in, and they tell
// when a text is in none of them. A word may belong to several languages.
var commonWords = map[lingua.Language][]string{
	lingua.German: fields(`der die das und in den von zu mit sich des auf für ist im dem nicht ein
		eine als auch es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie
		einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei
		seit unter wir ich ihre ihr seine hatte wurden gegen vom schon wenn habe diese dieser`),
	lingua.English: fields(`the of and to a in is that for it on was with as he be by at from his an
		are has have had were not but this which its they or who their been will said would after
		also more about one than there when into can she her we our new over`),
	lingua.French: fields(`le la les de des du et en un une à au aux est que qui dans pour pas sur
		par il elle ne se sont plus avec ce cette son sa ses ont été était lui leur nous vous mais ou
		comme tout aussi après entre sans sous fait être l d qu n c y`),
	lingua.Spanish: fields(`el la los las de del y en a que un una por con para es se no su sus al
		lo como más pero fue ha han sido entre sobre también este esta ser son desde durante hasta
		dijo según tras sin ya o muy le les`),
	lingua.Italian: fields(`il lo la i gli le di del della dei delle e è in un una per con che non
		si da al alla nel nella sono ha hanno come anche più ma era stato dopo questo questa tra fra
		sul sulla ai agli degli dal dalla l un'`),
	lingua.Dutch: fields(`de het een en van in op is dat die voor met te zijn niet aan er om ook
		als bij door maar werd worden wordt naar uit tot heeft hebben zich over nog dan was of hij
		zij ze deze dit wel geen meer`),
	lingua.Polish: fields(`i w z na się nie do że to jest o jak po od za a ale przez dla jego jej
		tak co był była było są oraz przy także który która które już tym może czy go ich ze we iż
		został została`),
	lingua.Portuguese: fields(`o a os as de do da dos das e em no na nos nas um uma que para com
		por não se é ao à mais foi como mas seu sua ser são pelo pela também está entre sobre até
		foram tem já ou ele ela`),
}

// plainLatin are languages lingua knows whose texts often need no letters
// beyond a–z: the suspects when a Latin-script text fits no candidate and
// its letters point nowhere.
var plainLatin = []lingua.Language{
	lingua.Afrikaans, lingua.Basque, lingua.Welsh, lingua.Esperanto, lingua.Indonesian,
	lingua.Malay, lingua.Latin, lingua.Ganda, lingua.Shona, lingua.Somali, lingua.Sotho,
	lingua.Swahili, lingua.Tagalog, lingua.Tswana, lingua.Tsonga, lingua.Xhosa, lingua.Zulu,
	lingua.Maori, lingua.Irish, lingua.Albanian,
}

// letterLanguages maps lower-case letters beyond a–z to the Latin-script
// languages that use them (the same letters lingua's rules look at).
var letterLanguages = map[rune][]lingua.Language{}

func init() {
	for letters, langs := range map[string][]lingua.Language{
		"ß":      {lingua.German},
		"ə":      {lingua.Azerbaijani},
		"ï":      {lingua.Catalan, lingua.French, lingua.Dutch},
		"ěřů":    {lingua.Czech},
		"ĉĝĥĵŝŭ": {lingua.Esperanto},
		"őű":     {lingua.Hungarian},
		"ģķļņ":   {lingua.Latvian},
		"ėįų":    {lingua.Lithuanian},
		"łńśź":   {lingua.Polish},
		"țţ":     {lingua.Romanian},
		"ĺľŕ":    {lingua.Slovak},
		"ãõ":     {lingua.Portuguese, lingua.Vietnamese, lingua.Estonian},
		"ąę":     {lingua.Lithuanian, lingua.Polish},
		"ż":      {lingua.Polish},
		"î":      {lingua.French, lingua.Romanian},
		"ñ":      {lingua.Basque, lingua.Spanish},
		"ňť":     {lingua.Czech, lingua.Slovak},
		"ă":      {lingua.Romanian, lingua.Vietnamese},
		"ığ":     {lingua.Azerbaijani, lingua.Turkish},
		"ðþ":     {lingua.Icelandic},
		"û":      {lingua.French, lingua.Hungarian},
		"āēī":    {lingua.Latvian, lingua.Maori, lingua.Yoruba},
		"şș":     {lingua.Azerbaijani, lingua.Romanian, lingua.Turkish},
		"ď":      {lingua.Czech, lingua.Slovak},
		"ć":      {lingua.Bosnian, lingua.Croatian, lingua.Polish},
		"đ":      {lingua.Bosnian, lingua.Croatian, lingua.Vietnamese},
		"ì":      {lingua.Italian, lingua.Vietnamese, lingua.Yoruba},
		"ø":      {lingua.Bokmal, lingua.Danish, lingua.Nynorsk},
		"ū":      {lingua.Latvian, lingua.Lithuanian, lingua.Maori, lingua.Yoruba},
		"ë":      {lingua.Afrikaans, lingua.Albanian, lingua.Dutch, lingua.French},
		"èù":     {lingua.French, lingua.Italian, lingua.Vietnamese, lingua.Yoruba},
		"ê":      {lingua.Afrikaans, lingua.French, lingua.Portuguese, lingua.Vietnamese},
		"ô":      {lingua.French, lingua.Portuguese, lingua.Slovak, lingua.Vietnamese},
		"ò":      {lingua.Catalan, lingua.Italian, lingua.Vietnamese, lingua.Yoruba},
		"æ":      {lingua.Bokmal, lingua.Danish, lingua.Icelandic, lingua.Nynorsk},
		"å":      {lingua.Bokmal, lingua.Danish, lingua.Nynorsk, lingua.Swedish},
		"ý":      {lingua.Czech, lingua.Icelandic, lingua.Slovak, lingua.Vietnamese},
		"ä":      {lingua.Estonian, lingua.Finnish, lingua.German, lingua.Slovak, lingua.Swedish},
		"à":      {lingua.Catalan, lingua.French, lingua.Italian, lingua.Portuguese, lingua.Vietnamese},
		"â":      {lingua.French, lingua.Portuguese, lingua.Romanian, lingua.Turkish, lingua.Vietnamese},
		"ü":      {lingua.Azerbaijani, lingua.Catalan, lingua.Estonian, lingua.German, lingua.Hungarian, lingua.Spanish, lingua.Turkish},
		"čšž":    {lingua.Bosnian, lingua.Czech, lingua.Croatian, lingua.Latvian, lingua.Lithuanian, lingua.Slovak, lingua.Slovene, lingua.Estonian},
		"ç":      {lingua.Albanian, lingua.Azerbaijani, lingua.Basque, lingua.Catalan, lingua.French, lingua.Portuguese, lingua.Turkish},
		"ö":      {lingua.Azerbaijani, lingua.Estonian, lingua.Finnish, lingua.German, lingua.Hungarian, lingua.Icelandic, lingua.Swedish, lingua.Turkish},
		"ó":      {lingua.Catalan, lingua.Hungarian, lingua.Icelandic, lingua.Irish, lingua.Polish, lingua.Portuguese, lingua.Slovak, lingua.Spanish, lingua.Vietnamese, lingua.Yoruba},
		"áíú":    {lingua.Catalan, lingua.Czech, lingua.Icelandic, lingua.Irish, lingua.Hungarian, lingua.Portuguese, lingua.Slovak, lingua.Spanish, lingua.Vietnamese, lingua.Yoruba},
		"é":      {lingua.Catalan, lingua.Czech, lingua.French, lingua.Hungarian, lingua.Icelandic, lingua.Irish, lingua.Italian, lingua.Portuguese, lingua.Slovak, lingua.Spanish, lingua.Vietnamese, lingua.Yoruba},
		"ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ": {lingua.Vietnamese},
		"ẹọṣ": {lingua.Yoruba},
		"ŵŷ":  {lingua.Welsh},
	} {
		for _, r := range letters {
			letterLanguages[r] = append(letterLanguages[r], langs...)
		}
	}
}

// scriptLanguages lists, for scripts other than Latin, the languages lingua
// knows that are written in them.
var scriptLanguages = []struct {
	name   string
	inside func(rune) bool
	langs  []lingua.Language
}{
	{"Cyrillic", in(unicode.Cyrillic), []lingua.Language{lingua.Belarusian, lingua.Bulgarian, lingua.Kazakh, lingua.Macedonian, lingua.Mongolian, lingua.Russian, lingua.Serbian, lingua.Ukrainian}},
	{"Greek", in(unicode.Greek), []lingua.Language{lingua.Greek}},
	{"Arabic", in(unicode.Arabic), []lingua.Language{lingua.Arabic, lingua.Persian, lingua.Urdu}},
	{"Hebrew", in(unicode.Hebrew), []lingua.Language{lingua.Hebrew}},
	{"Devanagari", in(unicode.Devanagari), []lingua.Language{lingua.Hindi, lingua.Marathi}},
	{"Armenian", in(unicode.Armenian), []lingua.Language{lingua.Armenian}},
	{"Bengali", in(unicode.Bengali), []lingua.Language{lingua.Bengali}},
	{"Georgian", in(unicode.Georgian), []lingua.Language{lingua.Georgian}},
	{"Gujarati", in(unicode.Gujarati), []lingua.Language{lingua.Gujarati}},
	{"Gurmukhi", in(unicode.Gurmukhi), []lingua.Language{lingua.Punjabi}},
	{"Tamil", in(unicode.Tamil), []lingua.Language{lingua.Tamil}},
	{"Telugu", in(unicode.Telugu), []lingua.Language{lingua.Telugu}},
	{"Thai", in(unicode.Thai), []lingua.Language{lingua.Thai}},
	{"Hangul", in(unicode.Hangul), []lingua.Language{lingua.Korean}},
	{"CJK", in(unicode.Han, unicode.Hiragana, unicode.Katakana), []lingua.Language{lingua.Chinese, lingua.Japanese}},
}

func in(tables ...*unicode.RangeTable) func(rune) bool {
	return func(r rune) bool { return unicode.IsOneOf(tables, r) }
}

func fields(s string) []string { return strings.Fields(s) }
