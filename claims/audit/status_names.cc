// Status names, the sheet's counts, and the output format an extension names.
#include <algorithm>
#include <array>
#include <cctype>

#include "claimcheck/audit.h"

namespace claimcheck {
namespace {
constexpr std::array<const char*, kAuditStatusCount> kNames = {
    "supported", "supported_with_note", "possible_conflict", "conflict", "unsupported", "not_checked"};
constexpr std::array<const char*, kAuditStatusCount> kLabels = {
    "supported", "supported with a note", "possible conflict", "conflict", "unsupported", "not checked"};
}  // namespace

const char* AuditStatusName(AuditStatus s) { return kNames[static_cast<size_t>(s)]; }
const char* AuditStatusLabel(AuditStatus s) { return kLabels[static_cast<size_t>(s)]; }

bool ParseAuditStatus(std::string_view name, AuditStatus* out) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (name == kNames[i]) {
      *out = static_cast<AuditStatus>(i);
      return true;
    }
  }
  return false;
}

std::array<int, kAuditStatusCount> AuditSheet::Counts() const {
  std::array<int, kAuditStatusCount> counts{};
  for (const AuditRow& r : rows) ++counts[static_cast<size_t>(r.status)];
  return counts;
}

bool AuditSheet::NeedsAttention() const {
  return std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
    // The editor's judgement replaces the machine's: a conflict the editor
    // found correct is settled, a supported figure judged misleading is not.
    if (r.Reviewed()) return r.verdict == "incorrect" || r.verdict == "misleading";
    return r.status == AuditStatus::kConflict || r.status == AuditStatus::kPossibleConflict ||
           r.status == AuditStatus::kUnsupported;
  });
}

bool AuditSheet::HasWarningsOrErrors() const {
  return std::any_of(rows.begin(), rows.end(), [](const AuditRow& r) {
    if (r.Reviewed()) return r.verdict == "incorrect" || r.verdict == "misleading";
    return r.status == AuditStatus::kConflict;
  });
}

bool IsDifferenceType(std::string_view type) {
  constexpr std::string_view kSuffix = "_conflict";
  if (type.size() > kSuffix.size() && type.substr(type.size() - kSuffix.size()) == kSuffix) return true;
  return type == "superseded" || type == "disagreement" || type == "arithmetic";
}

bool AuditFormatFromName(const std::string& name, AuditFormat* out) {
  std::string n = name;
  std::transform(n.begin(), n.end(), n.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (n == "claimreview") n = "jsonld";
  return AuditFormatFromPath("sheet." + n, out);
}

bool AuditFormatFromPath(const std::string& path, AuditFormat* out) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::pair<const char*, AuditFormat> kExts[] = {
      {"csv", AuditFormat::kCsv},           {"md", AuditFormat::kMarkdown},
      {"markdown", AuditFormat::kMarkdown}, {"html", AuditFormat::kHtml},
      {"htm", AuditFormat::kHtml},          {"xlsx", AuditFormat::kXlsx},
      {"json", AuditFormat::kJson},         {"jsonld", AuditFormat::kJsonLd}};
  for (const auto& [name, format] : kExts) {
    if (ext == name) {
      *out = format;
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck
