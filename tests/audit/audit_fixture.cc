#include "tests/audit/audit_fixture.h"

#include "tests/chromium.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "claimcheck/util.h"
#include "tests/scratch.h"

namespace claimcheck::testing {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string MakeTempDir() { return cctest::ScratchDir("audit"); }

std::string RunCommand(const std::string& cmd, int* status) { return RunShell(cmd, status); }

FixtureDoc LoadFixture(const std::string& path, const std::string& role) {
  std::string bytes = ReadFile(path);
  FixtureDoc d;
  d.stored.path = path;
  d.stored.doc_id = Sha256Hex(bytes);
  d.stored.format = "text";
  d.stored.lang = "en";
  d.stored.role = role;
  std::istringstream in(bytes);
  std::string line;
  bool header = true;
  std::vector<std::string> blocks;
  while (std::getline(in, line)) {
    if (header) {
      if (line.empty()) {
        header = false;
        continue;
      }
      size_t colon = line.find(": ");
      std::string key = line.substr(0, colon), value = line.substr(colon + 2);
      if (key == "title") d.stored.title = value;
      if (key == "publisher") d.stored.publisher = value;
      if (key == "date") d.stored.date = value;
      if (key == "url") d.stored.url = value;
      if (key == "author") d.stored.author = value;
      continue;
    }
    if (!line.empty()) blocks.push_back(line);
  }
  for (size_t i = 0; i < blocks.size(); ++i) d.text += (i ? "\n\n" : "") + blocks[i];
  return d;
}

Figure FixtureFigure(const FixtureDoc& d, const std::string& needle, Kind kind, FigureValue value,
                     Qualifier q, const std::string& subject, const std::string& attribution,
                     int nth) {
  size_t pos = d.text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = d.text.find(needle, pos + 1);
  if (pos == std::string::npos) throw std::runtime_error(d.stored.path + ": no '" + needle + "'");
  size_t block_start = d.text.rfind("\n\n", pos);
  block_start = block_start == std::string::npos ? 0 : block_start + 2;
  size_t block_end = d.text.find("\n\n", pos);
  if (block_end == std::string::npos) block_end = d.text.size();
  int paragraph = 1;
  for (size_t p = d.text.find("\n\n"); p != std::string::npos && p < pos;
       p = d.text.find("\n\n", p + 2)) {
    ++paragraph;
  }
  Figure f;
  f.start = pos;
  f.end = pos + needle.size();
  f.kind = kind;
  f.value = std::move(value);
  f.qualifier = q;
  f.subject = subject;
  f.rule = "fixture";
  f.doc = d.stored.path;
  f.doc_id = d.stored.doc_id;
  f.lang = "en";
  f.paragraph = paragraph;
  f.sentence = d.text.substr(block_start, block_end - block_start);
  f.sentence_start = block_start;
  f.sentence_end = block_end;
  f.text = needle;
  f.attribution = attribution;
  return f;
}

AuditInput CepAuditInput() {
  FixtureDoc art = LoadFixture("corpus/audit/cep-article.txt", "article");
  FixtureDoc rep = LoadFixture("corpus/audit/cep-report.txt", "source");
  using N = FigureValue;
  AuditInput in;
  in.article = art.stored;
  in.article_text = art.text;
  in.sources = {rep.stored};

  Figure countries96 = FixtureFigure(art, "96 unique countries", Kind::kCount, N::Number(96),
                                     Qualifier::kExact, "unique countries", "Ibsen said");
  countries96.quoted = true;
  Figure profiles =
      FixtureFigure(art, "1,000 ISIS-supporting profiles", Kind::kCount, N::Number(1000),
                    Qualifier::kExact, "ISIS-supporting profiles", "CEP");
  profiles.subject_alias = "nodes";
  Figure countries69 = FixtureFigure(art, "69 countries", Kind::kCount, N::Number(69),
                                     Qualifier::kExact, "countries", "CEP");
  Figure hundreds = FixtureFigure(art, "hundreds of profiles", Kind::kCount, N::Number(200),
                                  Qualifier::kVague, "profiles");
  Figure ai = FixtureFigure(art, "99 percent", Kind::kPercent, N::Number(99), Qualifier::kExact,
                            "terror-linked messages", "Facebook announced");
  in.article_figures = {
      countries96,
      FixtureFigure(art, "October 2017", Kind::kDate, N::Date("2017-10"), Qualifier::kExact, "",
                    "Ibsen told Breitbart News"),
      FixtureFigure(art, "March 2018", Kind::kDate, N::Date("2018-03"), Qualifier::kExact, "",
                    "Ibsen told Breitbart News"),
      FixtureFigure(art, "43 percent", Kind::kPercent, N::Number(43), Qualifier::kExact,
                    "the nodes"),
      FixtureFigure(art, "March 5, 2018", Kind::kDate, N::Date("2018-03-05")),
      profiles,
      countries69,
      hundreds,
      ai,
      FixtureFigure(art, "2014", Kind::kDate, N::Date("2014")),
  };
  // Out of story order on purpose: the sheet must sort them.
  std::swap(in.article_figures[0], in.article_figures[3]);

  Figure src96 = FixtureFigure(rep, "96 countries", Kind::kCount, N::Number(96), Qualifier::kExact,
                               "countries");
  Figure src_hundreds = FixtureFigure(rep, "Several hundred profiles", Kind::kCount, N::Number(200),
                                      Qualifier::kVague, "profiles");
  Figure src1000 = FixtureFigure(rep, "1,000 Facebook profiles", Kind::kCount, N::Number(1000),
                                 Qualifier::kExact, "Facebook profiles");
  src1000.subject_alias = "nodes";
  in.source_figures = {
      src1000,
      src96,
      FixtureFigure(rep, "October 2017", Kind::kDate, N::Date("2017-10")),
      FixtureFigure(rep, "March 2018", Kind::kDate, N::Date("2018-03")),
      FixtureFigure(rep, "March 5, 2018", Kind::kDate, N::Date("2018-03-05")),
      FixtureFigure(rep, "43 percent", Kind::kPercent, N::Number(43), Qualifier::kExact,
                    "the nodes in the network"),
      src_hundreds,
  };

  Finding conflict;
  conflict.type = "value_conflict";
  conflict.severity = Severity::kError;
  conflict.message =
      "The article says 69 countries; Spiders of the Caliphate (para. 2) says 96 countries.";
  conflict.claims = {FigureRef(countries69), FigureRef(src96)};
  conflict.score = 0.92;
  conflict.suggestion = "96 countries, not 69";
  Finding paraphrase;
  paraphrase.type = "qualifier_conflict";
  paraphrase.severity = Severity::kInfo;
  paraphrase.message =
      "\"hundreds of profiles\" paraphrases \"Several hundred profiles\" in Spiders of the "
      "Caliphate.";
  paraphrase.claims = {FigureRef(hundreds), FigureRef(src_hundreds)};
  paraphrase.score = 0.8;
  Finding unsupported;
  unsupported.type = "unsupported";
  unsupported.severity = Severity::kWarning;
  unsupported.message = "No source states 99 percent of terror-linked messages.";
  unsupported.claims = {FigureRef(ai)};
  in.findings = {unsupported, paraphrase, conflict};
  return in;
}

void StampForGolden(AuditSheet* sheet) {
  sheet->tool_version = "0.1.0";
  sheet->generated_at = "2026-01-01T00:00:00Z";
  sheet->reviewer = "Claimcheck Desk";
  sheet->review_url = "https://example.org/fact-checks/cep-facebook";
}

}  // namespace claimcheck::testing
