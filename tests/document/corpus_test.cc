// Every corpus document against corpus/documents/expected.yaml.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <map>

#include "claimcheck/document.h"

namespace claimcheck {
namespace {

constexpr const char* kDir = "corpus/documents/";

std::string BlockText(const Document& d, const Block& b) {
  return d.text.substr(b.start, b.end - b.start);
}

std::string MetaField(const Metadata& m, const std::string& key) {
  if (key == "title") return m.title;
  if (key == "author") return m.author;
  if (key == "publisher") return m.publisher;
  if (key == "date") return m.date;
  if (key == "url") return m.url;
  if (key == "lang") return m.lang;
  if (key == "description") return m.description;
  FAIL("unknown meta key in expected.yaml: " << key);
  return "";
}

// Blocks tile the text: in order, separated by exactly "\n\n", non-empty,
// trimmed, and the text is valid UTF-8.
void CheckLayout(const Document& d) {
  size_t pos = 0;
  for (size_t i = 0; i < d.blocks.size(); ++i) {
    const Block& b = d.blocks[i];
    INFO("block " << i + 1);
    CHECK(b.start == pos);
    REQUIRE(b.end > b.start);
    REQUIRE(b.end <= d.text.size());
    std::string t = BlockText(d, b);
    CHECK(t.front() != ' ');
    CHECK(t.back() != ' ');
    CHECK(t.find("\n\n") == std::string::npos);
    pos = b.end;
    if (i + 1 < d.blocks.size()) {
      CHECK(d.text.compare(pos, 2, "\n\n") == 0);
      pos += 2;
    }
  }
  CHECK(pos == d.text.size());
}

TEST_CASE("corpus documents match expected.yaml", "[corpus]") {
  YAML::Node root = YAML::LoadFile(std::string(kDir) + "expected.yaml");
  REQUIRE(root["documents"].size() >= 7);
  for (const YAML::Node& e : root["documents"]) {
    std::string file = e["file"].as<std::string>();
    SECTION(file) {
      Document d;
      Status s = ReadDocument(kDir + file, ReadOptions(), &d);
      INFO(file << ": " << s.message());
      REQUIRE(s.ok());
      CHECK(d.path == kDir + file);
      CHECK(d.id.size() == 64);
      CHECK(FormatName(d.format) == e["format"].as<std::string>());
      CheckLayout(d);
      for (const auto& kv : e["meta"]) {
        std::string key = kv.first.as<std::string>();
        std::string expected = kv.second.as<std::string>();
        std::string got = MetaField(d.meta, key);
        INFO("meta." << key << "\nExpected: " << expected << "\nGot:      " << got);
        CHECK(got == expected);
      }
      std::string listing;
      for (const Block& b : d.blocks)
        listing += std::string("\n  ") + BlockKindName(b.kind) + ": " + BlockText(d, b);
      INFO("blocks:" << listing);
      if (e["blocks"]) CHECK(d.blocks.size() == e["blocks"].as<size_t>());
      if (e["first"]) CHECK(BlockText(d, d.blocks.front()) == e["first"].as<std::string>());
      if (e["last"]) CHECK(BlockText(d, d.blocks.back()) == e["last"].as<std::string>());
      if (e["kinds"]) {
        std::map<std::string, size_t> got;
        for (const Block& b : d.blocks) ++got[BlockKindName(b.kind)];
        for (const auto& kv : e["kinds"]) {
          std::string kind = kv.first.as<std::string>();
          INFO("kind " << kind << "\nExpected: " << kv.second.as<size_t>()
                       << "\nGot:      " << got[kind]);
          CHECK(got[kind] == kv.second.as<size_t>());
          got.erase(kind);
        }
        for (const auto& [kind, n] : got) {
          INFO("unexpected kind " << kind << " x" << n);
          CHECK(n == 0);
        }
      }
      for (const YAML::Node& c : e["cells"]) {
        std::string spec = c.as<std::string>();
        bool found = false;
        for (const Block& b : d.blocks) {
          if (b.kind != BlockKind::kTableCell) continue;
          std::string got =
              std::to_string(b.row) + "," + std::to_string(b.col) + "," + BlockText(d, b);
          found = found || got == spec;
        }
        INFO("table cell " << spec);
        CHECK(found);
      }
      for (const YAML::Node& c : e["contains"]) {
        INFO("must contain: " << c.as<std::string>());
        CHECK(d.text.find(c.as<std::string>()) != std::string::npos);
      }
      for (const YAML::Node& c : e["absent"]) {
        INFO("boilerplate left in: " << c.as<std::string>());
        CHECK(d.text.find(c.as<std::string>()) == std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck
