# Thin wrapper over CMake. The README's quick start is `make demo` and `make test`.
SANITIZE ?= 0
ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Debug -DCLAIMCHECK_SANITIZE=ON
else
BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
endif
JOBS ?= $(shell nproc)
BIN := $(BUILD)/claimcheck

.PHONY: all deps build test demo bench peers fuzz format clean frames

all: build

deps:
	@bash scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@bash scripts/deps.sh browser  # Chromium for the HTML sheet's and the review page's browser tests
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BIN)

peers: build
	$(BUILD)/tools/peers/peers_runner ../shared/peers bench/PEERS.md

# Statement-frame accuracy per key, train and test splits apart (issue 11).
frames: build
	$(BUILD)/tools/frames/frames_report corpus/frames bench/FRAMES.md

bench: build
	@bash scripts/deps.sh bench
	@bash bench/run.sh $(BUILD)

fuzz:
	@bash scripts/deps.sh fuzz
	@bash fuzz/run.sh

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build build-asan build-fuzz
