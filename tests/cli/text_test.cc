// `claimcheck text` through the built binary: exit codes and one-line errors
// for bad files, the seed article's sentences, offsets that slice the printed
// text, and the HTML/text differential.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/run_binary.h"

namespace {

using cctest::Claimcheck;
using cctest::Run;
using cctest::Slurp;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

struct SentenceLine {
  int paragraph;
  size_t start, end;
  std::string text;
};

std::vector<SentenceLine> Sentences(const std::string& file) {
  Run r = Claimcheck("text --sentences " + file);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::vector<SentenceLine> out;
  for (const std::string& l : Lines(r.out)) {
    SentenceLine s;
    size_t a = l.find('\t'), b = l.find('\t', a + 1), c = l.find('\t', b + 1);
    REQUIRE(c != std::string::npos);
    s.paragraph = std::stoi(l.substr(0, a));
    s.start = std::stoul(l.substr(a + 1, b - a - 1));
    s.end = std::stoul(l.substr(b + 1, c - b - 1));
    s.text = l.substr(c + 1);
    out.push_back(s);
  }
  return out;
}

TEST_CASE("bad files exit 2 with one line naming the file", "[cli][text]") {
  struct Bad {
    const char* file;
    const char* reason;
  };
  const Bad bad[] = {
      {"corpus/documents/bad/invalid-utf8.txt", "invalid UTF-8 at byte 38"},
      {"corpus/documents/bad/empty.txt", "empty document"},
      {"corpus/documents/bad/blob.bin", "binary data, not a document"},
      {"corpus/documents/bad/truncated.pdf", "not a PDF (truncated"},
      {"corpus/documents/no-such-file.html", "No such file"},
  };
  for (const Bad& b : bad) {
    for (const char* flag : {"", "--sentences ", "--blocks "}) {
      Run r = Claimcheck(std::string("text ") + flag + b.file);
      INFO(b.file << " " << flag << "\nstderr: " << r.err);
      CHECK(r.status == 2);
      CHECK(r.out.empty());
      CHECK(Lines(r.err).size() == 1);
      CHECK(r.err.find(std::string(b.file) + ": ") != std::string::npos);
      CHECK(r.err.find(b.reason) != std::string::npos);
    }
  }
}

TEST_CASE("seed article splits into its 32 sentences", "[cli][text]") {
  std::vector<SentenceLine> s = Sentences("corpus/seed/cep-facebook-article.txt");
  REQUIRE(s.size() == 32);
  CHECK(s[0].paragraph == 1);
  CHECK(s[8].text ==
        "Although the U.S.-led coalition and its local allies have taken back nearly all of "
        "ISIS’s territory in Iraq and Syria, Ibsen noted that the group’s “virtual caliphate” "
        "remains alive and well.");
  CHECK(s[9].text == "He explained:");
  CHECK(s[26].text ==
        "The U.S. military and Department of State have long warned that the Islamic State "
        "maintains a presence in Latin America and the Caribbean.");
  CHECK(s[6].text.substr(s[6].text.size() - 4) == ".”");  // the closing quote stays
  CHECK(s[31].paragraph == 27);
  for (const SentenceLine& x : s) {
    INFO(x.text);
    CHECK(x.text.size() > 2);
    CHECK(x.text.compare(x.text.size() - std::min<size_t>(4, x.text.size()), 4, "U.S.") != 0);
  }
}

TEST_CASE("sentence offsets slice the printed text exactly", "[cli][text]") {
  for (const char* file :
       {"corpus/seed/cep-facebook-article.txt", "corpus/documents/lead-schools.html",
        "corpus/documents/coalition-summary.html", "corpus/documents/harlow-meeting.html",
        "corpus/documents/factcheck-notes.md", "corpus/documents/plomo-escuelas.txt",
        "corpus/documents/unsafe-at-the-fountain.pdf"}) {
    Run text = Claimcheck(std::string("text ") + file);
    REQUIRE(text.status == 0);
    std::vector<SentenceLine> sents = Sentences(file);
    REQUIRE(!sents.empty());
    for (const SentenceLine& s : sents) {
      INFO(file << " [" << s.start << ", " << s.end << ")");
      REQUIRE(s.end <= text.out.size());
      std::string slice = text.out.substr(s.start, s.end - s.start);
      for (char& c : slice) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      CHECK(slice == s.text);
      CHECK((static_cast<unsigned char>(text.out[s.start]) & 0xC0) != 0x80);
      CHECK((static_cast<unsigned char>(text.out[s.end]) & 0xC0) != 0x80);
    }
  }
}

TEST_CASE("the same article as HTML and as text gives the same sentences", "[cli][text]") {
  std::vector<SentenceLine> html = Sentences("corpus/documents/lead-schools.html");
  std::vector<SentenceLine> text = Sentences("corpus/documents/lead-schools.txt");
  REQUIRE(html.size() == 14);
  REQUIRE(text.size() == html.size());
  for (size_t i = 0; i < html.size(); ++i) {
    INFO("sentence " << i + 1 << "\nhtml: " << html[i].text << "\ntext: " << text[i].text);
    CHECK(html[i].text == text[i].text);
    CHECK(html[i].paragraph == text[i].paragraph);
    CHECK(html[i].start == text[i].start);
  }
}

TEST_CASE("Spanish text uses the Spanish abbreviations", "[cli][text]") {
  std::vector<SentenceLine> s = Sentences("corpus/documents/plomo-escuelas.txt");
  REQUIRE(s.size() == 9);
  CHECK(s[3].text ==
        "«No son cifras viejas de una encuesta olvidada», dijo la Dra. Helena Marín, directora "
        "de investigación de la coalición.");
  CHECK(s[6].text ==
        "El Sr. Daniel Reyes, portavoz del Departamento de Educación, afirmó que el distrito "
        "escolar núm. 7 terminó sus reparaciones en enero.");
}

TEST_CASE("PDF blocks carry their pages", "[cli][text]") {
  Run r = Claimcheck("text --blocks corpus/documents/unsafe-at-the-fountain.pdf");
  REQUIRE(r.status == 0);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 11);
  CHECK(lines[6].rfind("7\theading\t2\t", 0) == 0);
  CHECK(lines[10].rfind("11\tparagraph\t3\t", 0) == 0);
}

TEST_CASE("stdin is read as a document", "[cli][text]") {
  Run r = Claimcheck("text --sentences - < corpus/documents/lead-schools.txt");
  CHECK(r.status == 0);
  CHECK(Lines(r.out).size() == 14);
  Run e = Claimcheck("text - < corpus/documents/bad/empty.txt");
  CHECK(e.status == 2);
  CHECK(e.err == "claimcheck: -: empty document\n");
}

}  // namespace
