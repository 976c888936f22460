// Kinds of false alarm a new user's trial (trial61) met, end to end: the
// texts below (written for these tests) are read, extracted and checked as
// sources and articles. Each case failed before its fix.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("value: two single digits are no slip of each other, so no correction from another place") {
  // trial61: "casi un 5 por ciento más" of Madrid's fair (5,1 %) was set
  // against Seville's "3 por ciento menos" and told to read 3 por ciento: a
  // one-digit "substitution" made the other fair's figure look copied.
  auto es = CheckPair(
      "Balance de las Ferias del Libro 2025\nFederación de Gremios de Editores\nMadrid, 20 de junio de 2025\n\n"
      "La Feria del Libro de Madrid recibió 1.450.000 visitantes, lo que supone un aumento del 5,1 por ciento. "
      "La Feria del Libro de Sevilla contabilizó 210.000 visitantes, un 3 por ciento menos que el año anterior.\n",
      "Blog de Libros\n22 de junio de 2025\n\n"
      "Madrid volvió a llenar el Retiro: 1,45 millones de visitantes, casi un 5 por ciento más que el año "
      "anterior.\n",
      "es");
  INFO(Dump(*es));
  CHECK(Dump(*es).find("suggestion: 3 por ciento") == std::string::npos);
  // (Set against Madrid's own 5,1 %, "casi un 5" may draw a note of the
  // hedge's side; the correction, if any, is Madrid's figure.)
}
