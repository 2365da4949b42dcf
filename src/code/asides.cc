// Analyzer::FindAsides: the parts of a sentence whose actors are no party
// to a verb outside them: comma spans after an actor, participles and
// relative clauses of an apposition, and attributions ("according to X",
// "told Reuters", "on behalf of X", "despite X"). See analysis.h.
#include <string_view>

#include "code/analysis.h"

namespace dyad::code {

void Analyzer::FindAsides(const SentenceTokens& toks, Analysis* out) const {
  const size_t n = toks.size();
  out->aside.assign(n, 0);
  // A dictionary verb at t, past auxiliaries and adverbs ("has stated",
  // "would later condemn").
  auto verb_at = [&](size_t t) {
    for (size_t k = 0; k < 3 && t < toks.size(); ++k, ++t) {
      for (const VerbHit& v : out->verbs)
        if (v.start == t) return !v.noun_reading;
      if (!IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t]) && toks.ids[t] != w_.will &&
          toks.ids[t] != w_.would && toks.ids[t] != w_.could && toks.ids[t] != w_.may)
        return false;
    }
    return false;
  };
  for (size_t c1 = 0; c1 < n; ++c1) {
    if (toks.ids[c1] != w_.comma) continue;
    // A relative clause may open the aside: "X, which had backed Y, said".
    size_t c2 = c1 + 1;
    if (c2 < n && (toks.ids[c2] == w_.who || toks.ids[c2] == w_.which)) ++c2;
    while (c2 < n && c2 < c1 + 20 && toks.ids[c2] != w_.comma && !out->clause_break[c2]) ++c2;
    // ", a Syrian refugee who feared regime retaliation ..., said": the
    // relative clause of an apposition (which itself may name the subject:
    // ", a spokesman for the PMF,") is an aside from "who" to its comma.
    if (c1 + 1 < n && (toks.ids[c1 + 1] == w_.a || toks.ids[c1 + 1] == w_.an) && c2 < n &&
        (toks.ids[c2] == w_.who || toks.ids[c2] == w_.which)) {
      size_t end = c2 + 1;
      while (end < n && end < c1 + 30 && toks.ids[end] != w_.comma && toks.ids[end] != w_.that) ++end;
      if (end + 1 < n && toks.ids[end] == w_.comma && verb_at(end + 1)) {
        for (size_t t = c2; t < end; ++t) out->aside[t] = kAside;
        c1 = end - 1;
        continue;
      }
    }
    if (c2 >= n || toks.ids[c2] != w_.comma || c2 == c1 + 1) continue;
    // After an actor, an aside ends where its verb comes: "Gollum, centre
    // of a row between X and Y, called"; after any word, a participle or a
    // relative clause ending before "that" or a verb is one too.
    const bool after_actor = c1 > 0 && out->group_at[c1 - 1] >= 0;
    const uint32_t first = toks.ids[c1 + 1];
    const bool participle =
        first == w_.who || first == w_.which ||
        (!toks.tags.empty() && (toks.tags[c1 + 1].xpos == Xpos::kVBN || toks.tags[c1 + 1].xpos == Xpos::kVBG));
    const bool verb_follows = c2 + 1 < n && verb_at(c2 + 1);
    const bool that_follows = c2 + 1 < n && toks.ids[c2 + 1] == w_.that;
    if (!((after_actor && verb_follows) || (participle && (verb_follows || that_follows)))) continue;
    // "From Arnor, Gondor's envoy spoke, defending ...": a finite verb of its
    // own (not opened by who/which) makes the span a clause, not an aside.
    bool finite = false;
    if (!toks.tags.empty() && first != w_.who && first != w_.which)
      for (size_t t = c1 + 1; t < c2 && !finite; ++t) {
        const Xpos x = toks.tags[t].xpos;
        finite = x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD;
      }
    if (finite) continue;
    for (size_t t = c1 + 1; t < c2; ++t) out->aside[t] = kAside;
    c1 = c2 - 1;
  }
  // "according to prosecutors", "as reported by AP", "on behalf of the
  // Senate", "despite police disapproval": who reports, whom one acts for,
  // what one acts despite.
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::string_view u = toks.upper[i];  // (compares the size first)
    size_t from = n, max_len = 0;
    bool to_comma = false;
    if (u == "ACCORDING" && toks.ids[i + 1] == w_.to) {
      from = i, max_len = 25, to_comma = true;
    } else if ((u == "REPORTED" || u == "QUOTED" || u == "CITED" || u == "MONITORED") &&
               toks.ids[i + 1] == w_.by) {
      from = i, max_len = 8;
    } else if (u == "BEHALF" && i > 0 && toks.ids[i - 1] == w_.on && toks.ids[i + 1] == w_.of) {
      from = i - 1, max_len = 8;
    } else if (u == "DESPITE" || (u == "IN" && i + 2 < n && toks.upper[i + 1] == "SPITE" &&
                                  toks.ids[i + 2] == w_.of)) {
      from = i, max_len = 10;
    }
    if (from == n) continue;
    size_t t = from;
    for (; t < n && t < from + max_len; ++t) {
      if (t > i + 1 && (toks.ids[t] == w_.comma || out->clause_break[t] == kClauseOpener)) break;
      // A phrase ends at its next preposition ("despite ... disapproval in
      // the eleventh week of protests against X"), not "according to"'s own.
      if (!to_comma && t > i + 1 && out->group_at[t] < 0 && !toks.tags.empty() &&
          toks.tags[t].xpos == Xpos::kIN && toks.ids[t] != w_.of && toks.ids[t] != w_.from)
        break;
      if (out->aside[t] == 0) out->aside[t] = kAttribution;
    }
    // "according to prosecutor Josh Bash, the U.S. Attorney for ...": an
    // apposition (no verb up to the next comma or the end) continues it.
    if (to_comma && t < n && toks.ids[t] == w_.comma && !toks.tags.empty()) {
      size_t e = t + 1;
      bool verb = false;
      for (; e < n && toks.ids[e] != w_.comma && !verb; ++e) {
        const Xpos x = toks.tags[e].xpos;
        verb = x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD;
      }
      if (!verb)
        for (size_t k = t + 1; k < e; ++k)
          if (out->aside[k] == 0) out->aside[k] = kAttribution;
    }
    i = t;
  }
  // "told Reuters", "told reporters", "in an interview with the BBC": the
  // news medium a speaker talks to carries the words; it is no party to
  // them.
  for (const ActorUnit& u : out->units) {
    if (u.pronoun || u.anaphor || u.codes.empty() || u.start == 0) continue;
    bool media = true;
    for (const std::string& c : u.codes)
      media = media && c.size() >= 6 && c.compare(c.size() - 3, 3, "MED") == 0;
    if (!media) continue;
    size_t k = u.start;
    if (toks.ids[k - 1] == w_.the && k >= 2) --k;
    const std::string_view before = toks.upper[k - 1];
    const std::string_view two = k >= 2 ? std::string_view(toks.upper[k - 2]) : std::string_view();
    const bool channel =
        before == "TOLD" || before == "TELL" || before == "TELLS" || before == "TELLING" ||
        (toks.ids[k - 1] == w_.with && (two == "INTERVIEW" || two == "INTERVIEWS")) ||
        (toks.ids[k - 1] == w_.to && (two == "SPEAKING" || two == "SPOKE" || two == "TALKING"));
    if (!channel) continue;
    for (size_t t = u.start; t < u.end; ++t)
      if (out->aside[t] == 0) out->aside[t] = kAttribution;
  }
  // "AIDES URGE S. KOREA'S CHUN TO OPEN TALKS - RADIO", "... - PARIS
  // TRADE": in a headline in capitals, up to three words after its last
  // dash, with no verb, say who reported it.
  size_t dash = n;
  for (size_t t = n; t-- > 0 && n - t <= 4;)
    if (toks.upper[t] == "-" || toks.upper[t] == "--") {
      dash = t;
      break;
    }
  if (dash + 1 < n && dash >= 3) {
    size_t words = 0, caps = 0;  // words with a letter; those in capitals
    for (size_t t = 0; t < n; ++t) {
      bool letter = false;
      for (const char ch : toks.upper[t]) letter = letter || (ch >= 'A' && ch <= 'Z');
      words += letter;
      caps += letter && toks.all_caps[t];
    }
    bool verb = false;
    for (const VerbHit& v : out->verbs) verb = verb || v.start > dash;
    if (!verb && words >= 4 && caps * 10 >= words * 8)
      for (size_t t = dash + 1; t < n; ++t)
        if (out->aside[t] == 0) out->aside[t] = kAttribution;
  }
}

}  // namespace dyad::code
