#include "extract/recognize/yaml_fast.h"

#include <yaml.h>

#include <fstream>
#include <string_view>
#include <iterator>
#include <memory>
#include <sstream>
#include <vector>

namespace claimcheck::recognize {
namespace {

thread_local bool fast_yaml = false;

struct ParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};

// yaml-cpp reads an untagged plain scalar spelled like this as null
// (SingleDocParser: IsNullString); an empty value ("key:") is one too.
bool IsNullPlain(const yaml_event_t& e) {
  if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return false;
  std::string_view v(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// A collection being built, and for a map the key waiting for its value.
struct Open {
  YAML::Node node;
  std::optional<YAML::Node> key;
};

// Adds a finished node to the collection it belongs to (or makes it the root).
void Attach(std::vector<Open>* stack, YAML::Node child, std::optional<YAML::Node>* root) {
  if (stack->empty()) {
    *root = std::move(child);
    return;
  }
  Open& parent = stack->back();
  if (parent.node.IsSequence()) {
    parent.node.push_back(child);
  } else if (!parent.key) {
    parent.key = std::move(child);
  } else {
    // As yaml-cpp's NodeBuilder: every pair is inserted, a repeated key too.
    parent.node.force_insert(*parent.key, child);
    parent.key.reset();
  }
}

}  // namespace

std::optional<YAML::Node> ParseYamlFast(const std::string& text) {
  std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) {
    delete parser.release();
    return std::nullopt;
  }
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  std::vector<Open> stack;
  std::optional<YAML::Node> root;
  bool in_document = false, ok = true, done = false;
  while (ok && !done) {
    yaml_event_t e;
    if (!yaml_parser_parse(parser.get(), &e)) return std::nullopt;  // yaml-cpp says why
    switch (e.type) {
      case YAML_STREAM_START_EVENT:
        break;
      case YAML_DOCUMENT_START_EVENT:
        // A second document: yaml-cpp's LoadFile keeps the first; leave it to it.
        ok = !root && !in_document;
        in_document = true;
        break;
      case YAML_DOCUMENT_END_EVENT:
        in_document = false;
        break;
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      case YAML_ALIAS_EVENT:
        ok = false;
        break;
      case YAML_SCALAR_EVENT:
        if (e.data.scalar.anchor != nullptr || e.data.scalar.tag != nullptr) {
          ok = false;
        } else if (IsNullPlain(e)) {
          Attach(&stack, YAML::Node(YAML::NodeType::Null), &root);
        } else {
          Attach(&stack,
                 YAML::Node(std::string(reinterpret_cast<const char*>(e.data.scalar.value),
                                        e.data.scalar.length)),
                 &root);
        }
        break;
      case YAML_SEQUENCE_START_EVENT:
        ok = e.data.sequence_start.anchor == nullptr && e.data.sequence_start.tag == nullptr;
        stack.push_back(Open{YAML::Node(YAML::NodeType::Sequence), std::nullopt});
        break;
      case YAML_MAPPING_START_EVENT:
        ok = e.data.mapping_start.anchor == nullptr && e.data.mapping_start.tag == nullptr;
        stack.push_back(Open{YAML::Node(YAML::NodeType::Map), std::nullopt});
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        if (stack.empty()) {
          ok = false;
          break;
        }
        YAML::Node done_node = stack.back().node;
        stack.pop_back();
        Attach(&stack, done_node, &root);
        break;
      }
      case YAML_NO_EVENT:
        ok = false;
        break;
    }
    yaml_event_delete(&e);
  }
  if (!ok || !root || !stack.empty()) return std::nullopt;
  return root;
}

YAML::Node LoadRuleYaml(const std::string& path) {
  if (fast_yaml) {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream buf;
      buf << in.rdbuf();
      if (in.good() || in.eof()) {
        std::optional<YAML::Node> n = ParseYamlFast(buf.str());
        if (n) return *n;
      }
    }
  }
  return YAML::LoadFile(path);
}

FastYamlScope::FastYamlScope() : was_(fast_yaml) { fast_yaml = true; }
FastYamlScope::~FastYamlScope() { fast_yaml = was_; }

}  // namespace claimcheck::recognize
