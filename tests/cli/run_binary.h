// Runs the built claimcheck binary from a test and captures its streams.
#ifndef CLAIMCHECK_TESTS_CLI_RUN_BINARY_H_
#define CLAIMCHECK_TESTS_CLI_RUN_BINARY_H_

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/scratch.h"

namespace cctest {

struct Run {
  int status = -1;  // exit status; -1 when killed by a signal
  std::string out, err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder under /tmp for one test, removed when the test binary exits.
inline std::string TempDir(const char* tag) { return ScratchDir(tag); }

// `args` are shell words, already quoted where needed; `env` is an optional
// prefix of VAR=value words for the command's environment.
inline Run Claimcheck(const std::string& args, const std::string& env = "") {
  static const std::string dir = TempDir("run");
  const std::string out = dir + "/out", err = dir + "/err";
  const std::string cmd = env + std::string(CLAIMCHECK_BIN) + " " + args + " >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace cctest

#endif  // CLAIMCHECK_TESTS_CLI_RUN_BINARY_H_
