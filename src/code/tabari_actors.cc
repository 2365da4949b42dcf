// TABARI's default actor search (see tabari_actors.h).
#include "code/tabari_actors.h"

#include "code/coref.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace dyad::code {
namespace {

bool Adjective(Xpos x) { return x == Xpos::kJJ || x == Xpos::kJJR || x == Xpos::kJJS; }
bool CommonNoun(Xpos x) { return x == Xpos::kNN || x == Xpos::kNNS; }

// Groups a and b (-1: none) have a code in common.
bool Shares(const Analysis& an, int a, int b) {
  if (a < 0 || b < 0) return false;
  for (size_t ua : an.groups[static_cast<size_t>(a)].units)
    for (size_t ub : an.groups[static_cast<size_t>(b)].units)
      for (const std::string& x : an.units[ua].codes)
        for (const std::string& y : an.units[ub].codes)
          if (x == y) return true;
  return false;
}

}  // namespace

std::string TabariAgentCode(const std::string& prefix, const std::string& actor,
                            const std::string& suffix) {
  auto has = [&](std::string_view part) {
    for (size_t at = 0; at + part.size() <= actor.size(); at += 3)
      if (actor.compare(at, part.size(), part) == 0) return true;
    return false;
  };
  std::string head, tail;
  for (size_t at = 0; at + 3 <= prefix.size(); at += 3)
    if (!has(std::string_view(prefix).substr(at, 3))) head += prefix.substr(at, 3);
  for (size_t at = 0; at + 3 <= suffix.size(); at += 3)
    if (!has(std::string_view(suffix).substr(at, 3))) tail += suffix.substr(at, 3);
  return head + actor + tail;
}

void AddTabariPronounUnits(const SentenceTokens& toks, const Words& w, const Discourse* discourse,
                           Analysis* out) {
  const size_t named = out->units.size();  // the dictionary's units, in order
  // The first compound of those before token `end`: units joined by AND,
  // OR, commas and determiners only.
  auto first_compound = [&](size_t end, std::vector<std::string>* codes) {
    for (size_t a = 0; a + 1 < named && out->units[a + 1].end <= end; ++a) {
      size_t b = a;
      bool conj = false;
      while (b + 1 < named && out->units[b + 1].end <= end) {
        bool joined = true;
        for (size_t t = out->units[b].end; t < out->units[b + 1].start && joined; ++t) {
          const uint32_t id = toks.ids[t];
          conj = conj || id == w.and_ || id == w.or_;
          joined = id == w.and_ || id == w.or_ || id == w.comma || id == w.the;
        }
        if (!joined) break;
        ++b;
      }
      if (b > a && conj) {
        for (size_t k = a; k <= b; ++k)
          codes->insert(codes->end(), out->units[k].codes.begin(), out->units[k].codes.end());
        return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& u = toks.upper[i];
    const bool plural = u == "THEY" || u == "THEM";
    if (!plural && u != "HE" && u != "SHE" && u != "IT" && u != "HIM") continue;
    size_t before = 0;  // named units that end before the pronoun
    while (before < named && out->units[before].end <= i) ++before;
    ActorUnit p;
    if (before > 0) {
      if (!plural || !first_compound(i, &p.codes)) p.codes = out->units[0].codes;
    } else if (discourse) {
      p.codes = discourse->FirstActor();
    }
    if (p.codes.empty()) continue;
    p.start = i;
    p.end = i + 1;
    p.has_actor = p.pronoun = true;
    p.plural = plural;
    out->units.push_back(std::move(p));
  }
  if (out->units.size() > named)
    std::stable_sort(out->units.begin(), out->units.end(),
                     [](const ActorUnit& a, const ActorUnit& b) { return a.start < b.start; });
}

void TabariConjunctions(const SentenceTokens& toks, const Words& w, const Analysis& an,
                        std::vector<uint32_t>* out) {
  out->clear();
  for (size_t i = 0; i < toks.size() && i < an.group_at.size(); ++i) {
    const uint32_t id = toks.ids[i];
    if (!(id == w.and_ || id == w.or_ || id == w.but || toks.upper[i] == "NOR") || an.group_at[i] >= 0)
      continue;
    // Nor inside a verb phrase ("SHOT_AND_WOUND": manual 7.6).
    bool in_verb = false;
    for (const VerbHit& v : an.verbs) in_verb = in_verb || (v.start < i && i < v.end);
    if (in_verb) continue;
    if (!an.tabari_word.empty()) {
      // TABARI's compound phrases from its own word lists (manual 7.5.1):
      // <adjctv> <conj> <adjctv>, <noun> <conj> <adjctv>* <noun>.
      if (i > 0 && i + 1 < toks.size()) {
        const uint8_t a = an.tabari_word[i - 1];
        size_t j = i + 1;
        if (a == kTabariAdjective && an.tabari_word[j] == kTabariAdjective) continue;
        while (j < toks.size() && an.tabari_word[j] == kTabariAdjective) ++j;
        if (a == kTabariNoun && j < toks.size() && an.tabari_word[j] == kTabariNoun) continue;
      }
    } else if (!toks.tags.empty() && i > 0 && i + 1 < toks.size()) {
      const Xpos a = toks.tags[i - 1].xpos, b = toks.tags[i + 1].xpos;
      if ((Adjective(a) && Adjective(b)) || (CommonNoun(a) && CommonNoun(b))) continue;
    }
    out->push_back(static_cast<uint32_t>(i));
  }
}

TabariRoles TabariActorSearch(const Analysis& an, const VerbHit& v, int pattern_source,
                              int pattern_target, uint64_t skipped, bool passive,
                              const std::vector<uint32_t>& conjunctions, bool prior,
                              bool after) {
  TabariRoles r;
  auto passed_over = [&](int g) { return g < 64 && (skipped >> g & 1) != 0; };
  r.source = pattern_source;
  r.target = pattern_target;
  const int n = static_cast<int>(an.groups.size());
  if (r.source < 0) {
    // The clauses before the verb's, back to the sentence's first: an
    // actor right after a clause's conjunction is the source from there on.
    size_t k = static_cast<size_t>(
        std::lower_bound(conjunctions.begin(), conjunctions.end(), static_cast<uint32_t>(v.start)) -
        conjunctions.begin());
    while (k > 0 && r.source < 0) {
      const size_t b = conjunctions[k - 1] + 1;
      const size_t e = k < conjunctions.size() ? conjunctions[k] : v.start;
      for (int g = 0; g < n && r.source < 0; ++g) {
        const ActorGroup& grp = an.groups[static_cast<size_t>(g)];
        if (grp.start >= b && grp.end <= std::min(e, v.start) && !passed_over(g) &&
            g != r.target && !Shares(an, g, r.target))
          r.source = g;
      }
      --k;
    }
    for (int g = 0; g < n && r.source < 0; ++g)
      if (an.groups[static_cast<size_t>(g)].end <= v.start && !passed_over(g) &&
          g != r.target && !Shares(an, g, r.target))
        r.source = g;
    // None before the verb: the default source under PRIOR, else the first
    // actor after it ("Fxrnost is to restore ties with Gondor" -> GON).
    for (int g = 0; g < n && r.source < 0 && !prior; ++g)
      if (an.groups[static_cast<size_t>(g)].start >= v.end && !passed_over(g) &&
          g != r.target && !Shares(an, g, r.target))
        r.source = g;
  }
  bool actor_after = false;
  for (int g = 0; g < n; ++g)
    actor_after = actor_after || (an.groups[static_cast<size_t>(g)].start >= v.end && !passed_over(g));
  if (r.target < 0 && !(after && !actor_after)) {
    // TABARI compares a compound source by its first actor's code: another
    // member of it is a target of its own ("Bree and Arnor are to restore
    // ties" -> BRE ARN), and the compound acts on itself only when none is.
    auto member = [&](int g) -> int {
      if (g != r.source) return -1;
      const std::vector<size_t>& us = an.groups[static_cast<size_t>(g)].units;
      for (size_t i = 1; i < us.size(); ++i) {
        bool same = false;
        for (const std::string& x : an.units[us[i]].codes)
          for (const std::string& y : an.units[us[0]].codes) same = same || x == y;
        if (!same) return static_cast<int>(us[i]);
      }
      return -1;
    };
    auto take = [&](int g) {
      if (passed_over(g)) return false;
      if (g == r.source) {
        r.target_unit = member(g);
        if (r.target_unit >= 0) r.target = g;
        return r.target_unit >= 0;
      }
      if (Shares(an, g, r.source)) return false;
      r.target = g;
      return true;
    };
    for (int g = 0; g < n && r.target < 0; ++g)
      if (an.groups[static_cast<size_t>(g)].start >= v.end) take(g);
    // Before the verb, the nearest first ("Elrond and Gondor urged Bree to
    // assist them": BRE).
    for (int g = n; g-- > 0 && r.target < 0;)
      if (an.groups[static_cast<size_t>(g)].end <= v.start) take(g);
    if (r.target < 0 && r.source >= 0 && an.groups[static_cast<size_t>(r.source)].units.size() > 1) {
      r.target = r.source;
      r.reciprocal = true;
    }
  }
  if (passive && pattern_source < 0 && pattern_target < 0 && !r.reciprocal) std::swap(r.source, r.target);
  return r;
}

}  // namespace dyad::code
