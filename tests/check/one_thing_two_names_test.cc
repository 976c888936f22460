// Subject conflicts that are one thing named two ways (task syn21): words
// news and releases trade for one count (rules/<lang>/synonyms.yaml), and an
// article's generic "people" for a source's class of people. Each beside
// the two different counts that must stay apart.
#include <catch2/catch.hpp>

#include <string>

#include "tests/check/check_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

int SubjectOn(const std::vector<Finding>& all, const std::string& text) {
  int n = 0;
  for (const Finding& f : Said(all, "subject_conflict")) n += !f.claims.empty() && f.claims[0]->text == text;
  return n;
}

// Marks every document and figure of `in` as written in `lang`, with the
// head lemma the frame stage reads (the fixture's guess takes the last
// word and cuts an "s": "boxe", "impuesta").
void SetLangAndHead(CheckInput* in, const std::string& lang, const std::string& doc, const std::string& head) {
  for (StoredDocument& d : in->documents) d.lang = lang;
  for (Figure& f : in->figures) {
    f.lang = lang;
    if (f.doc == doc) f.frame.subject_head = head;
  }
}

// A source and an article giving one share of one base, each naming the
// base by its own word.
int RunShare(const std::string& lang, const std::string& source_sentence, const std::string& source_subject,
             const std::string& source_head, const std::string& article_sentence, const std::string& article_subject,
             const std::string& article_head, const std::string& text, double value) {
  CheckInput in;
  DocBuilder r("port-statement.txt", "source", "Harbour Authority");
  r.Add({source_sentence, text, Kind::kPercent, value, Qualifier::kExact, source_subject});
  r.AddTo(&in);
  DocBuilder a("shipping-blog.md", "article");
  a.Add({article_sentence, text, Kind::kPercent, value, Qualifier::kExact, article_subject});
  a.AddTo(&in);
  SetLangAndHead(&in, lang, "port-statement.txt", source_head);
  SetLangAndHead(&in, lang, "shipping-blog.md", article_head);
  auto all = RunCheck(in);
  INFO(Dump(all));
  return SubjectOn(all, text);
}

// A source and an article giving one count.
int RunCount(const std::string& source_sentence, const std::string& source_subject,
             const std::string& article_sentence, const std::string& article_subject, const std::string& text,
             double value) {
  CheckInput in;
  DocBuilder r("trial-release.txt", "source", "Corran Vaccines");
  r.Add({source_sentence, text, Kind::kCount, value, Qualifier::kExact, source_subject});
  r.AddTo(&in);
  DocBuilder a("health-column.md", "article");
  a.Add({article_sentence, text, Kind::kCount, value, Qualifier::kExact, article_subject});
  a.AddTo(&in);
  auto all = RunCheck(in);
  INFO(Dump(all));
  return SubjectOn(all, text);
}

}  // namespace

TEST_CASE("subject: shipping's boxes are its containers") {
  CHECK(RunShare("en", "Empty containers made up 27% of all movements at the terminal in the third quarter.",
                 "empty containers", "container", "Some 27% of the boxes moving through the terminal were empty.",
                 "boxes", "box", "27%", 27) == 0);
  // Two different counts stay apart: applicants are not applications.
  CHECK(RunCount("The council received 1,604 applications for allotment plots this year.", "applications",
                 "Some 1,604 applicants are waiting for an allotment plot, the column says.", "applicants", "1,604",
                 1604) > 0);
}

TEST_CASE("subject: una multa es la sanción impuesta; los pisos son viviendas") {
  CHECK(RunShare("es", "El 64 % de las multas impuestas en la zona de bajas emisiones fueron a vehículos de reparto.",
                 "multas impuestas", "multa", "El 64 % de las sanciones recayó en furgonetas de reparto.", "sanciones",
                 "sanción", "64 %", 64) == 0);
  CHECK(RunShare("es", "El 37 % de las viviendas protegidas entregadas están en el distrito norte.",
                 "viviendas protegidas", "vivienda", "El 37 % de los pisos protegidos se levantan en el norte.",
                 "pisos protegidos", "piso", "37 %", 37) == 0);
  // Solicitudes y solicitantes siguen siendo dos recuentos.
  CHECK(RunShare("es", "El 52 % de las solicitudes de ayuda fueron aprobadas en el primer plazo.", "solicitudes",
                 "solicitud", "El 52 % de los solicitantes recibió la ayuda en el primer plazo.", "solicitantes",
                 "solicitante", "52 %", 52) > 0);
}

TEST_CASE("subject: an article's people for a source's class of people, on one count") {
  CHECK(RunCount("The trial enrolled 2,950 participants at 40 sites.", "participants",
                 "The trial enrolled 2,950 people at 40 sites, the column says.", "people", "2,950", 2950) == 0);
  // A source's people narrowed by the article to a class is the misreport.
  CHECK(RunCount("Monitors counted 1,240 people crossing the line in the week.", "people",
                 "Monitors counted 1,240 suspected fighters crossing the line in the week.", "suspected fighters",
                 "1,240", 1240) > 0);
}
