// Shared by the browser tests (tests/audit/html_browser_test.cc,
// tests/serve/serve_test.cc): running a shell command, and finding headless
// Chromium, installed once per test run by `bash scripts/deps.sh browser`
// when it is missing.
#ifndef CLAIMCHECK_TESTS_CHROMIUM_H_
#define CLAIMCHECK_TESTS_CHROMIUM_H_

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace claimcheck::testing {

// Runs `cmd` with /bin/sh; its stdout, and its exit status in *status (-1
// when it could not run or did not exit).
inline std::string RunShell(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    *status = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

// The path of a Chromium on PATH, or "".
inline std::string FindChromium() {
  int rc = 0;
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::string path = RunShell(std::string("command -v ") + name + " 2>/dev/null", &rc);
    if (rc == 0 && !path.empty()) return path.substr(0, path.find('\n'));
  }
  return "";
}

// Chromium's path, installing it once per run when it is missing; "" when it
// cannot be had. Tests run from the source root (scripts/ is relative).
inline const std::string& Chromium() {
  static const std::string path = [] {
    std::string p = FindChromium();
    if (p.empty()) {
      int rc = 0;
      RunShell("bash scripts/deps.sh browser >/dev/null 2>&1", &rc);
      p = FindChromium();
    }
    return p;
  }();
  return path;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_CHROMIUM_H_
