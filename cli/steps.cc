// The step a command is in, kept so that running out of memory anywhere ends
// in one line that says where (issue 15): "out of memory while extracting
// the figures of big.txt". Per thread: a worker's steps are its own.
#include <exception>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace claimcheck::cli {
namespace {
thread_local std::vector<std::string> steps;
}  // namespace

Step::Step(std::string what) : depth_(steps.size()), unwinding_(std::uncaught_exceptions()) {
  steps.push_back(std::move(what));
}

Step::~Step() {
  // Unwinding past this step: it stays, so the handler that catches the
  // exception can still name it (TakeFailedStep clears it there).
  if (std::uncaught_exceptions() > unwinding_) return;
  if (steps.size() > depth_) steps.resize(depth_);
}

size_t StepDepth() { return steps.size(); }

std::string TakeFailedStep(size_t depth) {
  std::string what = steps.size() > depth ? steps.back() : std::string();
  if (steps.size() > depth) steps.resize(depth);
  return what;
}

std::string OutOfMemoryReason(const std::exception& e, size_t depth) {
  std::string step = TakeFailedStep(depth);
  // std::length_error is what a container throws for a size past max_size():
  // in practice a huge allocation, so the same reason as bad_alloc.
  std::string line = "out of memory while " + (step.empty() ? std::string("working") : step);
  if (dynamic_cast<const std::length_error*>(&e)) line += " (an allocation too large to make)";
  return line;
}

}  // namespace claimcheck::cli
