// Replays every saved fuzzer input (corpus/regression/<target>/*) through its
// target: each once crashed, hung or leaked, and must not again.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/targets.h"

namespace fs = std::filesystem;
using claimcheck::fuzz::AllTargets;

TEST_CASE("saved fuzzer inputs replay cleanly", "[fuzz]") {
  size_t replayed = 0;
  for (const auto& t : AllTargets()) {
    fs::path dir = fs::path("corpus/regression") / t.name;
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      INFO(e.path().string());
      CHECK(t.fn(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()) == 0);
      ++replayed;
    }
  }
  WARN("replayed " << replayed << " saved fuzzer inputs");
}

TEST_CASE("every target survives empty and junk input", "[fuzz]") {
  const std::string inputs[] = {"", std::string(1, '\0'), "\xff\xfe\xfd", "%PDF-1.4\n",
                                "<html><body><p>1,000 " + std::string(5000, '<') + "</p>",
                                std::string(4096, '9')};
  for (const auto& t : AllTargets()) {
    for (const std::string& in : inputs) {
      INFO(t.name);
      CHECK(t.fn(reinterpret_cast<const uint8_t*>(in.data()), in.size()) == 0);
    }
  }
}
