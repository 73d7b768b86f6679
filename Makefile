# artikel — make targets. `make test` is what CI runs.
GO      ?= go
BIN     ?= bin/artikel
SAMPLE  := testdata/sample/reaim-gipfel.txt
SHARED  ?= ../shared
FUZZTIME ?= 10000x

.PHONY: build test run bench eval lint fuzz clean ner-model beam beam-test

# A release build: no symbol table or DWARF (stack traces keep their
# function names and lines), no paths of the build machine.
build:
	$(GO) build -trimpath -ldflags="-s -w" -o $(BIN) ./cmd/artikel

test:
	$(GO) test -count=1 ./...

# The Apache Beam pipeline is a nested module (beam/, see beam/README.md):
# the CLI's module graph and `make test` do not depend on the Beam SDK.
# Without cgo, so that on linux/amd64 the same file can be the workers'
# binary (--worker_binary) in Beam's Go SDK containers.
beam:
	cd beam && CGO_ENABLED=0 $(GO) build -o ../bin/artikel-beam ./cmd/artikel-beam

# The pipeline's tests on Beam's local runner (Prism) and a bounded fuzz
# run of its JSON Lines splitting; a cold build of the Beam SDK takes minutes.
beam-test:
	cd beam && $(GO) vet ./... && $(GO) test -count=1 ./...
	cd beam && $(GO) test -run '^$$' -fuzz '^FuzzPieces$$' -fuzztime $(FUZZTIME) ./artikelbeam

run: build
	./$(BIN) analyze $(SAMPLE)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Bounded fuzzing of every parser; CI runs it after the tests.
fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

# Accuracy against the shared reference data (not part of the clone).
eval: build
	@test -d $(SHARED)/data || { echo "eval needs the reference data in $(SHARED)"; exit 2; }
	$(SHARED)/tools/score segmentation --bin $(BIN) | tail -1
	$(SHARED)/tools/score segmentation --lang en --bin $(BIN) | tail -1
	$(SHARED)/tools/score ner --bin $(BIN) | tail -1
	$(SHARED)/tools/score smartdata --bin $(BIN) | tail -1
	$(SHARED)/tools/score quotes --split dev --bin $(BIN) | tail -1
	$(SHARED)/tools/score quotes --bin $(BIN) | tail -1
	ARTIKEL_SHARED=$(abspath $(SHARED)) $(GO) test -count=1 ./internal/keywords -run NewsDE -v | grep '^keyword_stuffing:\|^lone'
	ARTIKEL_SHARED=$(abspath $(SHARED)) $(GO) test -count=1 ./internal/readability -run 'NewsDE|Syllables' -v | grep '^Flesch\|^Wiener\|exact'

# Retrains the embedded entity model from the shared data and the German
# lexicons (npm packages, fetched into .cache/); see internal/ner/README.md.
ner-model:
	scripts/fetch-ner-lexicons.sh .cache/ner-lexicons
	$(GO) run ./cmd/train-ner -data $(SHARED)/data -lexicons .cache/ner-lexicons -holdout=false -out internal/ner/model/ner.bin

lint:
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

clean:
	rm -rf bin
