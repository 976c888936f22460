# Writes OUT, a C++ file whose Migrations() returns every schema/migrations/NNNN_*.sql
# byte for byte, so the binary carries its migrations and the .sql files stay their
# only copy. Run by the build (CMakeLists.txt, cc_store) whenever a migration changes:
#   cmake -DMIGRATIONS=<dir> -DOUT=<file> -P schema/embed_sql.cmake
file(GLOB files LIST_DIRECTORIES false "${MIGRATIONS}/[0-9][0-9][0-9][0-9]_*.sql")
list(SORT files)
set(body "")
foreach(f ${files})
  get_filename_component(name "${f}" NAME_WE)
  string(SUBSTRING "${name}" 0 4 digits)
  math(EXPR version "${digits}")
  file(READ "${f}" sql)
  # The raw-string delimiter must not occur in the text it wraps.
  string(FIND "${sql}" ")sql\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f}: contains the raw-string delimiter )sql\"")
  endif()
  string(APPEND body "      {${version}, \"${name}\", R\"sql(${sql})sql\"},\n")
endforeach()
set(text "// GENERATED at build time by schema/embed_sql.cmake from schema/migrations/*.sql.
#include \"claims/store/schema_sql.h\"

namespace claimcheck {

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
${body}  };
  return kMigrations;
}

}  // namespace claimcheck
")
# Rewrite only when the text changes, so an unchanged schema recompiles nothing.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL text)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${text}")
