// Hostile documents through the binary (issue 8): each gives a clear
// one-line error with exit status 2, or a bounded, correct result; none
// crashes, reads a local file it was not given, or fetches anything.
#include <unistd.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <string>

#include "tests/cli/run_binary.h"

namespace {

using cctest::Claimcheck;
using cctest::Run;

// The error contract: exit 2, one line on stderr, naming the file.
void ExpectOneLineError(const Run& r, const std::string& file, const std::string& reason) {
  INFO("stderr: " << r.err);
  CHECK(r.status == 2);
  CHECK(r.err.find(file) != std::string::npos);
  CHECK(r.err.find(reason) != std::string::npos);
  CHECK(r.err.find('\n') == r.err.size() - 1);
}

// A PDF assembled from object bodies, with a correct cross-reference table.
std::string Pdf(const std::vector<std::string>& objects, const std::string& trailer_extra = "") {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
         trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string Deflate(const std::string& raw) {
  uLongf n = compressBound(raw.size());
  std::string out(n, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(out.data()), &n,
                    reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 9) == Z_OK);
  out.resize(n);
  return out;
}

}  // namespace

TEST_CASE("hostile text files give one-line errors", "[robust]") {
  const std::string dir = cctest::TempDir("hostile");
  cctest::WriteFile(dir + "/invalid.txt", "Turnout was 43 percent \xff\xfe in 2018.\n");
  cctest::WriteFile(dir + "/overlong.txt", "A slash \xC0\xAF and 12 people.\n");
  cctest::WriteFile(dir + "/surrogate.txt", "Half \xED\xA0\x80 of 40 voters.\n");
  static constexpr char kNul[] = "Budget of $3 million\0\0\0 more";
  cctest::WriteFile(dir + "/nul.txt", std::string(kNul, sizeof kNul - 1));
  cctest::WriteFile(dir + "/empty.txt", "");
  std::filesystem::create_directories(dir + "/report.pdf");

  ExpectOneLineError(Claimcheck("extract " + dir + "/invalid.txt"), "invalid.txt", "UTF-8");
  ExpectOneLineError(Claimcheck("extract " + dir + "/overlong.txt"), "overlong.txt", "UTF-8");
  ExpectOneLineError(Claimcheck("extract " + dir + "/surrogate.txt"), "surrogate.txt", "UTF-8");
  ExpectOneLineError(Claimcheck("extract " + dir + "/nul.txt"), "nul.txt", "binary");
  ExpectOneLineError(Claimcheck("extract " + dir + "/empty.txt"), "empty.txt", "empty");
  ExpectOneLineError(Claimcheck("extract " + dir + "/report.pdf"), "report.pdf", "directory");
  ExpectOneLineError(Claimcheck("extract " + dir + "/vanished.txt"), "vanished.txt", "No such file");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a text file larger than the limit is refused before extraction", "[robust]") {
  const std::string dir = cctest::TempDir("huge");
  // 200 MB on one line; the default text limit is 64 MiB.
  {
    std::ofstream out(dir + "/huge.txt", std::ios::binary);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 200; ++i) out << chunk;
  }
  Run r = Claimcheck("extract " + dir + "/huge.txt");
  ExpectOneLineError(r, "huge.txt", "200.0 MiB of text, more than the limit of 64.0 MiB (--max-text-mb)");
  std::filesystem::remove_all(dir);
}

TEST_CASE("deeply nested HTML is read without blowing the stack", "[robust]") {
  const std::string dir = cctest::TempDir("nested");
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Officials counted 4,645 ballots.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  cctest::WriteFile(dir + "/nested.html", html);
  Run r = Claimcheck("extract --format jsonl " + dir + "/nested.html");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\"value\":4645") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("entity expansion and external entities are never resolved", "[robust]") {
  const std::string dir = cctest::TempDir("xxe");
  cctest::WriteFile(dir + "/secret.txt", "SECRET-TOKEN-4242\n");
  std::string laughs =
      "<!DOCTYPE html [<!ENTITY lol \"lol\">"
      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
      "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
      "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
      "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
      "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
      "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
      "<html><body><p>The council has 12 members. &lol9;</p></body></html>";
  cctest::WriteFile(dir + "/laughs.html", laughs);
  cctest::WriteFile(dir + "/xxe.html",
                    "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + dir +
                        "/secret.txt\">]><html><body><p>Turnout was 61 percent. &xxe;</p>"
                        "<img src=\"file://" + dir + "/secret.txt\"></body></html>");
  Run lol = Claimcheck("text " + dir + "/laughs.html");
  CHECK((lol.status == 0 || lol.status == 2));
  CHECK(lol.out.size() < 100000);  // bounded: the billion "lol"s never appear
  Run xxe = Claimcheck("text " + dir + "/xxe.html");
  CHECK((xxe.status == 0 || xxe.status == 2));
  CHECK(xxe.out.find("SECRET-TOKEN") == std::string::npos);
  CHECK(xxe.err.find("SECRET-TOKEN") == std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("hostile PDFs: truncated, encrypted, page bomb, stream bomb", "[robust]") {
  const std::string dir = cctest::TempDir("pdf");
  const std::string content = "BT /F1 12 Tf 72 720 Td (Officials counted 4,645 ballots.) Tj ET";
  const std::string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  std::string good = Pdf({"<< /Type /Catalog /Pages 2 0 R >>",
                          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                          "/Resources << /Font << /F1 5 0 R >> >> >>",
                          "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" +
                              content + "\nendstream",
                          font});
  cctest::WriteFile(dir + "/good.pdf", good);
  Run ok = Claimcheck("extract --format jsonl " + dir + "/good.pdf");
  INFO(ok.err);
  REQUIRE(ok.status == 0);
  CHECK(ok.out.find("\"value\":4645") != std::string::npos);

  cctest::WriteFile(dir + "/truncated.pdf", good.substr(0, good.size() / 3));
  Run t = Claimcheck("extract " + dir + "/truncated.pdf");
  CHECK(t.status == 2);
  CHECK(t.err.find("truncated.pdf") != std::string::npos);

  // An /Encrypt dictionary whose user password is not empty: poppler keeps
  // the document locked, and we must say so rather than print nothing.
  std::string enc = Pdf({"<< /Type /Catalog /Pages 2 0 R >>",
                         "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                         "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + std::string(64, 'A') +
                             "> /U <" + std::string(64, 'B') + "> >>"},
                        "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                        "<0123456789ABCDEF0123456789ABCDEF>]");
  cctest::WriteFile(dir + "/encrypted.pdf", enc);
  Run e = Claimcheck("extract " + dir + "/encrypted.pdf");
  CHECK(e.status == 2);
  CHECK(e.err.find("encrypted.pdf") != std::string::npos);

  // 200,000 pages claimed (one page object referenced over and over).
  std::string kids;
  for (int i = 0; i < 200000; ++i) kids += "3 0 R ";
  std::string pages = Pdf({"<< /Type /Catalog /Pages 2 0 R >>",
                           "<< /Type /Pages /Kids [" + kids + "] /Count 200000 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"});
  cctest::WriteFile(dir + "/pages.pdf", pages);
  Run p = Claimcheck("extract " + dir + "/pages.pdf");
  CHECK(p.status == 2);
  CHECK(p.err.find("pages.pdf") != std::string::npos);

  // 300 MB of white space behind a 300 KB Flate stream, then one sentence.
  std::string bomb_raw(300u << 20, ' ');
  bomb_raw += content;
  std::string packed = Deflate(bomb_raw);
  bomb_raw.clear();
  bomb_raw.shrink_to_fit();
  std::string bomb = Pdf({"<< /Type /Catalog /Pages 2 0 R >>",
                          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                          "/Resources << /Font << /F1 5 0 R >> >> >>",
                          "<< /Length " + std::to_string(packed.size()) +
                              " /Filter /FlateDecode >>\nstream\n" + packed + "\nendstream",
                          font});
  cctest::WriteFile(dir + "/bomb.pdf", bomb);
  Run b = Claimcheck("extract --format jsonl " + dir + "/bomb.pdf");
  // Bounded and correct: either the sentence is read or the file is refused.
  INFO(b.err);
  CHECK((b.status == 0 || b.status == 2));
  if (b.status == 0) CHECK(b.out.find("\"value\":4645") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("an unreadable file gives a permission error", "[robust]") {
  const std::string dir = cctest::TempDir("perm");
  cctest::WriteFile(dir + "/locked.txt", "The fund holds $4 billion.\n");
  std::filesystem::permissions(dir + "/locked.txt", std::filesystem::perms::none);
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all |
                                        std::filesystem::perms::group_exec |
                                        std::filesystem::perms::others_exec);
  // Root reads anything, so as root the check runs as the unprivileged
  // 'nobody' user; otherwise as ourselves. A copy of the binary in the test
  // folder keeps the check independent of where the build tree lives.
  std::filesystem::copy_file(CLAIMCHECK_BIN, dir + "/claimcheck");
  std::string prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  const std::string cmd = prefix + dir + "/claimcheck extract " + dir +
                          "/locked.txt 2>" + dir + "/err >/dev/null";
  int rc = std::system(cmd.c_str());
  std::string err = cctest::Slurp(dir + "/err");
  INFO(err);
  CHECK(WEXITSTATUS(rc) == 2);
  CHECK(err.find("locked.txt") != std::string::npos);
  CHECK(err.find("Permission denied") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the reader's limits are options", "[robust]") {
  const std::string dir = cctest::TempDir("limits");
  std::string text;
  while (text.size() < (2u << 20)) text += "The council approved 12 new schools in 2018.\n";
  cctest::WriteFile(dir + "/two-mib.txt", text);
  ExpectOneLineError(Claimcheck("extract --max-text-mb 1 " + dir + "/two-mib.txt"), "two-mib.txt",
                     "2.0 MiB of text, more than the limit of 1.0 MiB (--max-text-mb)");
  ExpectOneLineError(Claimcheck("extract --max-file-mb 1 " + dir + "/two-mib.txt"), "two-mib.txt",
                     "too large");
  Run ok = Claimcheck("extract --max-text-mb 3 " + dir + "/two-mib.txt");
  CHECK(ok.status == 0);
  // The corpus report has three pages.
  const std::string pdf = "corpus/documents/unsafe-at-the-fountain.pdf";
  ExpectOneLineError(Claimcheck("text --max-pdf-pages 2 " + pdf), "unsafe-at-the-fountain.pdf",
                     "pages");
  CHECK(Claimcheck("text --max-pdf-pages 3 " + pdf).status == 0);
  Run bad = Claimcheck("ingest --db " + dir + "/x.db --max-pdf-pages 0 " + pdf);
  CHECK(bad.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/x.db"));
  std::filesystem::remove_all(dir);
}

// Schema version 5: a comparing multiplier's measure `ratio` is stored (version
// 3's CHECK allowed only level, change and rate, so such a document failed).
TEST_CASE("ingest stores a figure whose measure is ratio", "[cli][schema]") {
  const std::string dir = cctest::TempDir("ratio");
  cctest::WriteFile(dir + "/survey.txt",
                    "Smokers were three times as likely as non-smokers to be admitted, the survey found.\n");
  cctest::Run r = cctest::Claimcheck("ingest --db " + dir + "/c.db " + dir + "/survey.txt");
  INFO(r.err);
  REQUIRE(r.status == 0);
  r = cctest::Claimcheck("claims --db " + dir + "/c.db --format jsonl");
  CHECK(r.out.find("\"measure\":\"ratio\"") != std::string::npos);
}
