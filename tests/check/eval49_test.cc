// Kinds of false alarm the eval49 blind set (luthiers, farriers) met, opened
// for development: the texts below, written for these tests in the set's
// styles, are read, extracted and checked as sources and articles. Each
// English case failed before its fix; the Spanish one holds the same rule in
// the other language.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("supported: a change worked out from a source level and its earlier value") {
  // eval49: "167 apprentices at the end of the year, 14 fewer than the year
  // before" against the survey's "167 apprentices ..., down from 181 a year
  // earlier" was supported by nothing, then set against another article's
  // "trained 12 apprentices over his career" as a disagreement.
  const std::string survey =
      "GUILD OF BELL FOUNDERS\nAnnual survey 2025\nPublished: 12 February 2026\n\n"
      "There were 243 apprentices in training at the end of 2025, down from 262 a year earlier.\n\n"
      "Member foundries cast 1,180 bells in 2025.\n";
  auto run = CheckDocs({{"survey.txt", "source", survey},
                        {"blog.md", "article",
                         "# Notes from the foundry\n14 February 2026\n\nThe Guild of Bell Founders counts 243 "
                         "apprentices at the end of the year, 19 fewer than the year before.\n"},
                        {"story.txt", "article",
                         "Foundry Weekly\n15 February 2026\n\n\"It is hard work,\" said Tom Hale, who has trained "
                         "17 apprentices over his career, according to the Guild of Bell Founders.\n"}});
  INFO(Dump(*run));
  // Supported: no finding, not even an unsupported one at info.
  CHECK(Said(*run, "unsupported", "19") == 0);
  CHECK(Flagged(*run, "", "19") == 0);
  CHECK(Flagged(*run, "", "17 apprentices") == 0);
  // A difference the levels do not give is no support.
  auto wrong = CheckDocs({{"survey.txt", "source", survey},
                          {"blog.md", "article",
                           "# Notes from the foundry\n14 February 2026\n\nThe Guild of Bell Founders counts 243 "
                           "apprentices at the end of the year, 29 fewer than the year before.\n"}});
  INFO(Dump(*wrong));
  CHECK(Said(*wrong, "unsupported", "29") == 1);

  auto es = CheckDocs({{"censo.txt", "source",
                        "GREMIO DE CAMPANEROS\nCenso anual 2025\nPublicado el 12 de febrero de 2026\n\n"
                        "Había 243 aprendices en formación a finales de 2025, frente a 262 un año antes.\n"},
                       {"blog.md", "article",
                        "# Desde la fundición\n14 de febrero de 2026\n\nEl Gremio de Campaneros cuenta 243 "
                        "aprendices a finales de año, 19 menos que el año anterior.\n"}},
                      "es");
  INFO(Dump(*es));
  CHECK(Said(*es, "unsupported", "19") == 0);
  CHECK(Flagged(*es, "", "19") == 0);
}
