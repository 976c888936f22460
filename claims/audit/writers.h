// File writers behind WriteAuditSheet.
#ifndef CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_
#define CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_

#include <string>

#include "claimcheck/audit.h"
#include "claimcheck/status.h"

namespace claimcheck::audit_internal {

// Writes the workbook at `path` (which WriteAuditSheet then renames).
Status WriteXlsx(const AuditSheet& sheet, const std::string& path);

}  // namespace claimcheck::audit_internal

#endif  // CLAIMCHECK_CLAIMS_AUDIT_WRITERS_H_
