// Kinds the eval51 blind set met when it was opened, in texts written for
// these tests in that set's styles, read, extracted and checked as sources
// and articles. Each case failed before its fix on the session's start
// binary (0ac34e29); the quiet counterparts hold what must not change.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("subset: a part set after its whole and told as the whole") {
  // eval51: "Member cooperages employed 412 people in total ..., of whom
  // 318 were full-time craftspeople" told as "its members now employ 318
  // people" passed as supported.
  const std::string survey =
      "NORTHERN SADDLERS FEDERATION\nAnnual Survey 2025\nPublished: 12 February 2026\n\n"
      "Member saddleries employed 530 people at the end of the year, of whom 347 were full-time "
      "leatherworkers.\n";
  auto run = CheckPair(survey,
                       "Herald\n20 February 2026\n\nThe Northern Saddlers Federation said its members now employ "
                       "347 people.\n");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "347") == 1);
  // The part told with its own words stays quiet.
  auto kept = CheckPair(survey,
                        "Herald\n20 February 2026\n\nOf the 530 people working in member saddleries, 347 are "
                        "full-time leatherworkers, the Federation said.\n");
  INFO(Dump(*kept));
  CHECK(Said(*kept, "subset_conflict", "347") == 0);
  // A bound that the part's count meets is no copy of that count.
  auto bound = CheckPair(survey,
                         "Herald\n20 February 2026\n\nMore than 300 people work for member saddleries, the "
                         "Federation said.\n");
  INFO(Dump(*bound));
  CHECK(Flagged(*bound, "subset_conflict", "More than 300") == 0);
}

TEST_CASE("subset: a whole told with the words of the part set after it") {
  // eval51: "El sector daba empleo a 1.020 personas, de las cuales 640
  // trabajaban a tiempo completo" told as "1.020 empleados a tiempo
  // completo" passed as supported.
  const std::string boletin =
      "FEDERACIÓN DE GUARNICIONEROS\nBoletín anual 2025\n12 de febrero de 2026\n\n"
      "El sector daba empleo a 1.380 personas, de las cuales 910 trabajaban a tiempo completo.\n";
  auto run = CheckPair(boletin,
                       "Diario\n20 de febrero de 2026\n\nSegún la Federación de Guarnicioneros, el oficio da trabajo "
                       "a 1.380 empleados a tiempo completo.\n",
                       "es");
  INFO(Dump(*run));
  CHECK(Flagged(*run, "subset_conflict", "1.380") == 1);
  // The whole said as the whole, and the part with its words, stay quiet.
  auto quiet = CheckPair(boletin,
                         "Diario\n20 de febrero de 2026\n\nSegún la Federación de Guarnicioneros, el sector emplea a "
                         "1.380 personas, y 910 trabajan a jornada completa.\n",
                         "es");
  INFO(Dump(*quiet));
  CHECK(Said(*quiet, "subset_conflict", "1.380") == 0);
  CHECK(Said(*quiet, "subset_conflict", "910") == 0);
  // The whole stated as what a share is of keeps the part apart (trial120).
  auto of = CheckPair("FEDERATION OF SADDLERS\nQuarterly statement\n9 October 2026\n\nThe group employed 14,350 "
                      "colleagues at the end of the quarter, of whom 6,120 worked full-time.\n",
                      "Blog\n20 October 2026\n\nRoughly two in five of its 14,350 employees work full-time, the "
                      "Federation of Saddlers said.\n");
  INFO(Dump(*of));
  CHECK(Said(*of, "subset_conflict", "14,350") == 0);
}
