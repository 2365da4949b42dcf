#include "code/coref.h"

#include <algorithm>
#include <string_view>

namespace dyad::code {

namespace {

enum class Kind { kNone, kPerson, kThing, kPlural };

Kind PronounKind(std::string_view u) {
  if (u == "HE" || u == "SHE" || u == "HIM") return Kind::kPerson;
  if (u == "IT") return Kind::kThing;
  if (u == "THEY" || u == "THEM") return Kind::kPlural;
  return Kind::kNone;
}

bool Fits(Kind k, bool person, bool plural) {
  switch (k) {
    case Kind::kPerson: return person && !plural;
    case Kind::kThing: return !person && !plural;
    case Kind::kPlural: return plural;
    case Kind::kNone: return false;
  }
  return false;
}

// "It is", "it was", "it seems": "it" without a referent.
bool ExpletiveIt(const SentenceTokens& toks, const Words& w, size_t i) {
  if (i + 1 >= toks.size()) return true;
  const uint32_t next = toks.ids[i + 1];
  if (next == w.is || next == w.was || next == w.be || next == w.s_clitic) return true;
  const std::string& u = toks.upper[i + 1];
  return u == "SEEMS" || u == "SEEMED" || u == "APPEARS" || u == "APPEARED" || u == "REMAINS" ||
         u == "REMAINED" || u == "TAKES" || u == "TOOK" || u == "MEANS" || u == "MATTERS";
}

// A verb (or modal) within two words after i, past adverbs: "he said", "it
// would", "they have also". Without tags: a lower-case word ending in -ED
// or -S, or a modal or auxiliary.
bool VerbFollows(const SentenceTokens& toks, size_t i) {
  for (size_t k = i + 1; k < toks.size() && k <= i + 3; ++k) {
    if (!toks.tags.empty()) {
      const Xpos x = toks.tags[k].xpos;
      if (x == Xpos::kMD || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) return true;
      if (x != Xpos::kRB && x != Xpos::kRBR && x != Xpos::kRBS) return false;
      continue;
    }
    const std::string& u = toks.upper[k];
    if (u.size() > 2 && u.compare(u.size() - 2, 2, "LY") == 0) continue;
    return !toks.capitalized[k] && u.size() > 2 &&
           (u.compare(u.size() - 2, 2, "ED") == 0 || u.back() == 'S' || u == "WILL" ||
            u == "WOULD" || u == "COULD" || u == "MAY" || u == "MIGHT" || u == "CAN");
  }
  return false;
}

// "the two countries", "both sides": its length in words, else 0.
size_t PairDescription(const SentenceTokens& toks, const Words& w, size_t i) {
  auto noun = [&](size_t k) {
    if (k >= toks.size()) return false;
    const std::string& u = toks.upper[k];
    return u == "COUNTRIES" || u == "NATIONS" || u == "SIDES" || u == "GOVERNMENTS" ||
           u == "LEADERS" || u == "NEIGHBOURS" || u == "NEIGHBORS" || u == "STATES";
  };
  if (toks.ids[i] == w.the && i + 2 < toks.size() && toks.upper[i + 1] == "TWO" && noun(i + 2))
    return 3;
  if (toks.upper[i] == "BOTH" && noun(i + 1)) return 2;
  return 0;
}

}  // namespace

bool IsPronounWord(std::string_view upper) { return PronounKind(upper) != Kind::kNone; }

void Discourse::EndSentence(const Analysis& a) {
  for (const ActorGroup& g : a.groups) {
    Referent r;
    r.sentence = sentence_;
    r.subject = &g == &a.groups.front();
    if (g.units.size() > 1) {
      r.plural = true;
      for (size_t u : g.units)
        for (const std::string& c : a.units[u].codes) r.codes.push_back(c);
    } else {
      const ActorUnit& u = a.units[g.units[0]];
      r.codes = u.codes;
      r.person = u.person;
      r.plural = u.plural;
    }
    if (r.codes.empty()) continue;
    recent_.push_back(std::move(r));
  }
  if (recent_.size() > kMaxReferents)
    recent_.erase(recent_.begin(), recent_.end() - static_cast<std::ptrdiff_t>(kMaxReferents));
  ++sentence_;
}

const Referent* Discourse::Find(bool person, bool plural) const {
  const Kind kind = person ? Kind::kPerson : plural ? Kind::kPlural : Kind::kThing;
  const Referent* latest = nullptr;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (sentence_ - it->sentence > kWindow) break;
    if (!Fits(kind, it->person, it->plural)) continue;
    if (!latest) latest = &*it;
    // The subject of the same sentence as the latest fitting actor.
    if (it->sentence != latest->sentence) break;
    if (it->subject) return &*it;
  }
  return latest;
}

void AddPronounUnits(const SentenceTokens& toks, const Words& w, const Discourse* discourse,
                     Analysis* out) {
  const size_t units_before = out->units.size();
  size_t next_unit = 0;  // first dictionary unit not yet passed
  for (size_t i = 0; i < toks.size(); ++i) {
    while (next_unit < units_before && out->units[next_unit].end <= i) ++next_unit;
    if (next_unit < units_before && out->units[next_unit].start <= i) continue;  // inside a name
    // "The two countries", "both sides": the last compound actor.
    if (const size_t len = PairDescription(toks, w, i)) {
      const Referent* r = discourse ? discourse->Find(false, true) : nullptr;
      if (r && r->codes.size() >= 2) {
        ActorUnit p;
        p.start = i;
        p.end = i + len;
        p.codes = r->codes;
        p.has_actor = p.plural = p.pronoun = true;
        out->units.push_back(std::move(p));
        i += len - 1;
      }
      continue;
    }
    const Kind kind = PronounKind(toks.upper[i]);
    if (kind == Kind::kNone) continue;
    // The tagger tells "her" the pronoun from "her" the determiner; the
    // words above are personal pronouns only.
    if (!toks.tags.empty() && toks.tags[i].xpos != Xpos::kPRP) continue;
    if (kind == Kind::kThing && ExpletiveIt(toks, w, i)) continue;
    // "He", "she", "they" and "it" name actors only as the subject of a verb
    // right after them ("it said", "he has also"): as an object, "it" is
    // rarely an actor ("considered it inappropriate"), and in "X said they
    // ..." the pronoun belongs to the reported clause, not to "said".
    const bool objective = toks.upper[i] == "HIM" || toks.upper[i] == "THEM";
    if (!objective && !VerbFollows(toks, i)) continue;
    // The nearest fitting actor before it in this sentence, else in the two before.
    const std::vector<std::string>* codes = nullptr;
    // An object pronoun is not the subject of its own verb ("police
    // dispersed them"): it skips the nearest fitting actor before it.
    bool skip = objective;
    for (size_t k = next_unit; k-- > 0;) {
      const ActorUnit& u = out->units[k];
      if (!Fits(kind, u.person, u.plural)) continue;
      if (skip) { skip = false; continue; }
      codes = &u.codes;
      break;
    }
    // A subject pronoun continues the sentence's subject ("Arnor urged
    // Gondor to wait and then it asked Rohan ..." -> Arnor): the first
    // fitting actor of the sentence, when it opens the sentence.
    if (!objective && codes && next_unit > 0) {
      const ActorUnit& first = out->units[0];
      if (first.start <= 1 && Fits(kind, first.person, first.plural)) codes = &first.codes;
    }
    if (!codes && discourse) {
      const Referent* r = discourse->Find(kind == Kind::kPerson, kind == Kind::kPlural);
      if (r) codes = &r->codes;
    }
    if (!codes) continue;
    ActorUnit p;
    p.start = i;
    p.end = i + 1;
    p.codes = *codes;
    p.has_actor = true;
    p.person = kind == Kind::kPerson;
    p.plural = kind == Kind::kPlural;
    p.pronoun = true;
    out->units.push_back(std::move(p));
  }
  if (out->units.size() > units_before)
    std::stable_sort(out->units.begin(), out->units.end(),
                     [](const ActorUnit& a, const ActorUnit& b) { return a.start < b.start; });
}

}  // namespace dyad::code
