// One libFuzzer executable per target; FUZZ_TARGET names it at compile time.
#include <cstring>

#include "fuzz/targets.h"

#define CC_STR2(x) #x
#define CC_STR(x) CC_STR2(x)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto fn = [] {
    for (const auto& t : claimcheck::fuzz::AllTargets()) {
      if (std::strcmp(t.name, CC_STR(FUZZ_TARGET)) == 0) return t.fn;
    }
    return static_cast<int (*)(const uint8_t*, size_t)>(nullptr);
  }();
  return fn(data, size);
}
