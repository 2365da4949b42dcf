// Pattern matching (see pattern_matcher.h).
#include "code/pattern_matcher.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace dyad::code {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kWindow = 12;  // how far a non-adjacent pattern element may be

// A pattern word matches itself and its regular plurals, as PETRARCH-2
// reads patterns: TALK -> TALKS, PRESS -> PRESSES, PARTY -> PARTIES, and the
// possessive ("GONDOR'S"); not other inflections ("MEET" is not "meeting").
// dyad's own dictionaries also let a pattern word match its -ED/-D/-ING
// forms ("ARREST": arrested).
bool InflectionOf(std::string_view word, std::string_view stem) {
  if (stem.size() < 2) return false;
  // "LEAVE" -> "leaving"; "STOP" -> "stopped", "stopping".
  if (stem.back() == 'E' && word.size() == stem.size() + 2 &&
      word.compare(0, stem.size() - 1, stem.substr(0, stem.size() - 1)) == 0 &&
      word.substr(stem.size() - 1) == "ING")
    return true;
  if (word.size() <= stem.size() || word.compare(0, stem.size(), stem) != 0) return false;
  std::string_view rest = word.substr(stem.size());
  if (rest.size() > 2 && rest[0] == stem.back() && std::string_view("BDGMNPRT").find(rest[0]) != std::string_view::npos)
    rest.remove_prefix(1);
  return rest == "ED" || rest == "D" || rest == "ING";
}

bool PluralOf(std::string_view word, std::string_view stem) {
  if (word.size() <= stem.size()) return false;
  if (word.compare(0, stem.size(), stem) == 0) {
    const std::string_view rest = word.substr(stem.size());
    return rest == "S" || rest == "ES" || rest == "'S";
  }
  return stem.size() > 1 && stem.back() == 'Y' && word.size() == stem.size() + 2 &&
         word.compare(0, stem.size() - 1, stem.substr(0, stem.size() - 1)) == 0 &&
         word.substr(stem.size() - 1) == "IES";
}

}  // namespace

size_t PatternMatcher::Literal(const CElement& e, size_t pos) const {
  const size_t n = t_.size();
  switch (e.kind) {
    case PatternElement::Kind::kWord: {
      if (pos + e.words.size() > n) return kNone;
      if (e.words.size() == 1) {
        if (t_.ids[pos] == e.first_word) return pos + 1;
        const std::string& u = t_.upper[pos];
        // (Every other reading starts with the stem's first letter.)
        if (u.empty() || e.stem.empty() || u[0] != e.stem[0]) return kNone;
        if (e.prefix && u.compare(0, e.stem.size(), e.stem) == 0) return pos + 1;  // TABARI stem
        if (e.exact) return kNone;
        if (PluralOf(u, e.stem) || (e.inflected && InflectionOf(u, e.stem))) return pos + 1;
        return kNone;
      }
      for (size_t k = 0; k < e.words.size(); ++k)
        if (t_.ids[pos + k] != e.words[k]) return kNone;
      return pos + e.words.size();
    }
    case PatternElement::Kind::kSynset: {
      size_t best = kNone;
      const CSynset& set = c_.synsets[e.synset];
      if (pos >= n) return kNone;
      // (The Bloom filter first: it is in the set itself, and rejects most
      // words without reading first_words.)
      if (!set.any_first &&
          (!set.first_bloom.MayHave(IdBloomHash(t_.ids[pos])) ||
           !std::binary_search(set.first_words.begin(), set.first_words.end(), t_.ids[pos])))
        return kNone;
      for (size_t q = 0; q < set.phrases.size(); ++q) {
        // The first word inline: most phrases fail there (a hot path).
        const std::vector<uint32_t>& ph = set.phrases[q];
        if (ph.empty()) {  // an empty member matches where it stands
          if (best == kNone) best = pos;
          continue;
        }
        bool ok = t_.ids[pos] == ph[0];
        if (!ok && ph.size() == 1 && !set.stems[q].empty())
          ok = t_.upper[pos].compare(0, set.stems[q].size(), set.stems[q]) == 0;
        if (!ok) continue;
        const size_t end = ph.size() == 1 ? pos + 1 : SynsetPhrase(set, q, 1, pos + 1);
        if (end != kNone && (best == kNone || end > best)) best = end;
      }
      return best;
    }
    default:
      return kNone;
  }
}

void PatternMatcher::MarkNamed(size_t from, size_t to, MatchState* st) const {
  for (size_t t = from; t < to && t < t_.size(); ++t) {
    const int g = a_.group_at[t];
    if (g >= 0 && g < 64) st->named |= uint64_t{1} << g;
  }
}

size_t PatternMatcher::At(const CElement& e, size_t pos, MatchState* st) const {
  const size_t n = t_.size();
  if (pos > n) return kNone;
  if (e.kind == PatternElement::Kind::kWord || e.kind == PatternElement::Kind::kSynset) {
    const size_t end = Literal(e, pos);
    if (end != kNone) MarkNamed(pos, end, st);
    if (end != kNone && pos > verb_ && pos < st->first_word_after) st->first_word_after = pos;
    return end;
  }
  switch (e.kind) {
    case PatternElement::Kind::kWord:
    case PatternElement::Kind::kSynset:
      return kNone;  // (above)
    case PatternElement::Kind::kNounPhrase:
    case PatternElement::Kind::kPrepPhrase: {
      // "(DOWN)" is a prepositional phrase: the tagger's particle ("burned
      // down its embassy") is part of the verb, not a preposition.
      if (e.kind == PatternElement::Kind::kPrepPhrase && pos < t_.tags.size() &&
          t_.tags[pos].xpos == Xpos::kRP)
        return kNone;
      MatchState s = *st;
      size_t end = Sequence(e.children, 0, pos, true, e.kind == PatternElement::Kind::kNounPhrase ? 2 : 3, &s);
      if (end != kNone) *st = s;
      return end;
    }
    case PatternElement::Kind::kSource:
    case PatternElement::Kind::kTarget:
    case PatternElement::Kind::kCompound: {
      if (pos >= n) return kNone;
      int g = a_.group_at[pos];
      if (g < 0 || a_.groups[g].start != pos) return kNone;
      // "X, ally of Y, said" (an attribution, "on behalf of X", only when
      // the pattern names its words)
      if (a_.aside[pos] == kAside && !a_.aside[verb_]) return kNone;
      if (e.kind == PatternElement::Kind::kSource) st->source = g;
      else if (e.kind == PatternElement::Kind::kTarget) st->target = g;
      else st->source = st->target = g;
      return a_.groups[g].end;
    }
    case PatternElement::Kind::kSkip: {
      // TABARI's "^": an actor (a whole compound) passed over, neither
      // source nor target.
      // PETRARCH-2's passes over a noun phrase: an actor there (after an
      // article too), else nothing ("celebrated Iftar in Osgiliath with the
      // leaders of Gondor": "IFTAR IN ^ +" finds Gondor).
      size_t at = pos;
      if (!skip_actors_ && at + 1 < n && (t_.upper[at] == "THE" || t_.upper[at] == "A" || t_.upper[at] == "AN"))
        ++at;
      const int g = at < n ? a_.group_at[at] : -1;
      if (!skip_actors_ && (g < 0 || a_.groups[g].start != at)) return pos;
      if (pos >= n) return kNone;
      if (g < 0 || a_.groups[g].start != at) return kNone;
      if (g < 64) st->skipped |= uint64_t{1} << g;
      return a_.groups[g].end;
    }
    case PatternElement::Kind::kVerb:
      return kNone;
  }
  return kNone;
}

size_t PatternMatcher::SynsetPhrase(const CSynset& set, size_t q, size_t k, size_t pos) const {
  const std::vector<uint32_t>& ph = set.phrases[q];
  if (k == ph.size()) return pos;
  const size_t reach = k > 0 && !set.gaps.empty() && set.gaps[q][k] ? 2 : 0;
  for (size_t s = pos; s <= pos + reach && s < t_.size(); ++s) {
    bool ok = t_.ids[s] == ph[k];
    // A TABARI stem as the last word: any word that starts with it.
    if (!ok && k + 1 == ph.size() && !set.stems[q].empty())
      ok = t_.upper[s].compare(0, set.stems[q].size(), set.stems[q]) == 0;
    if (!ok) continue;
    const size_t end = SynsetPhrase(set, q, k + 1, s + 1);
    if (end != kNone) return end;
  }
  return kNone;
}

size_t PatternMatcher::Sequence(const std::vector<CElement>& es, size_t i, size_t pos,
                                bool anchored, size_t gap, MatchState* st) const {
  if (i == es.size()) return pos;
  const CElement& e = es[i];
  const size_t max_skip = (anchored || e.joined) ? 0 : gap;
  // CoderOptions::loose_pattern_gaps: a phrase naming an actor after
  // another actor belongs to that actor's phrase; nothing after the start
  // of another clause belongs to this verb's pattern.
  const bool stop_at_actor = !loose_gaps_ && e.names_actor;
  for (size_t s = pos; s <= pos + max_skip && s <= t_.size(); ++s) {
    if (s > pos && !loose_gaps_) {
      const size_t k = s - 1;  // the word the gap would pass over
      if (stop_at_actor && a_.group_at[k] >= 0 && a_.groups[a_.group_at[k]].start == k) break;
      if (k > pos && a_.clause_break[k] == kClauseOpener) break;
      // ("announced he had asked for Bolton's resignation": the resignation
      // is what "asked" is about, not "announced".)
      if (!a_.finite_verb.empty() && a_.finite_verb[k] && k != verb_) break;
    }
    MatchState trial = *st;
    size_t end = At(e, s, &trial);
    if (end == kNone) continue;
    size_t rest = Sequence(es, i + 1, end, false, gap, &trial);
    if (rest != kNone) {
      *st = trial;
      return rest;
    }
  }
  return kNone;
}

bool PatternMatcher::Backward(const std::vector<CElement>& es, int k, size_t boundary,
                              bool adjacent, MatchState* st) const {
  if (k < 0) return true;
  const CElement& e = es[static_cast<size_t>(k)];
  const size_t low = boundary > kWindow ? boundary - kWindow : 0;
  for (size_t s = boundary; s-- > low;) {
    MatchState trial = *st;
    size_t end = At(e, s, &trial);
    if (end == kNone || end > boundary || (adjacent && end != boundary)) continue;
    if (Backward(es, k - 1, s, e.joined, &trial)) {
      *st = trial;
      return true;
    }
  }
  return false;
}

bool PatternMatcher::Match(const CPattern& p, const VerbHit& v, MatchState* st) {
  // A word the pattern needs is nowhere in the sentence.
  if (!prefixes_.Covers(p.need_prefixes)) return false;
  for (const WordBloom& any : p.need_any)
    if (!ids_.Intersects(any)) return false;
  verb_ = v.pos;
  MatchState s;
  if (!Backward(p.before, static_cast<int>(p.before.size()) - 1, v.start, p.verb_joined, &s))
    return false;
  if (Sequence(p.after, 0, v.end, false, kWindow, &s) == kNone) return false;
  *st = s;
  return true;
}

}  // namespace dyad::code
