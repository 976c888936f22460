// The subject of a figure: a noun phrase read on either side of it. After a
// count it is the counted noun phrase ("209,000 U.S. consumers"); otherwise
// the grammatical subject written before a linking or change verb ("Retail
// employment in the region grew by 8,300" -> "retail employment"). Word
// classes come from WordNet (English), so a phrase ends at its head noun and
// never at an adverb or adjective ("randomly", "excess").
#include <algorithm>

#include "extract/frame/reader.h"

namespace claimcheck::frame {
namespace {

bool EndsWith(const std::string& w, std::string_view suf) {
  return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}

struct Cls {
  bool known = false, noun = false, adj = false, adv_only = false, verb_only = false;
};

Cls Classify(const Sent& s, size_t i) {
  Cls c;
  const Word& w = s.words[i];
  uint8_t b = s.Classes(i);
  c.known = (b & kKnown) != 0;
  if (!c.known || w.cap) {
    // Names and words the lexicon does not know are read as nouns.
    c.noun = true;
    return c;
  }
  c.noun = (b & kNoun) != 0;
  c.adj = (b & kAdj) != 0;
  c.adv_only = (b & kAdv) != 0 && !c.noun && !c.adj;
  c.verb_only = (b & kVerb) != 0 && !c.noun && !c.adj;
  if (c.adv_only && (b & kVerb)) c.adv_only = false, c.verb_only = true;
  return c;
}

bool IsPlural(const Sent& s, size_t i) {
  const std::string& w = s.words[i].lower;
  if (s.lang() == "en") {
    if (s.r.heads.count(w)) return s.r.heads.at(w) != w || EndsWith(w, "s");
    return EndsWith(w, "s") && !EndsWith(w, "ss") && NounBase("en", w) != w;
  }
  return EndsWith(w, "s");
}

std::string HeadOf(const Sent& s, size_t i) {
  const std::string& w = s.words[i].lower;
  auto it = s.r.heads.find(w);
  if (it != s.r.heads.end()) return it->second;
  return NounBase(s.lang(), w);
}

bool Stop(const Sent& s, size_t i) { return s.r.stops.Has(s.words[i].stem); }

// Head-final (English) phrase from word i rightwards.
NounPhrase ReadHeadFinal(const Sent& s, size_t i) {
  NounPhrase np;
  np.first = np.last = i;
  size_t j = i, n = 0;
  bool plural = false;
  while (s.IsWord(j) && n < s.r.max_words && !plural) {
    if (Stop(s, j) || (j > i && s.r.determiners.Has(s.words[j].stem))) break;
    Cls c = Classify(s, j);
    if (c.verb_only) break;
    if (c.adv_only) {
      // An adverb belongs to the phrase only before an adjective or
      // participle: "randomly selected households".
      if (!s.IsWord(j + 1)) break;
      Cls next = Classify(s, j + 1);
      if (!(next.adj || (s.Classes(j + 1) & kVerb))) break;
      ++j, ++n;
      continue;
    }
    if (c.noun && IsPlural(s, j)) plural = true;
    // A possessive ends the phrase it starts: "the company's" is an owner.
    ++j, ++n;
    if (s.words[j - 1].possessive) break;
  }
  // The phrase ends at its last noun.
  size_t last = j;
  while (last > i) {
    Cls c = Classify(s, last - 1);
    if (c.noun) break;
    --last;
  }
  if (last == i) return np;
  np.last = last;
  np.head = last - 1;
  return np;
}

// Head-initial (Spanish) phrase: the noun, then adjectives and nouns up to a
// stop word.
NounPhrase ReadHeadInitial(const Sent& s, size_t i) {
  NounPhrase np;
  np.first = np.last = i;
  size_t j = i;
  while (s.IsWord(j) && j - i < s.r.max_words && !Stop(s, j) &&
         !(j > i && s.r.determiners.Has(s.words[j].stem))) {
    ++j;
  }
  if (j == i) return np;
  np.last = j;
  np.head = i;
  return np;
}

}  // namespace

std::string Fold(std::string_view s) {
  std::string out;
  for (const Word& w : SentenceWords("", s, {})) {
    if (!out.empty() && w.word) out += ' ';
    out += w.lower;
  }
  return out;
}

NounPhrase NounPhraseAt(const Sent& s, size_t i, bool allow_determiners) {
  if (allow_determiners) {
    while (s.IsWord(i) && s.r.determiners.Has(s.words[i].stem)) ++i;
  }
  if (!s.IsWord(i)) return {};
  return s.r.head_initial ? ReadHeadInitial(s, i) : ReadHeadFinal(s, i);
}

std::string PhraseText(const Sent& s, const NounPhrase& np) {
  size_t first = np.first;
  while (first < np.last && s.r.determiners.Has(s.words[first].stem)) ++first;
  return s.Slice(first, np.last);
}

std::string SubjectFrom(const Sent& s, const NounPhrase& np, Frame* frame) {
  if (!np.ok() || s.r.bad_heads.Has(s.words[np.head].stem)) return {};
  const Word& head = s.words[np.head];
  if (head.lower.size() < 2 && !head.all_caps) return {};
  frame->subject_head = HeadOf(s, np.head);
  frame->modifiers.clear();
  // Modifiers: the other words, grouped as they narrow the head together:
  // a run of names ("latin american"), an adverb with its adjective
  // ("randomly selected"), a noun compound ("health care").
  std::string group;
  bool group_caps = false;
  auto flush = [&] {
    if (!group.empty()) frame->modifiers.push_back(group);
    group.clear();
  };
  size_t first = np.first;
  while (first < np.last && s.r.determiners.Has(s.words[first].stem)) ++first;
  for (size_t i = first; i < np.last; ++i) {
    if (i == np.head) {
      flush();
      continue;
    }
    const Word& w = s.words[i];
    if (!w.word) continue;
    Cls c = Classify(s, i);
    bool joins = false;
    if (!group.empty()) {
      if (group_caps && w.cap) joins = true;
      else if (!group_caps && !w.cap) {
        // The previous word was an adverb, or both are nouns of a compound.
        Cls prev = Classify(s, i - 1);
        joins = prev.adv_only || (prev.noun && !prev.adj && prev.known && c.noun && c.known && !c.adj);
      }
    }
    if (!joins) flush();
    if (!group.empty()) group += ' ';
    group += w.lower;
    group_caps = w.cap;
  }
  flush();
  // A trailing participle ("tenants evicted") narrows the head too.
  for (size_t i = np.head + 1; i < np.last; ++i) {
    if (s.words[i].word) frame->modifiers.push_back(s.words[i].lower);
  }
  std::sort(frame->modifiers.begin(), frame->modifiers.end());
  frame->modifiers.erase(std::unique(frame->modifiers.begin(), frame->modifiers.end()),
                         frame->modifiers.end());
  // Plural heads are singular in the frame; modifiers made of a plural name
  // ("Hospitals") are made singular by the caller when it adds them.
  return PhraseText(s, np);
}

namespace {

bool IsClauseBreak(const Sent& s, size_t i) {
  const Word& w = s.words[i];
  if (!w.word) return true;
  if (w.fig >= 0) return true;
  if (s.r.speaker_verbs.Has(w.stem) && !s.InName(i)) return true;
  static const char* const kBreaks[] = {"that", "which", "who", "and", "but", "while", "whereas",
                                        "although", "though", "because", "when", "as", "if",
                                        "que", "y", "pero", "mientras", "aunque", "cuando"};
  for (const char* b : kBreaks) {
    if (w.lower == b) return true;
  }
  return false;
}

// The subject written before figure k, linked to it by a verb: "Retail
// employment in the region grew by 8,300", "the number of tenants evicted
// was about 2,900", "Revenue fell $1.2 million to $23.5 million",
// "inflation of 2.7%".
NounPhrase LeftSubject(const Sent& s, size_t k) {
  const FrameRules& r = s.r;
  size_t a = s.spans[k].first;
  if (a == 0) return {};
  long i = static_cast<long>(a) - 1;
  bool verb = false;
  bool of = false;
  while (i >= 0) {
    const Word& w = s.words[i];
    if (w.fig >= 0) {
      // Another figure of the same verb phrase: "fell $1.2 million to".
      Figure* f = s.figs[w.fig];
      if (f->kind == Kind::kDate) break;
      i = static_cast<long>(s.spans[w.fig].first) - 1;
      continue;
    }
    if (!w.word) break;
    // Agent verbs ("Police arrested 500") have no subject before them: their
    // subject is the agent, not what is counted.
    if (r.links.Has(w.stem) || r.change_words.Has(w.stem)) {
      verb = true;
      --i;
      continue;
    }
    if (r.change_by.Has(w.stem) || r.change_to.Has(w.stem) || r.change_from.Has(w.stem) ||
        r.flat_at.Has(w.stem)) {
      --i;
      continue;
    }
    if (!verb && (w.lower == "of" || w.lower == "de")) {
      of = true;
      --i;
      break;
    }
    // Auxiliaries and adverbs between the subject and the verb.
    static const char* const kAux[] = {"has", "have", "had", "will", "would", "could", "may",
                                       "might", "be", "been", "being", "is", "are", "was", "were",
                                       "ha", "han", "había", "habían", "se", "fue", "fueron", "es",
                                       "son", "era", "eran", "está", "están", "estaba"};
    bool aux = false;
    for (const char* x : kAux) aux = aux || w.lower == x;
    Cls c = Classify(s, i);
    if (aux || (c.adv_only && verb)) {
      verb = verb || aux;
      --i;
      continue;
    }
    break;
  }
  if (i < 0 || (!verb && !of)) return {};
  size_t end = static_cast<size_t>(i) + 1;
  if (of) {
    // "inflation of 2.7%", "a jobless rate of 5.1%": the phrase ends before "of".
    size_t start = end;
    while (start > 0 && !IsClauseBreak(s, start - 1) && end - start < r.max_words) {
      Cls c = Classify(s, start - 1);
      if (c.verb_only || Stop(s, start - 1)) break;
      --start;
    }
    while (start < end && r.determiners.Has(s.words[start].stem)) ++start;
    if (start >= end) return {};
    if (r.change_nouns.Has(s.words[end - 1].stem)) return {};  // "an increase of 5%"
    NounPhrase np;
    np.first = start;
    np.last = end;
    np.head = r.head_initial ? start : end - 1;
    if (!Classify(s, np.head).noun) return {};
    return np;
  }
  size_t start = end;
  while (start > 0 && !IsClauseBreak(s, start - 1)) --start;
  if (start >= end) return {};
  // Drop determiners and "the number of".
  size_t first = start;
  for (;;) {
    while (first < end && r.determiners.Has(s.words[first].stem)) ++first;
    if (first + 1 < end && r.quantity_nouns.Has(s.words[first].stem) &&
        (s.words[first + 1].lower == "of" || s.words[first + 1].lower == "de")) {
      first += 2;
      continue;
    }
    break;
  }
  if (first >= end) return {};
  // Cut at the first preposition or other stop word: "in the region".
  size_t last = first;
  while (last < end && !Stop(s, last)) ++last;
  if (last == first) return {};
  if (last - first > r.max_words) return {};
  NounPhrase np;
  np.first = first;
  np.last = last;
  if (r.head_initial) {
    np.head = first;
  } else {
    // The head is the last noun; a participle after a plural noun narrows
    // it ("tenants evicted").
    size_t h = last - 1;
    Cls c = Classify(s, h);
    if (!c.noun && h > first && Classify(s, h - 1).noun && IsPlural(s, h - 1)) {
      --h;
    } else if (!c.noun) {
      return {};
    }
    // A verb inside means the span was not one phrase.
    for (size_t x = first; x < h; ++x) {
      if (Classify(s, x).verb_only) return {};
    }
    np.head = h;
  }
  return np;
}

}  // namespace

std::string ReadSubject(const Sent& s, size_t k, Frame* frame) {
  const Figure& f = *s.figs[k];
  if (f.kind == Kind::kDate || f.kind == Kind::kOrdinal || f.kind == Kind::kDuration) return {};
  size_t b = s.spans[k].second;
  const FrameRules& r = s.r;
  std::string subject;
  // After a count: the counted phrase, unless it is a denominator or unit.
  if (f.kind == Kind::kCount || f.kind == Kind::kMeasure) {
    NounPhrase np = NounPhraseAt(s, b, false);
    if (np.ok()) subject = SubjectFrom(s, np, frame);
    if (!subject.empty()) {
      // "Hospitals hired 12,000 nurses": the agent narrows the subject.
      size_t a = s.spans[k].first;
      if (a >= 2 && s.IsWord(a - 1) && r.agent_verbs.Has(s.words[a - 1].stem)) {
        size_t e = a - 1;
        size_t st = e;
        while (st > 0 && s.IsWord(st - 1) && !Stop(s, st - 1) && !IsClauseBreak(s, st - 1)) --st;
        while (st < e && r.determiners.Has(s.words[st].stem)) ++st;
        if (st < e) {
          // A name keeps its form; a noun is made singular ("Hospitals").
          const Word& aw = s.words[e - 1];
          std::string agent = aw.cap && (e - 1 > 0 || aw.all_caps) ? aw.lower : HeadOf(s, e - 1);
          frame->modifiers.push_back(agent);
          std::sort(frame->modifiers.begin(), frame->modifiers.end());
        }
      }
      return subject;
    }
  }
  // After a share or measure: "of the nodes".
  if (s.IsWord(b) && (s.words[b].lower == "of" || s.words[b].lower == "de") &&
      f.kind != Kind::kMoney) {
    NounPhrase np = NounPhraseAt(s, b + 1, true);
    if (np.ok() && !r.quantity_nouns.Has(s.words[np.first].stem)) {
      subject = SubjectFrom(s, np, frame);
      if (!subject.empty()) return subject;
    }
  }
  frame->subject_head.clear();
  frame->modifiers.clear();
  NounPhrase left = LeftSubject(s, k);
  if (left.ok()) subject = SubjectFrom(s, left, frame);
  if (subject.empty()) {
    frame->subject_head.clear();
    frame->modifiers.clear();
  }
  return subject;
}

}  // namespace claimcheck::frame
