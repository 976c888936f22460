// Runs every corpus/frames/*.yaml case through the real extraction pipeline
// (tools/frames/frame_corpus) and prints Expected/Got for each failed key of
// train and dev cases. Each file must keep its key accuracy on the train
// split (all cases for a file without splits) at or above the floor below,
// set from train results only: the test guards against regressions without
// asserting perfection. Test-split failures are counted, not printed (set
// CLAIMCHECK_FRAMES_SHOW_TEST=1 to see them), so nobody tunes on them.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "claimcheck/rules.h"
#include "tools/frames/frame_corpus.h"

using namespace claimcheck;

namespace {

// Key accuracy floors on the train split, per corpus file.
const std::map<std::string, double>& Floors() {
  static const std::map<std::string, double> kFloors = {
      // Set on 2026-11-30 a few points under the train accuracy then reached
      // (dev-en 0.967, en 0.815, es 0.760), so a regression fails and a
      // small rule change does not.
      // dev-es (and dev-en's cases from 101 on) added by the frames3 helper
      // on 2026-11-30: dev-en then 0.985, dev-es 1.000.
      // Raised by the frames4 helper on 2026-11-30 (train then: dev-en 1.000,
      // dev-es 1.000, en 0.937, es 0.925).
      // Raised by the frames5 helper on 2026-11-30 (train then: dev-en 1.000,
      // dev-es 1.000, en 0.952, es 0.950, with 70 en and 34 es cases added).
      // Raised by the tframe helper on 2026-12-01 (train then: dev-en 1.000,
      // dev-es 1.000, en 0.962, es 0.956, with 61 en and 28 es cases added).
      // Raised by the frm8 helper on 2026-12-01 (train then: dev-en 1.000,
      // dev-es 1.000, en 0.973, es 0.974, with 35 en and 33 es cases added).
      // eval9-en/es: the eval9 blind set's sentences, opened for development on
      // 2026-12-01 at train 0.839 (en) and 0.797 (es), as scored blind;
      // raised on 2026-12-01 (frm9) at en 0.848, es 0.838.
      // eval10-en/es: the eval10 blind set's sentences, opened for development
      // on 2026-12-01 at train 0.887 (en) and 0.823 (es), as scored blind;
      // raised on 2026-12-01 (frm10) at en 0.893, es 0.835 (en.yaml 0.975,
      // es.yaml 0.975 with 18 en and 8 es cases added).
      // eval11-en/es: the eval11 blind set's sentences, opened for development
      // on 2026-12-01 at train 0.872 (en) and 0.843 (es), as scored blind;
      // raised on 2026-12-01 (frm11) at en 0.908, es 0.898 (eval10 then en
      // 0.902, es 0.846; en.yaml 0.975, es.yaml 0.977 with 10 en and 13 es
      // cases added).
      // eval12-en/es: the eval12 blind set's sentences, opened for development
      // on 2026-12-01 at train 0.841 (en) and 0.839 (es), as scored blind;
      // raised on 2026-12-01 (frm12) at en 0.878, es 0.880 (en.yaml 0.976,
      // es.yaml 0.981 with 10 en and 15 es cases added).
      // eval13-en/es: the eval13 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.863 (en) and 0.792 (es), as scored blind;
      // raised on 2026-12-02 (frm13) at en 0.866, es 0.841 (en.yaml 0.976,
      // es.yaml 0.982 with 8 en and 13 es cases added).
      // eval14-en/es: the eval14 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.848 (en) and 0.846 (es), as scored blind;
      // raised on 2026-12-02 (frm14) at en 0.854, es 0.867 (en.yaml 0.976,
      // es.yaml 0.986 with 5 en and 9 es cases added).
      // eval15-en/es: the eval15 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.8997 (en) and 0.873 (es), as scored blind;
      // raised on 2026-12-02 (frm15) at en 0.906, es 0.887 (eval9-es then
      // 0.859, eval10-es 0.877, eval13-es 0.856, eval14-es 0.875; en.yaml
      // 0.977, es.yaml 0.987 unchanged; 4 dev-en and 9 dev-es cases added).
      // eval16-en/es: the eval16 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.912 (en) and 0.888 (es), as scored blind.
      // Raised on 2026-12-02 (frm16: ages said with a verb, "150-year-old",
      // a name opening the sentence before "de 38 años", a closing "for
      // 2025" out of the subject) at eval10-en 0.913, eval11-es 0.908,
      // eval12-en 0.881, eval12-es 0.891, eval13-en 0.878, eval15-es 0.891
      // (en.yaml 0.977, es.yaml 0.987 unchanged).
      // eval17-en/es: the eval17 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.832 (en) and 0.828 (es), as scored blind.
      // Raised on 2026-12-02 (frm17: a forecast phrase in a multiplier's verb
      // chain, a sentence-opening capital in a compound modifier, "about" and
      // "against" complements, an "of" complement closed before a place or a
      // reduced relative clause, a participle before a date figure, Spanish
      // "contra", a "pasó de A a B" verb of several words) at eval11-en
      // 0.916, eval13-en 0.881, eval13-es 0.883, eval14-en 0.860, eval17-en
      // 0.854, eval17-es 0.846 (eval9-en 0.865, one modifier key down;
      // en.yaml 0.977 unchanged, es.yaml 0.988).
      // eval18-en/es: the eval18 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.892 (en) and 0.872 (es), as scored blind.
      // frm19: a trailing Spanish complement up to the verb stays in the
      // subject ("multas por venta de alcohol a menores sumaron"): eval9-es
      // 0.862, eval15-es 0.902, eval16-es 0.896, eval17-es 0.857, eval18-es
      // 0.886 raised; eval13-es 0.886 (es.yaml 0.987 unchanged).
      // eval19-en/es: the eval19 blind set's sentences, opened for development
      // on 2026-12-02 at train 0.862 (en) and 0.859 (es), as scored blind.
      // eval20-en/es: the eval20 blind set's sentences, opened for development
      // on 2026-12-03 at train 0.869 (en) and 0.854 (es), as scored blind.
      // eval21-en/es: the eval21 blind set's sentences, opened for development
      // on 2026-12-03 at train 0.902 (en) and 0.855 (es), as scored blind
      // (all keys, with the year-as-date reading of `absent`).
      // eval22-en/es: the eval22 blind set's sentences, opened for development
      // on 2026-12-03 at train 0.906 (en) and 0.880 (es), as scored blind.
      // eval23-en/es: the eval23 blind set's sentences, opened for development
      // on 2026-12-03 at 0.869 (en) and 0.874 (es), its final blind scores.
      // eval24-en/es: the eval24 blind set's sentences, opened for development
      // on 2026-12-03 at 0.866 (en) and 0.840 (es, 272/324), its final blind scores.
      // eval25-en/es: the eval25 blind set's sentences, opened for development
      // on 2026-12-03 at 0.879 (en) and 0.900 (es, 332/369), its final blind scores.
      // eval26-en/es: the eval26 blind set's sentences, opened for development
      // on 2026-12-03 at 0.865 (en, 283/327) and 0.832 (es, 237/285), as scored blind.
      // eval27-en/es: the eval27 blind set's sentences, opened for development
      // on 2026-12-04 at 0.845 (en, 288/341) and 0.844 (es, 244/289), as scored blind.
      // eval28-en/es: the eval28 blind set's sentences, opened for development
      // on 2026-12-04 at 0.919 (en, 296/322) and 0.861 (es, 261/303), as scored blind.
      // eval29-en/es: the eval29 blind set's sentences, opened for development
      // on 2026-12-04 at 0.880 (en, 336/382) and 0.847 (es, 272/321), as scored blind.
      // eval30-en/es: the eval30 blind set's sentences, opened for development
      // on 2026-12-04 at 0.956 (en, 325/340) and 0.906 (es, 259/286), as scored blind.
      // eval31-en/es: the eval31 blind set's sentences, opened for development
      // on 2026-12-05 at 0.909 (en, 300/330) and 0.867 (es, 229/264), as scored blind.
      // eval32-en/es: the eval32 blind set's sentences, opened for development
      // on 2026-12-05 at 0.947 (en, 266/281) and 0.845 (es, 191/226), as scored blind.
      // eval33-en/es: the eval33 blind set's sentences, opened for development
      // on 2026-12-05 at 0.922 (en, 332/360) and 0.914 (es, 297/325), as scored blind.
      // eval34-en/es: the eval34 blind set's sentences, opened for development
      // on 2026-12-05 at 0.879 (en, 304/346) and 0.911 (es, 276/303), as scored blind.
      // eval35-en/es: the eval35 blind set's sentences, opened for development
      // on 2026-12-05 at 0.878 (en, 253/288) and 0.910 (es, 233/256), as scored blind.
      // eval36-en/es: the eval36 blind set's sentences, opened for development
      // on 2026-12-05 at 0.855 (en, 296/346) and 0.878 (es, 258/294), as scored blind.
      // eval37-en/es: the eval37 blind set's sentences, opened for development
      // on 2026-12-05 at 0.865 (en, 281/325) and 0.856 (es, 244/285), as scored blind.
      // eval38-en/es: the eval38 blind set's sentences, opened for development
      // on 2026-12-05 at 0.943 (en, 282/299) and 0.901 (es, 245/272), as scored blind.
      // eval39-en/es: the eval39 blind set's sentences, opened for development
      // on 2026-12-05 at 0.929 (en, 312/336) and 0.884 (es, 245/277), as scored blind.
      // eval40-en/es: the eval40 blind set's sentences, opened for development
      // on 2026-12-06 at 0.857 (en, 258/301) and 0.895 (es, 246/275), as scored blind.
      // eval41-en/es: the eval41 blind set's sentences, opened for development
      // on 2026-12-06 at 0.899 (en, 302/336) and 0.894 (es, 269/301), as scored blind.
      // eval42-en/es: the eval42 blind set's sentences, opened for development
      // on 2026-12-06 at 0.903 (en, 287/318) and 0.867 (es, 215/248), as scored blind.
      // eval43-en/es: the eval43 blind set's sentences, opened for development
      // on 2026-12-06 at 0.875 (en, 307/351) and 0.912 (es, 281/308), as scored blind.
      // eval44-en/es: the eval44 blind set's sentences, opened for development
      // on 2026-12-06 at 0.923 (en, 264/286) and 0.913 (es, 242/265), as scored blind.
      // eval45-en/es: the eval45 blind set's sentences, opened for development
      // on 2026-12-06 at 0.825 (en, 236/286) and 0.846 (es, 237/280), as scored blind.
      // eval46-en/es: the eval46 blind set's sentences, opened for development
      // on 2026-12-07 at 0.866 (en, 285/329) and 0.939 (es, 277/295), as scored blind.
      // eval47-en/es: the eval47 blind set's sentences, opened for development
      // on 2026-12-07 at 0.893 (en, 335/375) and 0.863 (es, 271/314), as scored blind.
      // eval48-en/es: the eval48 blind set's sentences, opened for development
      // on 2026-12-07 at 0.866 (en, 239/276) and 0.914 (es, 244/267), as scored blind.
      // eval49-en/es: the eval49 blind set's sentences, opened for development
      // on 2026-12-07 at 0.856 (en, 286/334) and 0.859 (es, 262/305), as scored blind.
      // eval50-en/es: the eval50 blind set's sentences, opened for development
      // on 2026-12-07 at 0.856 (en, 334/390) and 0.893 (es, 300/336), as scored blind.
      // eval51-en/es: the eval51 blind set's sentences, opened for development
      // on 2026-12-07 at 0.872 (en, 265/304) and 0.882 (es, 232/263), as scored blind.
      {"dev-en.yaml", 0.97},
      {"dev-es.yaml", 0.95},
      {"en.yaml", 0.95},
      {"es.yaml", 0.95},
      {"eval9-en.yaml", 0.84},
      {"eval9-es.yaml", 0.86},
      {"eval10-en.yaml", 0.91},
      {"eval10-es.yaml", 0.87},
      {"eval11-en.yaml", 0.91},
      {"eval11-es.yaml", 0.90},
      {"eval12-en.yaml", 0.88},
      {"eval12-es.yaml", 0.89},
      {"eval13-en.yaml", 0.88},
      {"eval13-es.yaml", 0.88},
      {"eval14-en.yaml", 0.86},
      {"eval14-es.yaml", 0.87},
      {"eval15-en.yaml", 0.90},
      {"eval15-es.yaml", 0.90},
      {"eval16-en.yaml", 0.91},
      {"eval16-es.yaml", 0.89},
      {"eval17-en.yaml", 0.85},
      {"eval17-es.yaml", 0.85},
      {"eval18-en.yaml", 0.89},
      {"eval18-es.yaml", 0.88},
      {"eval19-en.yaml", 0.86},
      {"eval19-es.yaml", 0.85},
      {"eval20-en.yaml", 0.86},
      {"eval20-es.yaml", 0.85},
      {"eval21-en.yaml", 0.90},
      {"eval21-es.yaml", 0.85},
      {"eval22-en.yaml", 0.90},
      {"eval22-es.yaml", 0.87},
      {"eval23-en.yaml", 0.86},
      {"eval23-es.yaml", 0.87},
      {"eval24-en.yaml", 0.86},
      {"eval24-es.yaml", 0.83},
      {"eval25-en.yaml", 0.87},
      {"eval25-es.yaml", 0.89},
      {"eval26-en.yaml", 0.86},
      {"eval26-es.yaml", 0.83},
      {"eval27-en.yaml", 0.84},
      {"eval27-es.yaml", 0.84},
      {"eval28-en.yaml", 0.91},
      {"eval28-es.yaml", 0.86},
      {"eval29-en.yaml", 0.879},
      {"eval29-es.yaml", 0.84},
      {"eval30-en.yaml", 0.955},
      {"eval30-es.yaml", 0.905},
      {"eval31-en.yaml", 0.905},
      {"eval31-es.yaml", 0.865},
      {"eval32-en.yaml", 0.945},
      {"eval32-es.yaml", 0.84},
      {"eval33-en.yaml", 0.92},
      {"eval33-es.yaml", 0.91},
      {"eval34-en.yaml", 0.875},
      {"eval34-es.yaml", 0.905},
      {"eval35-en.yaml", 0.875},
      {"eval35-es.yaml", 0.905},
      {"eval36-en.yaml", 0.85},
      {"eval36-es.yaml", 0.875},
      {"eval37-en.yaml", 0.86},
      {"eval37-es.yaml", 0.85},
      {"eval38-en.yaml", 0.94},
      {"eval38-es.yaml", 0.90},
      {"eval39-en.yaml", 0.92},
      {"eval39-es.yaml", 0.88},
      {"eval40-en.yaml", 0.85},
      {"eval40-es.yaml", 0.89},
      {"eval41-en.yaml", 0.89},
      {"eval41-es.yaml", 0.89},
      {"eval42-en.yaml", 0.90},
      {"eval42-es.yaml", 0.86},
      {"eval43-en.yaml", 0.87},
      {"eval43-es.yaml", 0.91},
      {"eval44-en.yaml", 0.92},
      {"eval44-es.yaml", 0.91},
      {"eval45-en.yaml", 0.82},
      {"eval45-es.yaml", 0.84},
      {"eval46-en.yaml", 0.86},
      {"eval46-es.yaml", 0.93},
      {"eval47-en.yaml", 0.89},
      {"eval47-es.yaml", 0.86},
      {"eval48-en.yaml", 0.86},
      {"eval48-es.yaml", 0.91},
      {"eval49-en.yaml", 0.85},
      {"eval49-es.yaml", 0.85},
      {"eval50-en.yaml", 0.85},
      {"eval50-es.yaml", 0.885},
      {"eval51-en.yaml", 0.87},
      {"eval51-es.yaml", 0.88},
  };
  return kFloors;
}

}  // namespace

TEST_CASE("frame corpus keeps its accuracy floors", "[frame][corpus]") {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator("corpus/frames")) {
    if (e.path().extension() == ".yaml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  const bool show_test = std::getenv("CLAIMCHECK_FRAMES_SHOW_TEST") != nullptr;
  Extractor extractor(DefaultRulesDir());
  for (const std::string& path : files) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::vector<frames::CaseResult> results;
    Status s = frames::RunCorpusFile(&extractor, path, &results);
    INFO(s.message());
    REQUIRE(s.ok());
    bool has_train = false;
    for (const auto& c : results) has_train = has_train || c.split == "train";
    std::string failures;
    size_t test_failed = 0;
    for (const auto& c : results) {
      bool bad = false;
      for (const auto& k : c.keys) bad = bad || !k.ok;
      if (!bad) continue;
      if (c.split == "test" && !show_test) {
        ++test_failed;
      } else {
        failures += frames::Describe(c);
      }
    }
    auto score = frames::ScoreByKey(results, has_train ? "train" : "")["all"];
    auto test = frames::ScoreByKey(results, "test")["all"];
    auto floor = Floors().find(name);
    INFO(name << ": every corpus file needs a floor in tests/frame/frame_corpus_test.cc");
    REQUIRE(floor != Floors().end());
    INFO(failures << name << ": " << score.right << "/" << score.total << " keys right on "
                  << (has_train ? "train" : "all cases") << " (floor " << floor->second << "); test split "
                  << test.right << "/" << test.total << ", " << test_failed << " cases with failures");
    CHECK(score.total > 0);
    CHECK(score.rate() >= floor->second);
  }
}
