// claimcheck text [--sentences] FILE: the extracted plain text that offsets refer to.
#include <cstdio>

#include "claimcheck/document.h"
#include "claimcheck/extract.h"
#include "claimcheck/segment.h"
#include "cli/commands.h"

namespace claimcheck::cli {
namespace {
struct TextArgs {
  std::string file;
  bool sentences = false;
  bool blocks = false;
  std::string lang = "auto";
  ReadOptions read;
};

int RunText(const TextArgs& a) {
  const ReadOptions& opts = a.read;
  Document doc;
  Status s;
  if (a.file == "-") {
    std::string bytes;
    s = ReadStdin(opts.max_bytes, &bytes);
    if (s.ok()) s = ParseDocument(bytes, "-", opts, &doc);
  } else {
    s = ReadDocument(a.file, opts, &doc);
  }
  if (!s.ok()) return ReportError(s);
  if (a.blocks) {
    // One block a line: index, kind, page, offsets, then the text.
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const Block& b = doc.blocks[i];
      std::string t = doc.text.substr(b.start, b.end - b.start);
      for (char& c : t) if (c == '\n') c = ' ';
      std::printf("%zu\t%s\t%d\t%zu\t%zu\t%s\n", i + 1, BlockKindName(b.kind), b.page, b.start,
                  b.end, t.c_str());
    }
  } else if (a.sentences) {
    Extractor probe("");
    std::string lang = probe.ResolveLanguage(doc, a.lang);
    // Paragraph, offsets, then the sentence on one line.
    for (const Sentence& sent : SegmentSentences(doc, lang)) {
      std::string t = doc.text.substr(sent.start, sent.end - sent.start);
      for (char& c : t) if (c == '\n' || c == '\t') c = ' ';
      std::printf("%d\t%zu\t%zu\t%s\n", sent.block + 1, sent.start, sent.end, t.c_str());
    }
  } else {
    std::fwrite(doc.text.data(), 1, doc.text.size(), stdout);
    if (!doc.text.empty() && doc.text.back() != '\n') std::fputc('\n', stdout);
  }
  return kExitOk;
}
}  // namespace

void AddTextCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TextArgs>();
  CLI::App* cmd = app.add_subcommand(
      "text", "Print a document's extracted plain text (the text all offsets refer to)");
  cmd->add_option("file", args->file, "Document (HTML, PDF, text, Markdown) or - for stdin")->required();
  cmd->add_flag("--sentences", args->sentences,
                "One sentence a line: paragraph, start, end (UTF-8 byte offsets), sentence");
  cmd->add_flag("--blocks", args->blocks, "One text block a line: index, kind, page, start, end, text");
  cmd->add_option("--lang", args->lang, "Language for sentence rules: en, es, auto");
  AddReadLimitOptions(cmd, &args->read);
  cmd->callback([args, exit_code] { *exit_code = RunText(*args); });
}

}  // namespace claimcheck::cli
