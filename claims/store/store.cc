// PLACEHOLDER until the store lands.
#include <cstdlib>
#include "claimcheck/store.h"
namespace claimcheck {
Status Store::Open(const std::string& path, std::unique_ptr<Store>*) {
  return Status::Unsupported(path + ": the store is not built yet");
}
std::string DefaultDbPath() {
  const char* env = std::getenv("CLAIMCHECK_DB");
  return env && *env ? env : "claims.db";
}
}  // namespace claimcheck
