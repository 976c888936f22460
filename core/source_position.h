// "path:line:column" for a message about a place in a rules file: the one
// spelling of a position that every rules reader (extract/ and claims/) and
// `rules check` put before their reason, so an editor's error line always
// reads the same and points where a text editor would.
//
// yaml-cpp counts lines and columns from 0 and gives -1 where it has no
// mark (an empty document); both become 1-based here, a missing one 1.
#ifndef CLAIMCHECK_CORE_SOURCE_POSITION_H_
#define CLAIMCHECK_CORE_SOURCE_POSITION_H_

#include <string>

namespace claimcheck {

// path + ":" + (line0 + 1) + ":" + (column0 + 1), each at least 1.
inline std::string SourcePosition(const std::string& path, int line0, int column0) {
  int line = line0 >= 0 ? line0 + 1 : 1;
  int column = column0 >= 0 ? column0 + 1 : 1;
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_SOURCE_POSITION_H_
