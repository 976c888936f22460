// The grep-able rule of issue 8: SQL is never built from document data.
// Every statement handed to SQLite is a string literal or a k-constant built
// from literals; values travel only as bound parameters. This test reads the
// sources and fails on any other argument to Prepare/Exec, or on a raw
// sqlite3_prepare/sqlite3_exec outside the one wrapper that owns them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace {
std::string Read(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Arguments allowed besides literals: named constants (or a choice between
// two), the embedded migrations, the schema version number, and the loop
// variable over ingest's kDeletes literals.
bool Allowed(const std::string& arg) {
  static const std::regex kConstant(R"(^k[A-Z]\w*(\.c_str\(\))?$)");
  static const std::regex kChoice(R"(^[\w !=<>]+\? *k[A-Z]\w* *: *k[A-Z]\w*$)");
  return arg[0] == '"' || arg.rfind("R\"", 0) == 0 || std::regex_match(arg, kConstant) ||
         std::regex_match(arg, kChoice) || arg == "m.sql" || arg == "set.c_str()" || arg == "sql";
}
}  // namespace

TEST_CASE("SQL is only ever a literal or a constant", "[store][security]") {
  const std::regex call(R"((?:\.|->)(?:Prepare|Exec)\(\s*([^,;]*?)\s*(?:,|\)\s*;))");
  const std::regex raw(R"(sqlite3_(?:prepare|exec)\w*\()");
  size_t calls = 0;
  for (const char* dir : {"claims", "cli", "extract", "core"}) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (e.path().extension() != ".cc" && e.path().extension() != ".h") continue;
      const std::string src = Read(e.path());
      for (auto it = std::sregex_iterator(src.begin(), src.end(), call); it != std::sregex_iterator();
           ++it) {
        const std::string arg = (*it)[1].str();
        if (arg.empty()) continue;  // a declaration such as Exec(const char* sql)
        INFO(e.path().string() << ": Prepare/Exec(" << arg << ")");
        CHECK(Allowed(arg));
        ++calls;
      }
      if (e.path().filename() != "sqlite_db.cc") {
        INFO(e.path().string());
        CHECK_FALSE(std::regex_search(src, raw));
      }
    }
  }
  CHECK(calls > 20);  // the rule really looked at the store's statements
}
