// PLACEHOLDER until the audit sheet lands.
namespace claimcheck {}
