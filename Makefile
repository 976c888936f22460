# Thin wrapper over CMake. The README's quick start is `make demo` and `make test`.
SANITIZE ?= 0
ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Debug -DCLAIMCHECK_SANITIZE=ON
else ifeq ($(SANITIZE),thread)
# ThreadSanitizer over the whole test suite; parallel ingest (tests/cli
# ingest with --jobs) and the segmenter's per-thread iterators are what it
# watches. Optimised, or the suite takes too long under TSan.
BUILD ?= build-tsan
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMCHECK_TSAN=ON
export TSAN_OPTIONS ?= halt_on_error=1 second_deadlock_stack=1
else
BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
endif
JOBS ?= $(shell nproc)
BIN := $(BUILD)/claimcheck

.PHONY: all deps build test tsan demo bench bench-shapes peers fuzz format clean frames checkeval fit-identity fit-warn cv background

all: build

deps:
	@bash scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@bash scripts/deps.sh browser  # Chromium for the HTML sheet's and the review page's browser tests
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The tests under ThreadSanitizer; a separate target because it is a third
# full build (see .ci/run).
tsan:
	@$(MAKE) --no-print-directory SANITIZE=thread test

demo: build
	@bash scripts/demo.sh $(BIN)

peers: build
	$(BUILD)/tools/peers/peers_runner ../shared/peers bench/PEERS.md

# The checker against the gold pairs of corpus/checkdev and corpus/clusters (issue 13).
checkeval: build
	$(BUILD)/tools/checkeval/checkeval --root corpus/checkdev,corpus/clusters --rules rules --out bench/CHECK.md

# The checker's fixed context-word background, rules/{en,es}/background.yaml:
# how many train sentences of corpus/ hold each word (claims/check/background.h).
# Regenerate when corpus/ or the context words (synonyms.yaml) change, then refit.
background: build
	$(BUILD)/tools/background/background_table --root corpus/checkdev,corpus/clusters --frames corpus/frames --rules rules --write
	$(BUILD)/claimcheck rules check --rules rules

# Refit the checker's identity model on the train split: rules/{en,es}/identity.yaml.
# Weights and thresholds on every train cluster; then the warn bars, with the
# bar rule's settings (target precision, right flags behind a bar, weight of
# the perturbed flags, evidence bars or not) chosen by 5-fold cross-validation
# by cluster (tools/checkeval/cv.h); the CV figures go to bench/CHECK.md.
fit-identity: build
	$(BUILD)/tools/checkeval/fit_identity --root corpus/checkdev,corpus/clusters --rules rules --choose --report bench/CHECK.md --write
	$(BUILD)/claimcheck rules check --rules rules

# Refit only the warn bars (`warn` and `warn_with`), their rule chosen by
# cross-validation as above, the stored weights and thresholds kept.
fit-warn: build
	$(BUILD)/tools/checkeval/fit_identity --root corpus/checkdev,corpus/clusters --rules rules --bars-only --choose --report bench/CHECK.md --write
	$(BUILD)/claimcheck rules check --rules rules

# The stored model's cross-validated figures beside its in-sample ones, into
# bench/CHECK.md (nothing written in rules/): the bar rule chosen as by fit-warn, bars refitted per fold, then
# weights and bars refitted per fold (the thresholds kept).
cv: build
	$(BUILD)/tools/checkeval/fit_identity --root corpus/checkdev,corpus/clusters --rules rules --bars-only --choose --cv-weights --report bench/CHECK.md

# Statement-frame accuracy per key, train and test splits apart (issue 11).
frames: build
	$(BUILD)/tools/frames/frames_report corpus/frames bench/FRAMES.md

bench: build
	@bash scripts/deps.sh bench
	@bash bench/run.sh $(BUILD)
	@bash bench/shapes.sh $(BUILD)

# The shape benchmark alone (issue 15); SHAPES_ARGS=--quick divides sizes by 10.
bench-shapes: build
	@bash bench/shapes.sh $(BUILD) $(SHAPES_ARGS)

fuzz:
	@bash scripts/deps.sh fuzz
	@bash fuzz/run.sh

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build build-asan build-tsan build-fuzz
