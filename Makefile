# dyad — top-level commands. Each installs what is missing first.
#   make demo    build, then code the bundled example news and print the events
#   make test    build and run every test (what CI runs)
#   make bench   build and print throughput figures next to their targets
#   make fuzz    build the libFuzzer targets with clang and run each briefly
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build demo test bench fuzz asan clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== dyad code examples/news/ (dyad's own dictionaries; events as JSON Lines) =="
	$(BUILD)/tools/dyad/dyad code examples/news/ --date 2026-03-11

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) fuzz FUZZ_SECONDS=$${FUZZ_SECONDS:-10}

bench: build
	$(BUILD)/bench/dyad_bench --benchmark_min_time=0.3
	$(BUILD)/bench/dyad_throughput
	$(BUILD)/bench/dyad_tagger_bench --benchmark_min_time=0.5

FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 30
fuzz: deps
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDYAD_BUILD_FUZZ=ON -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	scripts/run-fuzzers.sh $(FUZZ_BUILD)/fuzz $(FUZZ_SECONDS)

asan: deps
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON -DDYAD_BUILD_BENCH=OFF
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD) build-asan
