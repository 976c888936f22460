// Scratch folders for tests, removed when the test process exits.
//
// Every test binary makes its folders here, so `make test` leaves nothing
// under /tmp: before this, each run left its folders behind (the bounds test
// alone writes a 230 MB record stream), and a day of runs filled the disk.
// A test that needs its folder gone sooner (a case of its own) still removes it
// itself; removing one twice is harmless.
#ifndef CLAIMCHECK_TESTS_SCRATCH_H_
#define CLAIMCHECK_TESTS_SCRATCH_H_

#include <stdlib.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace cctest {

namespace scratch_internal {

// Folders made by this process; the static's destructor runs at a normal
// exit (Catch2's main returns), after every test.
class Registry {
 public:
  ~Registry() {
    for (const std::string& d : dirs_) {
      std::error_code ec;
      std::filesystem::remove_all(d, ec);
    }
  }
  void Add(const std::string& d) {
    std::lock_guard<std::mutex> lock(mu_);
    dirs_.push_back(d);
  }

 private:
  std::mutex mu_;
  std::vector<std::string> dirs_;
};

inline Registry& Folders() {
  static Registry r;
  return r;
}

}  // namespace scratch_internal

// A fresh folder "<temp>/cc_<tag>_XXXXXX" (temp: $TMPDIR or /tmp), removed at
// exit. Throws when the folder cannot be made.
inline std::string ScratchDir(const std::string& tag) {
  scratch_internal::Registry& reg = scratch_internal::Folders();  // made before the first folder
  std::string tmpl = (std::filesystem::temp_directory_path() / ("cc_" + tag + "_XXXXXX")).string();
  if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("cannot make a scratch folder " + tmpl);
  reg.Add(tmpl);
  return tmpl;
}

}  // namespace cctest

#endif  // CLAIMCHECK_TESTS_SCRATCH_H_
