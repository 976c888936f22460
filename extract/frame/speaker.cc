// The speaker: the attacher's attribution ("David Ibsen, the director of
// CEP, told Breitbart News") normalised to an entity ("Counter Extremism
// Project"), so the checker compares bodies, not phrases. Aliases come from
// rules/<lang>/entities.yaml and from the text ("the Counter Extremism
// Project (CEP)"); a person takes the body an apposition ties them to ("X,
// the director of CEP"), and "he noted" the last named speaker. Weekdays,
// "All told", bylines and a headline's "Report finds" are never speakers.
#include "extract/attach/context.h"
#include "extract/attach/lexicon.h"
#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

bool IsConnector(const Word& w) {
  return w.lower == "of" || w.lower == "for" || w.lower == "and" || w.lower == "on" ||
         w.lower == "the" || w.lower == "de" || w.lower == "del" || w.lower == "la" ||
         w.lower == "y" || w.lower == "&";
}

// The capitalised name starting at i ("Counter Extremism Project", "Bureau of
// Labor Statistics"); returns one past its last word.
size_t NameEnd(const std::vector<Word>& w, size_t i) {
  size_t j = i;
  while (j < w.size() && w[j].word && w[j].fig < 0) {
    if (w[j].cap || w[j].all_caps) {
      ++j;
      if (w[j - 1].possessive) break;
      continue;
    }
    if (j > i && IsConnector(w[j]) && j + 1 < w.size() && w[j + 1].word && w[j + 1].cap) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

std::string Text(std::string_view text, const std::vector<Word>& w, size_t first, size_t last) {
  if (first >= last) return {};
  return std::string(text.substr(w[first].start, w[last - 1].end - w[first].start));
}

}  // namespace

void SpeakerReader::Learn(const Sent& s) {
  if (aliases_.empty()) {
    for (const Alias& a : r_.entities) {
      aliases_[Fold(a.alias)] = a.canonical;
      aliases_[Fold(a.canonical)] = a.canonical;
    }
  }
  // Learned aliases: "the Counter Extremism Project (CEP)".
  if (s.text.find('(') != std::string_view::npos) {
    const std::vector<Word>& w = s.words;
    for (size_t i = 2; i + 1 < w.size(); ++i) {
      if (w[i - 1].word || w[i - 1].lower != "(" || !w[i].all_caps || w[i + 1].lower != ")") {
        continue;
      }
      std::string letters;
      for (char c : w[i].lower) {
        if (c >= 'a' && c <= 'z') letters += c;
      }
      // Walk back over the long form's capitalised words and connectors.
      size_t first = i - 1;
      std::string initials;
      while (first > 0 && w[first - 1].word && w[first - 1].fig < 0 &&
             (w[first - 1].cap || IsConnector(w[first - 1])) && initials.size() < letters.size()) {
        --first;
        if (w[first].cap) initials.insert(initials.begin(), w[first].lower[0]);
      }
      while (first < i - 1 && !w[first].cap) ++first;
      if (!letters.empty() && initials == letters) {
        std::string canonical = Text(s.text, w, first, i - 1);
        aliases_[Fold(canonical)] = canonical;
        aliases_[w[i].lower] = canonical;
      }
    }
  }
  // Affiliations: "David Ibsen, the director of CEP," -> Ibsen works for CEP.
  const std::vector<Word>& w = s.words;
  for (size_t i = 0; i + 3 < w.size(); ++i) {
    if (!w[i].word || !w[i].cap || w[i].all_caps) continue;
    size_t name_end = NameEnd(w, i);
    if (name_end >= w.size() || w[name_end].lower != ",") {
      i = name_end > i ? name_end - 1 : i;
      continue;
    }
    size_t j = name_end + 1;
    while (j < w.size() && w[j].word && r_.determiners.Has(w[j].stem)) ++j;
    // Role words, perhaps several ("executive director", "senior fellow").
    size_t roles = 0;
    while (j < w.size() && w[j].word && (r_.roles.Has(w[j].stem) || (roles == 0 && !w[j].cap &&
                                                                      j + 1 < w.size() &&
                                                                      r_.roles.Has(w[j + 1].stem)))) {
      ++j, ++roles;
    }
    if (roles == 0 || j >= w.size()) continue;
    if (!(w[j].lower == "of" || w[j].lower == "at" || w[j].lower == "de" || w[j].lower == "del" ||
          w[j].lower == "en")) {
      continue;
    }
    ++j;
    while (j < w.size() && w[j].word && !w[j].cap && r_.determiners.Has(w[j].stem)) ++j;
    size_t org_end = NameEnd(w, j);
    if (org_end == j) continue;
    std::string org = Canonical(Text(s.text, w, j, org_end));
    for (size_t x = i; x < name_end; ++x) {
      if (w[x].cap) affiliation_[w[x].lower] = org;
    }
    affiliation_[Fold(Text(s.text, w, i, name_end))] = org;
  }
}

std::string SpeakerReader::Canonical(const std::string& name) const {
  std::string key = Fold(name);
  auto it = aliases_.find(key);
  if (it != aliases_.end()) return it->second;
  auto af = affiliation_.find(key);
  if (af != affiliation_.end()) return af->second;
  // A person named by surname only, or in full, after an apposition.
  std::vector<Word> w = SentenceWords(r_.lang, name, {});
  bool person = !w.empty();
  for (const Word& x : w) person = person && x.word && x.cap && !x.all_caps;
  if (person) {
    for (auto i = w.rbegin(); i != w.rend(); ++i) {
      af = affiliation_.find(i->lower);
      if (af != affiliation_.end()) return af->second;
    }
  }
  return name;
}

std::string SpeakerReader::Normalise(const std::string& attribution, bool heading) {
  std::vector<Word> w = SentenceWords(r_.lang, attribution, {});
  if (w.empty()) return {};
  std::string_view text = attribution;
  // Where the source's words are: after "according to"/"by", after a
  // leading verb ("said CEP"), else before the first verb.
  size_t first = 0, last = w.size();
  size_t verb = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i].word && r_.speaker_verbs.Has(w[i]) && !(w[i].cap && i > 0)) {
      verb = i;
      break;
    }
  }
  size_t by = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i].word && (w[i].lower == "by" || w[i].lower == "to" || w[i].lower == "por" ||
                      w[i].lower == "según")) {
      by = i;
      break;
    }
  }
  if (verb == 0) {
    first = 1;
  } else if (by < w.size() && (by < verb || verb == w.size() || w[by].lower == "según")) {
    first = by + 1;
    last = verb > by ? verb : w.size();
  } else {
    last = verb;
  }
  while (first < last && w[first].word && r_.determiners.Has(w[first].stem)) ++first;
  while (last > first && !w[last - 1].word && w[last - 1].lower != ")") --last;
  if (first >= last) return {};
  if (r_.never_speakers.Has(w[first].stem)) return {};
  // "X, the director of ORG": the body.
  for (size_t i = first; i < last; ++i) {
    if (w[i].lower != ",") continue;
    size_t j = i + 1;
    while (j < last && w[j].word && r_.determiners.Has(w[j].stem)) ++j;
    size_t roles = 0;
    while (j < last && w[j].word && (r_.roles.Has(w[j].stem) || (!w[j].cap && roles == 0))) {
      if (r_.roles.Has(w[j].stem)) ++roles;
      ++j;
      if (j - i > 4) break;
    }
    if (roles > 0 && j < last && (w[j].lower == "of" || w[j].lower == "at" || w[j].lower == "de")) {
      size_t o = j + 1;
      while (o < last && w[o].word && !w[o].cap && r_.determiners.Has(w[o].stem)) ++o;
      size_t e = NameEnd(w, o);
      if (e > o) return Canonical(Text(text, w, o, e));
    }
    last = i;  // the name before the apposition
    break;
  }
  // "CEP's report found": the owner.
  for (size_t i = first; i < last; ++i) {
    if (w[i].possessive && w[i].cap) {
      last = i + 1;
      break;
    }
  }
  // "the Counter Extremism Project (CEP)": the long form.
  for (size_t i = first; i < last; ++i) {
    if (w[i].lower == "(") {
      if (i + 1 < last && aliases_.count(w[i + 1].lower)) return aliases_.at(w[i + 1].lower);
      last = i;
      break;
    }
  }
  if (first >= last) return {};
  std::string name = Text(text, w, first, last);
  if (w[last - 1].possessive) {
    // Drop the "'s".
    size_t cut = name.rfind('\'');
    if (cut == std::string::npos) cut = name.rfind("\xE2\x80\x99");
    if (cut != std::string::npos) name.resize(cut);
  }
  bool named = false;
  for (size_t i = first; i < last; ++i) named = named || (w[i].word && (w[i].cap || w[i].all_caps));
  // A generic source ("the study", "researchers") in a headline is the
  // headline's own claim: "Report finds ...".
  if (!named) {
    if (heading) return {};
    return Fold(name);
  }
  return Canonical(name);
}

std::string SpeakerReader::GenericSpeaker(const Sent& s) const {
  const std::vector<Word>& w = s.words;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!s.IsWord(i) || !r_.speaker_verbs.Has(w[i]) || s.InName(i)) continue;
    // "the bureau said"
    size_t e = i, st = i;
    while (st > 0 && s.IsWord(st - 1) && e - st < 3 && !w[st - 1].cap &&
           !r_.determiners.Has(w[st - 1].stem) && !r_.stops.Has(w[st - 1].stem)) {
      --st;
    }
    if (st < e && r_.generic_speakers.Has(w[e - 1].stem) && st > 0 &&
        r_.determiners.Has(w[st - 1].stem)) {
      return Fold(s.Slice(st, e));
    }
    // "said the bureau"
    size_t j = i + 1;
    if (j < w.size() && s.IsWord(j) && r_.determiners.Has(w[j].stem)) {
      size_t k = j + 1;
      while (k < w.size() && s.IsWord(k) && k - j <= 3 && !w[k].cap &&
             !r_.stops.Has(w[k].stem)) {
        ++k;
      }
      if (k > j + 1 && r_.generic_speakers.Has(w[k - 1].stem)) return Fold(s.Slice(j + 1, k));
    }
  }
  return {};
}

std::string SpeakerReader::Read(const Sent& s, size_t k) {
  const Figure& f = *s.figs[k];
  std::string out;
  if (!f.attribution.empty()) {
    std::vector<Word> w = SentenceWords(r_.lang, f.attribution, {});
    bool pronoun = !w.empty() && w[0].word &&
                   (w[0].lower == "he" || w[0].lower == "she" || w[0].lower == "they" ||
                    w[0].lower == "él" || w[0].lower == "ella");
    out = pronoun ? last_speaker_ : Normalise(f.attribution, s.heading);
  } else if (!s.heading) {
    out = GenericSpeaker(s);
  }
  if (!out.empty()) last_speaker_ = out;
  return out;
}

}  // namespace claimcheck::frame
