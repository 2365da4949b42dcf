// The mood of a verb (Analyzer::MoodOf and its helpers): negation, modal
// words, infinitives and what governs them, aspect verbs, gerunds of
// content, a subject that names no one, coordinated bare infinitives; and
// its voice (Analyzer::IsPassive).
#include <cctype>
#include <string>
#include <string_view>

#include "code/analysis.h"
#include "dyad/lemmatizer.h"

namespace dyad::code {

namespace {
bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Token t is a verb's base form, not a past tense the tagger read as one
// ("spoke" in "urged X to reconsider and spoke with Y").
bool BaseForm(const SentenceTokens& toks, size_t t) {
  std::string lower = toks.upper[t];
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return Lemmatizer::Default().Lemmatize(lower, PosTag{Upos::kVerb, Xpos::kVBD}) == lower;
}
}  // namespace

Mood Analyzer::MoodOf(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const {
  bool negated = false, hypothetical = false;
  auto take = [&](Mood m) {
    negated = negated || m == Mood::kNegated;
    hypothetical = hypothetical || m == Mood::kHypothetical;
  };
  // Walk back over the verb group: auxiliaries, modals, negation, adverbs.
  size_t i = v.start;
  while (i > 0 && v.start - i < 6) {
    const size_t k = i - 1;
    if (a.group_at[k] >= 0 || a.clause_break[k]) break;
    const uint32_t id = toks.ids[k];
    const std::string& u = toks.upper[k];
    if (id == w_.not_ || id == w_.nt || id == w_.never || id == w_.no) {
      negated = true;
    } else if (id == w_.will || id == w_.would || id == w_.could || id == w_.may ||
               id == w_.might || id == w_.should || id == w_.can || id == w_.must ||
               id == w_.shall || id == w_.ll) {
      hypothetical = true;
    } else if ((id == w_.or_ || id == w_.and_) && !toks.tags.empty() && k > 1 &&
               toks.tags[k - 1].xpos == Xpos::kVB && toks.tags[k + 1].xpos == Xpos::kVB &&
               BaseForm(toks, k + 1)) {
      // "want him to resign or be impeached": the second of two bare
      // infinitives shares the first one's "to".
      size_t t = k - 1;
      while (t > 0 && (toks.tags[t].xpos == Xpos::kVB || toks.tags[t].xpos == Xpos::kRB) && k - t < 4)
        --t;
      if (toks.ids[t] == w_.to) {
        take(InfinitiveMood(toks, a, t));
      }
      break;
    } else if (id == w_.to) {
      take(InfinitiveMood(toks, a, k));
      break;  // the verb group ends at "to"
    } else if (!toks.tags.empty() && (toks.tags[k].xpos == Xpos::kOpenQuote ||
                                      toks.tags[k].xpos == Xpos::kCloseQuote)) {
      // 'would have "objected"': a quotation mark inside the verb group.
    } else if (StartsWith(u, "CONSIDER") && k + 1 == v.start) {
      hypothetical = true;  // "is considering providing"
    } else if (u == "ALLEGEDLY" || u == "PURPORTEDLY" || u == "SUPPOSEDLY" || u == "POTENTIALLY" ||
               u == "POSSIBLY" || u == "PERHAPS" || u == "PROBABLY") {
      // "allegedly raped": what is alleged, not told as fact; "potentially
      // ending decades of conflict": what may come of it.
      hypothetical = true;
    } else if (!toks.tags.empty() && toks.tags[v.pos].xpos == Xpos::kVBG &&
               (StartsWith(u, "START") || StartsWith(u, "BEGIN") || u == "BEGAN" ||
                u == "BEGUN" || StartsWith(u, "CONTINU") || StartsWith(u, "RESUM") ||
                StartsWith(u, "KEEP") || u == "KEPT")) {
      // "would soon start importing": the gerund shares its aspect verb's group.
    } else if (!IsAuxiliaryOrAdverb(id, u)) {
      break;
    }
    i = k;
  }
  // "neither of whom have declared", "none of them attended", "nobody
  // attacked": a subject that names no one who did it.
  size_t j = i;
  while (j > 0 && (toks.upper[j - 1] == "YET" || toks.upper[j - 1] == "HAVE" || toks.upper[j - 1] == "HAS"))
    --j;
  if (!negated && j > 0) {
    const std::string& s1 = toks.upper[j - 1];
    if (s1 == "NOBODY" || (s1 == "ONE" && j > 1 && toks.upper[j - 2] == "NO")) negated = true;
    if (j > 2 && toks.upper[j - 2] == "OF" &&
        (s1 == "WHOM" || s1 == "THEM" || s1 == "US" || s1 == "WHICH" || s1 == "THESE" || s1 == "THOSE") &&
        (toks.upper[j - 3] == "NEITHER" || toks.upper[j - 3] == "NONE"))
      negated = true;
  }
  // "to help it resist Israel", "to help resist": a bare infinitive after
  // "help" shares the mood of the "to" before "help" (a purpose, a plan).
  if (!negated && !hypothetical && v.start > 1) {
    size_t h = v.start - 1;
    // (Past its object: "to help it resist", "to help the [SDF] stop".)
    for (size_t steps = 0; h > 0 && steps < 6; ++steps) {
      if (a.group_at[h] >= 0) {
        h = a.groups[static_cast<size_t>(a.group_at[h])].start;
        if (h > 0) --h;
        continue;
      }
      if (StartsWith(toks.upper[h], "HELP")) break;
      const std::string& u = toks.upper[h];
      const Xpos x = toks.tags.empty() ? Xpos::kNN : toks.tags[h].xpos;
      if (!(u == "[" || u == "]" || u == "(" || u == ")" || toks.ids[h] == w_.the || x == Xpos::kPRP ||
            x == Xpos::kNNP || x == Xpos::kNN || x == Xpos::kNNS))
        break;
      --h;
    }
    if (h > 0 && StartsWith(toks.upper[h], "HELP") && toks.ids[h - 1] == w_.to)
      take(InfinitiveMood(toks, a, h - 1));
  }
  if (negated) return Mood::kNegated;
  if (hypothetical || GerundOfContent(toks, a, v) || WhatARuleProvides(toks, a, v))
    return Mood::kHypothetical;
  return Mood::kAsserted;
}

// "reported by The Guardian as convicted of assaults", "described as
// banned": a participle after "as" describes someone, it tells of no act.
// "Under the U.S. Constitution, the House impeaches the official": in the
// present tense, after "under" a law or a constitution, what the rule
// provides.
bool Analyzer::WhatARuleProvides(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const {
  if (toks.tags.empty() || v.start == 0) return false;
  const Xpos vx = toks.tags[v.pos].xpos;
  if (vx == Xpos::kVBN && toks.ids[v.start - 1] == w_.as) return true;
  if (vx != Xpos::kVBZ && vx != Xpos::kVBP) return false;
  size_t open = 0;  // the clause's first word
  for (size_t t = v.start; t-- > 0;)
    if (a.clause_break[t]) { open = t + 1; break; }
  if (toks.upper[open] != "UNDER") return false;
  for (size_t t = open + 1; t < v.start && t < open + 8; ++t) {
    const std::string& u = toks.upper[t];
    if (u == "LAW" || u == "LAWS" || u == "CONSTITUTION" || u == "RULES" || u == "TREATY" ||
        u == "CHARTER" || u == "ACT" || u == "STATUTE" || u == "REGULATIONS" || u == "SYSTEM")
      return true;
    if (toks.ids[t] == w_.comma) break;
  }
  return false;
}

// "accused Ukraine of attacking", "was convicted of making false statements
// and obstructing ...", "capable of striking": a gerund after "of" names an
// act as the content of an accusation, a charge or an ability, not as done;
// so does one after "aimed at" or "known for".
bool Analyzer::GerundOfContent(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) const {
  if (toks.tags.empty() || toks.tags[v.pos].xpos != Xpos::kVBG || v.start == 0) return false;
  size_t k = v.start - 1;
  while (k > 0 && (toks.tags[k].xpos == Xpos::kRB || toks.tags[k].xpos == Xpos::kOpenQuote))
    --k;
  if (toks.upper[k] == "OF" || toks.upper[k] == "ABOUT") return true;
  // "aimed at ending": a purpose, not done. ("with a view to strengthening",
  // "committed to ending": the "to" before the gerund, InfinitiveMood.)
  if (k > 0 && toks.upper[k] == "AT") {
    const std::string& g = toks.upper[k - 1];
    if (g == "AIMED" || g == "AIMING") return true;
  }
  // "was known for mediating", "is famous for hosting": a description.
  auto known_for = [&](size_t j) {
    if (j == 0 || toks.upper[j] != "FOR") return false;
    const std::string& g = toks.upper[j - 1];
    return g == "KNOWN" || g == "FAMOUS" || g == "NOTED" || g == "REMEMBERED" || g == "RENOWNED" ||
           g == "NOTORIOUS";
  };
  if (known_for(k)) return true;
  // "was about Beijing offering new guidance": the gerund's own subject first.
  if (a.group_at[k] >= 0) {
    const size_t s = a.groups[static_cast<size_t>(a.group_at[k])].start;
    if (s > 0 && toks.upper[s - 1] == "ABOUT") return true;
  }
  // "accused of creating a disaster by blocking aid", "of attacking ... and
  // killing": the next gerund of that content.
  if (toks.ids[k] != w_.and_ && toks.ids[k] != w_.or_ && toks.upper[k] != "BY") return false;
  for (size_t j = k; j-- > 0 && k - j < 10 && !a.clause_break[j];)
    if ((toks.upper[j] == "OF" || known_for(j)) && toks.tags[j + 1].xpos == Xpos::kVBG) return true;
  return false;
}

bool Analyzer::IsAuxiliaryOrAdverb(uint32_t id, const std::string& u) const {
  if (id == w_.is || id == w_.are || id == w_.was || id == w_.were || id == w_.be ||
      id == w_.been || id == w_.being || id == w_.has || id == w_.have || id == w_.had)
    return true;
  const std::string_view v = u;  // (compares the size first)
  if (v == "DO" || v == "DOES" || v == "DID" || v == "ALSO" || v == "STILL" || v == "JUST" ||
      v == "ALREADY" || v == "EVEN" || v == "EVER" || v == "THEN" || v == "NOW" || v == "SOON" ||
      v == "REPORTEDLY" || v == "ALLEGEDLY")
    return true;
  return v.size() > 3 && v.substr(v.size() - 2) == "LY";
}

// "to" at k introduces the verb after it. Refusing or failing negates it;
// doing verbs ("managed to", "began to", "went on to") and orders that are
// carried out ("ordered X to", "forced X to") assert it; everything else
// ("plans to", "agreed to", "urged X to", "tried to") is not yet a fact.
Mood Analyzer::InfinitiveMood(const SentenceTokens& toks, const Analysis& a, size_t k) const {
  if (k == 0) return Mood::kHypothetical;
  size_t h = k - 1;
  // "urged Russia to", "ordered his staff to": look past the object.
  for (int skip = 0; skip < 3 && h > 0 && (a.group_at[h] >= 0 || !IsVerbLike(toks.upper[h])); ++skip) --h;
  const std::string& w = toks.upper[h];
  if (StartsWith(w, "FAIL") || StartsWith(w, "REFUS") || StartsWith(w, "DECLIN")) return Mood::kNegated;
  if (StartsWith(w, "MANAGE") || StartsWith(w, "BEGAN") || StartsWith(w, "BEGIN") ||
      StartsWith(w, "START") || StartsWith(w, "CONTINU") || StartsWith(w, "PROCEED") ||
      (w == "ON" && h + 1 == k) ||  // "went on to", not "called on Gondor to"
      StartsWith(w, "RUSH") || w == "USED" || StartsWith(w, "ORDER") || StartsWith(w, "FORC") ||
      StartsWith(w, "COMPEL"))
    return Mood::kAsserted;
  return Mood::kHypothetical;
}

// A word that looks like a verb form (for finding the verb that governs an
// infinitive): -ED, -ING, -S forms and the common irregular ones.
bool Analyzer::IsVerbLike(const std::string& u) {
  if (u.size() > 3 && (u.compare(u.size() - 2, 2, "ED") == 0 || u.compare(u.size() - 3, 3, "ING") == 0))
    return true;
  static constexpr std::string_view kWords[] = {"ASK", "ASKS", "URGE", "URGES", "TOLD", "TELL",
                                                "TELLS", "WANT", "WANTS", "MADE", "MAKE", "LET",
                                                "ON", "SOUGHT", "SEEK", "SEEKS", "PLAN", "PLANS"};
  for (std::string_view k : kWords)
    if (k == u) return true;
  return false;
}

bool Analyzer::IsFinite(const SentenceTokens& toks, const VerbHit& v) const {
  if (toks.tags.empty()) return false;
  const Xpos vx = toks.tags[v.pos].xpos;
  if (vx == Xpos::kVBD || vx == Xpos::kVBZ || vx == Xpos::kVBP) return true;
  size_t aux = v.start;  // the word before the group, past adverbs (and a quotation mark: 'has "condemned')
  while (aux > 1 && (toks.tags[aux - 1].xpos == Xpos::kRB || toks.tags[aux - 1].xpos == Xpos::kOpenQuote ||
                      toks.tags[aux - 1].xpos == Xpos::kCloseQuote))
    --aux;
  if (aux == 0) return false;
  const Xpos a = toks.tags[aux - 1].xpos;
  if (a == Xpos::kMD) return true;
  return (vx == Xpos::kVBN || vx == Xpos::kVBG) &&
         (a == Xpos::kVBD || a == Xpos::kVBZ || a == Xpos::kVBP) &&
         IsAuxiliaryOrAdverb(toks.ids[aux - 1], toks.upper[aux - 1]);
}

bool Analyzer::IsPassive(const SentenceTokens& toks, const VerbHit& v) const {
  const std::string& u = toks.upper[v.pos];
  const bool participle = !toks.tags.empty() ? toks.tags[v.pos].xpos == Xpos::kVBN : (u.size() > 3 && (u.substr(u.size() - 2) == "ED" || u.substr(u.size() - 2) == "EN")) ||
                          u == "SHOT" || u == "HIT" || u == "HELD" || u == "MET" || u == "SEEN" ||
                          u == "TAKEN" || u == "BEATEN" || u == "STRUCK" || u == "CAUGHT" ||
                          u == "SOUGHT" || u == "BROUGHT" || u == "KEPT" || u == "LED" || u == "SENT" ||
                          u == "TOLD" || u == "SOLD" || u == "PUT" || u == "SET" || u == "CUT";
  if (!participle) return false;
  size_t i = v.start;
  for (int steps = 0; i > 0 && steps < 3; ++steps) {
    --i;
    uint32_t id = toks.ids[i];
    if (id == w_.is || id == w_.are || id == w_.was || id == w_.were || id == w_.be ||
        id == w_.been || id == w_.being)
      return true;
    const std::string& w = toks.upper[i];
    // "was further sanctioned", "were later charged", "has also been".
    if (!(w.size() > 2 && w.substr(w.size() - 2) == "LY") && id != w_.not_ && id != w_.nt &&
        id != w_.never && !IsAuxiliaryOrAdverb(id, w) && w != "FURTHER" && w != "LATER" &&
        w != "FIRST" && w != "ONCE" && w != "AGAIN")
      return false;
  }
  return false;
}

}  // namespace dyad::code
