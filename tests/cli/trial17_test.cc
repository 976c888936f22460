// What a new user met in trial17, each as the kind it stands for, end to
// end (ingest, check, audit, docs). The documents are written here, in this
// test's own words.
//  - Nearest passages of an unsupported figure come from the documents the
//    article cites, in `check` as in `audit` (not from an unrelated report
//    in another language).
//  - One wrong date in a sentence is one finding, not one per figure.
//  - Periods are written as a desk writes them ("2025-26", "June 2026").
//  - A rate's denominators are the texts' own words ("al año"), not "per año".
//  - A document does not cite a notice published after it (`docs`).
//  - The same number in the same role, counted as the times something
//    happened or as the events, as people or as a class of people, is no
//    subject conflict.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "tests/cli/run_binary.h"

using cctest::Claimcheck;
using cctest::Run;

namespace {

bool Has(const std::string& out, const std::string& what) { return out.find(what) != std::string::npos; }

size_t Count(const std::string& out, const std::string& what) {
  size_t n = 0;
  for (size_t at = out.find(what); at != std::string::npos; at = out.find(what, at + 1)) ++n;
  return n;
}

struct Store {
  std::string dir, db;
};

// Writes `files` (name, text) and ingests them in order with their roles.
Store Ingest(const char* tag, const std::vector<std::tuple<std::string, std::string, std::string>>& files) {
  Store s{cctest::TempDir(tag), ""};
  s.db = s.dir + "/c.db";
  for (const auto& [name, role, text] : files) {
    cctest::WriteFile(s.dir + "/" + name, text);
    const std::string r = role.empty() ? "" : "--role " + role + " ";
    REQUIRE(Claimcheck("ingest " + r + "--db " + s.db + " " + s.dir + "/" + name).status == 0);
  }
  return s;
}

const char kAudiology[] =
    "title: Audiology Services Statistics 2025-26\npublisher: Kelland Department of Health\ndate: 2026-08-03\n\n"
    "Audiology Services Statistics 2025-26\n\n"
    "Clinics fitted 204,600 hearing aids in 2025-26.\n\n"
    "The median wait from referral to fitting was 15 weeks in July 2026.\n\n"
    "In July 2026, 41.2% of patients had waited longer than 18 weeks for a fitting.\n";

}  // namespace

TEST_CASE("trial17: the nearest passage of an unsupported figure is in what the article cites") {
  Store s = Ingest("t17_nearest",
                   {{"audiology.txt", "source", kAudiology},
                    {"parcelas.txt", "source",
                     "title: Memoria de parcelas 2026\npublisher: Ayuntamiento de Villanúa\ndate: 2026-04-02\n\n"
                     "Memoria de parcelas 2026\n\n"
                     "La espera para recibir una parcela fue de 5 meses de media.\n\n"
                     "Hay 412 personas en lista de espera desde hace más de 5 meses.\n"},
                    {"story.txt", "article",
                     "title: Hearing aid waits\npublisher: Kelland Post\ndate: 2026-08-10\n\n"
                     "Hearing aid waits\n\n"
                     "Patients wait five months for a hearing aid, figures from the Kelland Department of Health "
                     "show.\n"}});
  Run c = Claimcheck("check --db " + s.db);
  INFO(c.out);
  CHECK(Has(c.out, "unsupported"));
  CHECK(Has(c.out, "credits five months to audiology.txt"));
  // Before: "The nearest passage, in parcelas.txt paragraph 2, gives 5 meses".
  CHECK_FALSE(Has(c.out, "parcelas.txt"));
  Run a = Claimcheck("audit " + s.dir + "/story.txt --db " + s.db + " --format md -o " + s.dir + "/sheet.md");
  INFO(a.err);
  CHECK_FALSE(Has(cctest::Slurp(s.dir + "/sheet.md"), "parcelas.txt"));
}

TEST_CASE("trial17: one wrong month in a sentence is one finding, written as the desk writes it") {
  Store s = Ingest("t17_month", {{"audiology.txt", "source", kAudiology},
                                 {"story.txt", "article",
                                  "title: Waits\npublisher: Kelland Post\ndate: 2026-08-10\n\nWaits\n\n"
                                  "In April 2026, 41.2% of patients had waited longer than 18 weeks, the Department's "
                                  "figures show.\n"}});
  Run c = Claimcheck("check --db " + s.db);
  INFO(c.out);
  CHECK(Count(c.out, "warning  period_conflict") == 1);
  CHECK(Has(c.out, "July 2026"));
  CHECK_FALSE(Has(c.out, "2026-07"));
  CHECK_FALSE(Has(c.out, "2026-04"));
  CHECK(Has(c.out, "(The same date as"));
}

TEST_CASE("trial17: a financial year in a suggestion is the desk's 2025-26") {
  Store s = Ingest("t17_year",
                   {{"stats.txt", "source",
                     "title: Fire statistics\npublisher: Ashdown Fire and Rescue Authority\ndate: 2026-05-12\n\n"
                     "Fire statistics\n\n"
                     "Accidental dwelling fires fell to 588 in 2025-26 from 640 in 2024-25.\n"},
                    {"story.txt", "article",
                     "title: Fires\npublisher: Ashdown Herald\ndate: 2026-05-20\n\nFires\n\n"
                     "Accidental dwelling fires fell to 588 in 2024-25, the Authority said.\n"}});
  Run c = Claimcheck("check --db " + s.db);
  INFO(c.out);
  CHECK(Has(c.out, "period_conflict"));
  CHECK(Has(c.out, "for 2025-26"));
  CHECK_FALSE(Has(c.out, "2025-04/2026-03"));
}

TEST_CASE("trial17: a rate's denominators are quoted in the text's own words") {
  Store s = Ingest("t17_rate",
                   {{"obs.txt", "source",
                     "title: Informe del calzado 2025\npublisher: Observatorio del Calzado de Torrelba\ndate: "
                     "2026-03-10\n\nInforme del calzado 2025\n\n"
                     "Las ventas al exterior fueron de 318 millones de euros al mes de media.\n"},
                    {"story.txt", "article",
                     "title: Calzado\npublisher: Diario de Torrelba\ndate: 2026-03-15\n\nCalzado\n\n"
                     "El sector vende fuera unos 318 millones de euros al año, según el Observatorio del Calzado "
                     "de Torrelba.\n"}});
  Run c = Claimcheck("check --db " + s.db);
  INFO(c.out);
  CHECK(Has(c.out, "rate_conflict"));
  CHECK(Has(c.out, "al año"));
  CHECK(Has(c.out, "al mes"));
  CHECK_FALSE(Has(c.out, "per año"));
  CHECK_FALSE(Has(c.out, "per mes"));
}

TEST_CASE("trial17: a document does not cite a notice published after it") {
  Store s = Ingest(
      "t17_dates",
      {{"stats.txt", "",
        "title: Fire statistics\npublisher: Ashdown Fire and Rescue Authority\ndate: 2026-05-12\n\nFire "
        "statistics\n\nThe service attended 9,412 incidents in 2025-26.\n\nAccidental dwelling fires fell to 588 in "
        "2025-26.\n"},
       {"notice.txt", "",
        "title: Revision notice\npublisher: Ashdown Fire and Rescue Authority\ndate: 2026-06-02\n\nRevision "
        "notice\n\nThe number of accidental dwelling fires in 2025-26 has been revised to 603 (previously 588).\n"},
       {"early.txt", "",
        "title: Busy year\npublisher: Ashdown Herald\ndate: 2026-05-16\n\nBusy year\n\nFirefighters attended 9,412 "
        "incidents in 2025-26, the Ashdown Fire and Rescue Authority said.\n"}});
  Run d = Claimcheck("docs --format jsonl --db " + s.db);
  INFO(d.out);
  std::string early;
  for (size_t at = 0; at < d.out.size();) {
    size_t nl = d.out.find('\n', at);
    std::string line = d.out.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    if (Has(line, "early.txt\"") && Has(line, "\"cites\"")) early = line.substr(line.find("\"cites\""));
    at = nl == std::string::npos ? d.out.size() : nl + 1;
  }
  INFO(early);
  CHECK(Has(early, "stats.txt"));
  CHECK_FALSE(Has(early, "notice.txt"));
}

TEST_CASE("trial17: times and incidents, people and a class of people, are one count") {
  Store s = Ingest(
      "t17_kinds",
      {{"stats.txt", "source",
        "title: Annual review\npublisher: Ashdown Fire and Rescue Authority\ndate: 2026-05-12\n\nAnnual review\n\n"
        "The service attended 9,412 incidents in 2025-26.\n\nThe museum had 1,187,400 visitors in 2025.\n"},
       {"story.txt", "article",
        "title: Busy\npublisher: Ashdown Herald\ndate: 2026-05-20\n\nBusy\n\n"
        "Firefighters were called out 9,412 times in the year to March 2026, according to the Ashdown Fire and "
        "Rescue Authority.\n\n"
        "More than 1.1 million people went to the museum in 2025, the Authority said.\n"}});
  Run c = Claimcheck("check --db " + s.db);
  INFO(c.out);
  CHECK_FALSE(Has(c.out, "subject_conflict"));
  Store e = Ingest("t17_kinds_es",
                   {{"obs.txt", "source",
                     "title: Informe del calzado 2025\npublisher: Observatorio del Calzado de Torrelba\ndate: "
                     "2026-03-10\n\nInforme del calzado 2025\n\n"
                     "El sector empleaba a 14.860 trabajadores al cierre de 2025.\n"},
                    {"story.txt", "article",
                     "title: Calzado\npublisher: Diario de Torrelba\ndate: 2026-03-15\n\nCalzado\n\n"
                     "En total, cerca de 15.000 personas trabajan en el calzado, según el Observatorio.\n"}});
  Run ce = Claimcheck("check --db " + e.db);
  INFO(ce.out);
  CHECK_FALSE(Has(ce.out, "subject_conflict"));
}
