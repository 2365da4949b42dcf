// Clause analysis (clauses.h) in three passes over a chunked sentence:
//   1. verb groups: each VP chunk, split where "to" starts an infinitive of
//      its own ("urged ... to stop") and joined across cue words that only
//      qualify the verb after them ("plans to", "failed to", "is due to");
//   2. each group's tense, aspect, voice, negation and modality;
//   3. links: what introduces each group (a complementizer, a relative
//      pronoun, "and", a comma before a speech verb...) decides its subject,
//      object and parent.
#include "dyad/clauses.h"

#include <algorithm>
#include <array>

#include "dyad/lemmatizer.h"
#include "nlp/clause_words.h"
#include "nlp/word_class.h"

namespace dyad {
namespace {

using wc::Is;
using wc::kAdv;
using wc::kNoun;
using wc::kVerb;

class Analyzer {
 public:
  Analyzer(std::span<const std::string_view> words, std::span<const PosTag> tags,
           const Chunks& chunks, ClauseAnalysis* out)
      : w_(words),
        t_(tags),
        ch_(chunks),
        n_(std::min({words.size(), tags.size(), chunks.chunk_of.size()})),
        out_(out) {}

  void Run();

 private:
  Xpos X(size_t i) const { return i < n_ ? t_[i].xpos : Xpos::kNone; }
  uint32_t C(size_t i) const { return i < n_ ? wc::ClassOf(t_[i].xpos) : 0; }
  bool Word(size_t i, std::string_view lower) const { return i < n_ && Is(w_[i], lower); }
  // "to" before a verb, however tagged (inside a VP chunk it is never a preposition).
  bool IsTo(size_t i) const { return X(i) == Xpos::kTO || Word(i, "to"); }
  int32_t ChunkOf(size_t i) const { return i < n_ ? ch_.chunk_of[i] : -1; }
  const Chunk& Ch(int32_t k) const { return ch_.chunks[static_cast<size_t>(k)]; }
  bool IsChunk(int32_t k, ChunkType t) const {
    return k >= 0 && static_cast<size_t>(k) < ch_.chunks.size() && Ch(k).type == t;
  }
  std::string_view Lemma(size_t i) {
    Lemmatizer::Default().Lemmatize(w_[i], t_[i], &out_->lemma_buffer);
    return out_->lemma_buffer;
  }

  // Pass 1 and 2.
  void BuildGroups();
  void AddGroup(uint32_t begin, uint32_t end, int32_t chunk, Modality cue_modality,
                int32_t cue, bool cue_negates);
  void Describe(Clause* c, uint32_t main_begin);
  // Pass 3.
  void Link();
  bool IsRelativePronoun(size_t i) const;
  bool IsNounPhraseChunk(int32_t k) const;
  bool IsPpObject(int32_t k) const;
  ClausePhrase PhraseFrom(int32_t k) const;
  ClausePhrase SubjectIn(uint32_t begin, uint32_t end, const ClausePhrase* exclude) const;
  ClausePhrase ObjectAfter(uint32_t pos, uint32_t limit) const;
  ClausePhrase AgentAfter(uint32_t pos, uint32_t limit) const;
  void Mark();

  std::span<const std::string_view> w_;
  std::span<const PosTag> t_;
  const Chunks& ch_;
  const size_t n_;
  ClauseAnalysis* out_;
};

// ---- Pass 1: verb groups --------------------------------------------------------

void Analyzer::BuildGroups() {
  const auto& chunks = ch_.chunks;
  for (size_t k = 0; k < chunks.size(); ++k) {
    const Chunk& c = chunks[k];
    if (c.type != ChunkType::kVP || c.end > n_) continue;
    uint32_t begin = c.begin;
    uint32_t end = c.end;
    Modality cue_modality = Modality::kNone;
    int32_t cue = -1;
    bool cue_negates = false;
    // "is [due] to meet", "is [likely] to", "was [unable] to": a VP, a cue
    // adjective and an infinitive make one group.
    if (k + 2 < chunks.size() && chunks[k + 1].type == ChunkType::kADJP &&
        chunks[k + 1].begin == end && chunks[k + 2].type == ChunkType::kVP &&
        chunks[k + 2].begin == chunks[k + 1].end && X(chunks[k + 2].begin) == Xpos::kTO) {
      const cw::Cue adj = cw::AdjectiveCue(w_[chunks[k + 1].head]);
      if (adj.kind != cw::CueKind::kNone) {
        cue = static_cast<int32_t>(chunks[k + 1].head);
        cue_modality = adj.modality;
        cue_negates = adj.kind == cw::CueKind::kNegation;
        end = chunks[k + 2].end;
        k += 2;
      }
    }
    // "was considering | providing": the chunker ends the VP before an -ing
    // verb that has an object; a verb of considering takes it back.
    while (k + 1 < chunks.size() && chunks[k + 1].type == ChunkType::kVP &&
           chunks[k + 1].begin == end && X(end) == Xpos::kVBG &&
           cw::IsConsiderVerb(Lemma(chunks[k].head))) {
      ++k;
      end = chunks[k].end;
    }
    // Split at each "to" whose preceding verb is no cue: "has been forced | to withdraw".
    uint32_t start = begin;
    for (uint32_t i = begin + 1; i < end; ++i) {
      if (!IsTo(i) || static_cast<int32_t>(i) <= cue + 1) continue;
      // The word before "to" (skipping adverbs other than "yet").
      uint32_t v = i - 1;
      while (v > start && (C(v) & kAdv) && !Word(v, "yet")) --v;
      cw::Cue q;
      if (Word(v, "yet")) {
        q = {cw::CueKind::kNegation, Modality::kNone};
      } else if ((C(v) & (kVerb | wc::kModal)) || (v == begin && (C(v) & kNoun))) {
        q = cw::VerbCue(Lemma(v), /*before_to=*/true);
      }
      if (q.kind == cw::CueKind::kNone) {
        AddGroup(start, i, static_cast<int32_t>(k), cue_modality, cue, cue_negates);
        start = i;
        cue_modality = Modality::kNone;
        cue = -1;
        cue_negates = false;
      } else {
        // Keep the strongest cue: a negation wins over a modality ("failed to").
        if (q.kind == cw::CueKind::kNegation) {
          if (!cue_negates) cue = static_cast<int32_t>(v);
          cue_negates = true;
        } else if (q.kind == cw::CueKind::kFuture) {
          cue_modality = Modality::kFuture;
          if (!cue_negates) cue = static_cast<int32_t>(v);
        } else if (cue_modality == Modality::kNone || cue < 0) {
          cue_modality = q.modality;
          if (!cue_negates) cue = static_cast<int32_t>(v);
        }
      }
    }
    AddGroup(start, end, static_cast<int32_t>(k), cue_modality, cue, cue_negates);
  }
}

void Analyzer::AddGroup(uint32_t begin, uint32_t end, int32_t chunk, Modality cue_modality,
                        int32_t cue, bool cue_negates) {
  if (out_->clauses.size() >= 32767) return;
  Clause c;
  c.group_begin = begin;
  c.group_end = end;
  c.verb_chunk = chunk;
  c.begin = begin;
  c.end = end;
  // The main verb: the last verb of the group ("considering [providing]"),
  // or its last word when the tagger read that as a noun ("agreed to [exchange]").
  c.verb = end - 1;
  while (c.verb > begin && ((C(c.verb) & (kAdv | wc::kModal)) || IsTo(c.verb))) --c.verb;
  // The part that carries the main verb: after the last "to".
  uint32_t main_begin = begin;
  for (uint32_t i = begin; i < c.verb; ++i) {
    if (IsTo(i)) main_begin = i + 1;
  }
  if (cue >= 0) {
    if (cue_negates) {
      c.negated = true;
      c.negation_cue = cue;
    } else {
      c.modality = cue_modality;
      c.modal_cue = cue;
    }
  }
  Describe(&c, main_begin);
  out_->clauses.push_back(c);
}

// ---- Pass 2: tense, aspect, voice, negation, modality --------------------------

void Analyzer::Describe(Clause* c, uint32_t main_begin) {
  const uint32_t b = c->group_begin;
  // Tense from the first verb or modal of the group.
  for (uint32_t i = b; i < c->group_end; ++i) {
    const Xpos x = X(i);
    if (x == Xpos::kMD) {
      const Modality m = cw::ModalOf(w_[i]);
      c->tense = m == Modality::kFuture || m == Modality::kConditional ? Tense::kFuture
                                                                        : Tense::kPresent;
      // "could have met": a possibility in the past.
      if (m != Modality::kFuture && m != Modality::kConditional && Word(i + 1, "have") &&
          X(i + 2) == Xpos::kVBN) {
        c->tense = Tense::kPast;
      }
      if (c->modality == Modality::kNone || c->modal_cue < 0) {
        c->modality = m;
        c->modal_cue = static_cast<int32_t>(i);
      }
      break;
    }
    if (x == Xpos::kVBD) {
      c->tense = Tense::kPast;
      break;
    }
    if (x == Xpos::kVBZ || x == Xpos::kVBP) {
      c->tense = Tense::kPresent;
      break;
    }
    if ((C(i) & kNoun) && i == b) {  // "Egypt [plans] to host", tagged as a noun
      c->tense = w_[i].back() == 's' ? Tense::kPresent : Tense::kPast;
      break;
    }
    if (C(i) & kVerb) {
      // A lone participle ("attacked" tagged VBN with no auxiliary) reads as a past.
      if (x == Xpos::kVBN && i == b && i + 1 == c->group_end) c->tense = Tense::kPast;
      break;
    }
  }
  // "is going to": the future.
  for (uint32_t i = b; i + 1 < c->group_end; ++i) {
    if (Word(i, "going") && X(i + 1) == Xpos::kTO && i + 2 < c->group_end) {
      c->tense = Tense::kFuture;
      if (c->modality == Modality::kNone) {
        c->modality = Modality::kFuture;
        c->modal_cue = static_cast<int32_t>(i);
      }
    }
  }
  // Aspect and voice of the part that holds the main verb.
  const Xpos mv = X(c->verb);
  auto next_word = [&](uint32_t i) {  // the next word after i that is no adverb
    ++i;
    while (i < c->group_end && (C(i) & kAdv) && !Word(i, "yet")) ++i;
    return i;
  };
  for (uint32_t i = b; i < c->verb; ++i) {
    if (!wc::IsHave(w_[i])) continue;
    const uint32_t k = next_word(i);
    if (X(k) == Xpos::kVBN || (i < main_begin && Word(k, "yet"))) c->perfect = true;
  }
  // The last auxiliary before the main verb decides the voice.
  uint32_t last_aux = c->verb;
  for (uint32_t i = c->verb; i > main_begin;) {
    --i;
    if (C(i) & (kVerb | wc::kModal)) {
      last_aux = i;
      break;
    }
  }
  if (mv == Xpos::kVBN && last_aux < c->verb && (wc::IsBe(w_[last_aux]) || wc::IsGet(w_[last_aux]))) {
    c->passive = true;
  }
  if (mv == Xpos::kVBG && last_aux < c->verb && wc::IsBe(w_[last_aux])) c->progressive = true;
  if (c->passive && last_aux > main_begin && Word(last_aux, "being") &&
      wc::IsBe(w_[last_aux - 1])) {
    c->progressive = true;  // "is being held"
  }
  // "is considering providing": the earlier -ing verb is a cue.
  for (uint32_t i = b; i < c->verb; ++i) {
    if (X(i) == Xpos::kVBG && cw::IsConsiderVerb(Lemma(i))) {
      c->modality = Modality::kConsidered;
      c->modal_cue = static_cast<int32_t>(i);
      if (wc::IsBe(w_[i > b ? i - 1 : i])) c->progressive = true;
    }
  }
  // The main verb's lemma, stored once for ClauseAnalysis::lemma().
  out_->lemmas.append(Lemma(c->verb));
  out_->lemma_ends.push_back(static_cast<uint32_t>(out_->lemmas.size()));
  const std::string_view lemma = out_->lemma(out_->lemma_ends.size() - 1);
  if (cw::IsConsiderVerb(lemma) && c->modality == Modality::kNone) {
    c->modality = Modality::kConsidered;
    c->modal_cue = static_cast<int32_t>(c->verb);
  }
  // Negation inside the group or just before it ("never attacked", "not to").
  for (uint32_t i = b; i < c->group_end; ++i) {
    if (cw::IsNegationWord(w_[i]) && !c->negated) {
      c->negated = true;
      c->negation_cue = static_cast<int32_t>(i);
    }
  }
  for (uint32_t i = b; i > 0 && i + 3 > b;) {
    --i;
    if (cw::IsNegationWord(w_[i])) {
      c->negated = true;
      c->negation_cue = static_cast<int32_t>(i);
      break;
    }
    if (Word(i, "longer") && i > 0 && Word(i - 1, "no")) {
      c->negated = true;
      c->negation_cue = static_cast<int32_t>(i - 1);
      break;
    }
    if (!(C(i) & kAdv)) break;
  }
  c->speech = cw::IsSpeechVerb(lemma);
}


// ---- Pass 3: links, subjects and objects -------------------------------------

bool Analyzer::IsRelativePronoun(size_t i) const {
  if (i >= n_ || !cw::IsRelativeWord(w_[i])) return false;
  const int32_t k = ChunkOf(i);
  if (!IsChunk(k, ChunkType::kNP)) return false;
  if (Word(i, "that")) {
    // "that" is relative as a one-word NP right after a noun phrase.
    return Ch(k).begin == i && Ch(k).end == i + 1 && i > 0 && IsChunk(ChunkOf(i - 1), ChunkType::kNP);
  }
  // "who" and "which" open questions too; after a noun phrase (or its comma) they are relative.
  size_t p = i;
  while (p > 0 && (X(p - 1) == Xpos::kComma)) --p;
  return p > 0 && IsChunk(ChunkOf(p - 1), ChunkType::kNP);
}

bool Analyzer::IsNounPhraseChunk(int32_t k) const {
  return IsChunk(k, ChunkType::kNP) && !IsRelativePronoun(Ch(k).begin);
}

bool Analyzer::IsPpObject(int32_t k) const {
  return k > 0 && IsChunk(k - 1, ChunkType::kPP) && Ch(k - 1).end == Ch(k).begin;
}

ClausePhrase Analyzer::PhraseFrom(int32_t k) const {
  ClausePhrase p;
  p.chunk = k;
  p.begin = Ch(k).begin;
  p.end = Ch(k).end;
  p.head = Ch(k).head;
  int32_t cur = k;
  const auto count = static_cast<int32_t>(ch_.chunks.size());
  for (;;) {
    // "[Russia] ['s president]": the possessed noun is the head.
    if (cur + 1 < count && IsChunk(cur + 1, ChunkType::kNP) && Ch(cur + 1).begin == p.end &&
        X(p.end) == Xpos::kPOS) {
      ++cur;
      if (p.chunk == k || X(Ch(p.chunk).begin) == Xpos::kPOS) {
        p.chunk = cur;
        p.head = Ch(cur).head;
      }
      p.end = Ch(cur).end;
      continue;
    }
    // "the president [of Russia]".
    if (cur + 2 < count && IsChunk(cur + 1, ChunkType::kPP) && Ch(cur + 1).begin == p.end &&
        Word(Ch(cur + 1).begin, "of") && IsNounPhraseChunk(cur + 2) &&
        Ch(cur + 2).begin == Ch(cur + 1).end) {
      cur += 2;
      p.end = Ch(cur).end;
      continue;
    }
    // "the president [and the prime minister]" (not "..., and Ukraine responded").
    if (p.end < n_ && X(p.end) == Xpos::kCC && (Word(p.end, "and") || Word(p.end, "or")) &&
        cur + 1 < count && IsNounPhraseChunk(cur + 1) && Ch(cur + 1).begin == p.end + 1 &&
        !(cur + 2 < count && IsChunk(cur + 2, ChunkType::kVP) &&
          Ch(cur + 2).begin == Ch(cur + 1).end)) {
      ++cur;
      p.end = Ch(cur).end;
      continue;
    }
    break;
  }
  return p;
}

// The subject among the NPs of [begin, end): the first that is no
// prepositional object, relative pronoun or fronted time expression (the
// last such NP when `last`).
ClausePhrase Analyzer::SubjectIn(uint32_t begin, uint32_t end, const ClausePhrase* exclude) const {
  ClausePhrase found;
  if (begin >= end) return found;
  uint32_t covered = begin;  // tokens before this are inside an earlier candidate
  for (uint32_t t = begin; t < end; ++t) {
    const int32_t k = ChunkOf(t);
    if (k < 0 || Ch(k).begin != t || t < covered || Ch(k).end > end) continue;
    if (!IsNounPhraseChunk(k) || IsPpObject(k) || X(t) == Xpos::kPOS) continue;
    if (exclude != nullptr && exclude->present() && t >= exclude->begin && t < exclude->end)
      continue;
    ClausePhrase p = PhraseFrom(k);
    if (p.end > end) p.end = std::max(Ch(k).end, std::min(p.end, end));
    covered = p.end;
    // "[Last week] , Russia said": a time expression is no subject when
    // another candidate follows.
    if (cw::IsTimeHead(w_[p.head]) && !found.present()) {
      found = p;
      continue;
    }
    if (found.present() && !cw::IsTimeHead(w_[found.head])) continue;
    found = p;
    if (!cw::IsTimeHead(w_[p.head])) break;
  }
  if (found.present() && cw::IsTimeHead(w_[found.head])) return ClausePhrase();
  return found;
}

ClausePhrase Analyzer::ObjectAfter(uint32_t pos, uint32_t limit) const {
  uint32_t t = pos;
  while (t < limit && t < n_) {
    const int32_t k = ChunkOf(t);
    if (IsChunk(k, ChunkType::kPRT) || IsChunk(k, ChunkType::kADVP)) {
      t = Ch(k).end;
      continue;
    }
    if (IsNounPhraseChunk(k) && Ch(k).begin == t) {
      ClausePhrase p = PhraseFrom(k);
      if (p.end > limit) p.end = std::max(Ch(k).end, limit);
      return p;
    }
    break;
  }
  return ClausePhrase();
}

ClausePhrase Analyzer::AgentAfter(uint32_t pos, uint32_t limit) const {
  uint32_t t = pos;
  for (int steps = 0; steps < 6 && t < limit && t < n_; ++steps) {
    const int32_t k = ChunkOf(t);
    if (k < 0) {
      if (X(t) == Xpos::kComma) return ClausePhrase();
      ++t;
      continue;
    }
    if (IsChunk(k, ChunkType::kPP) && Word(t, "by") && IsNounPhraseChunk(k + 1) &&
        Ch(k + 1).begin == Ch(k).end) {
      return PhraseFrom(k + 1);
    }
    if (IsChunk(k, ChunkType::kVP) || IsChunk(k, ChunkType::kSBAR)) return ClausePhrase();
    t = Ch(k).end;
  }
  return ClausePhrase();
}

void Analyzer::Link() {
  auto& cl = out_->clauses;
  const auto m = static_cast<int32_t>(cl.size());
  int32_t waiting_relative = -1;  // a relative clause on a subject whose verb is still to come
  uint32_t last_vp_begin = 0;      // where the sentence's last VP chunk starts
  for (const Chunk& k : ch_.chunks) {
    if (k.type == ChunkType::kVP) last_vp_begin = k.begin;
  }
  for (int32_t i = 0; i < m; ++i) {
    Clause& c = cl[static_cast<size_t>(i)];
    Clause* prev = i > 0 ? &cl[static_cast<size_t>(i - 1)] : nullptr;
    const uint32_t g0 = prev ? prev->group_end : 0;
    const uint32_t g1 = c.group_begin;
    const uint32_t next_begin =
        i + 1 < m ? cl[static_cast<size_t>(i + 1)].group_begin : static_cast<uint32_t>(n_);
    // What introduces the group: the last marker of the gap before it.
    enum class Intro { kNone, kRelative, kSubordinate, kConjunction } intro = Intro::kNone;
    int32_t marker = -1;
    bool comma = false;
    uint32_t after_comma = g0;  // just past the last comma or closing quote of the gap
    for (uint32_t t = g0; t < g1; ++t) {
      if (IsRelativePronoun(t)) {
        intro = Intro::kRelative;
        marker = static_cast<int32_t>(t);
      } else if ((IsChunk(ChunkOf(t), ChunkType::kSBAR) && Ch(ChunkOf(t)).begin == t) ||
                 X(t) == Xpos::kWRB) {
        intro = Intro::kSubordinate;
        marker = static_cast<int32_t>(t);
      } else if (X(t) == Xpos::kCC && ChunkOf(t) < 0) {
        intro = Intro::kConjunction;
        marker = static_cast<int32_t>(t);
      } else if (X(t) == Xpos::kComma || X(t) == Xpos::kCloseQuote || X(t) == Xpos::kColon) {
        comma = true;
        after_comma = t + 1;
      }
    }
    const uint32_t region = marker >= 0 ? static_cast<uint32_t>(marker) + 1 : g0;
    const ClausePhrase* prev_object = prev ? &prev->object : nullptr;
    ClausePhrase subj = SubjectIn(region, g1, nullptr);
    c.marker = marker;
    c.object = ObjectAfter(c.group_end, next_begin);
    // "told reporters [that] Tehran would respond": after a speech verb's
    // object, "that" opens what was said.
    if (intro == Intro::kRelative && Word(static_cast<size_t>(marker), "that") && prev != nullptr &&
        prev->speech && prev->object.present() &&
        prev->object.end == static_cast<uint32_t>(marker)) {
      intro = Intro::kSubordinate;
    }
    // "the plan [that] Israel proposed": a "that" after a noun, read as a
    // complementizer by the chunker, is a relative pronoun when the verb after
    // it lacks an object.
    if (intro == Intro::kSubordinate && Word(static_cast<size_t>(marker), "that") && marker > 0 &&
        IsChunk(ChunkOf(static_cast<size_t>(marker) - 1), ChunkType::kNP) && subj.present() &&
        !c.object.present() && !(prev != nullptr && prev->speech)) {
      intro = Intro::kRelative;
    }
    const bool nonfinite_to = X(g1) == Xpos::kTO;
    const bool participle = X(c.group_begin) == Xpos::kVBG && c.tense == Tense::kNone;
    const bool more_verbs = last_vp_begin >= c.group_end;  // another verb group follows
    if (intro == Intro::kRelative) {
      c.link = ClauseLink::kRelative;
      size_t a = static_cast<size_t>(marker);
      while (a > 0 && X(a - 1) == Xpos::kComma) --a;
      int32_t ak = a > 0 ? ChunkOf(a - 1) : -1;
      // Walk back to the first chunk of the antecedent ("the president of Russia, who").
      while (ak > 0 && IsChunk(ak, ChunkType::kNP) &&
             ((IsChunk(ak - 1, ChunkType::kPP) && Word(Ch(ak - 1).begin, "of") && ak > 1 &&
               IsChunk(ak - 2, ChunkType::kNP)) ||
              X(Ch(ak).begin) == Xpos::kPOS)) {
        ak -= X(Ch(ak).begin) == Xpos::kPOS ? 1 : 2;
      }
      if (IsChunk(ak, ChunkType::kNP)) c.antecedent = PhraseFrom(ak);
      if (subj.present() && !Word(static_cast<size_t>(marker), "whose")) {
        c.subject = subj;  // "the deal [that] Russia signed": the antecedent is the object
        if (!c.object.present()) c.object = c.antecedent;
      } else if (Word(static_cast<size_t>(marker), "whose")) {
        c.subject = PhraseFrom(ChunkOf(static_cast<size_t>(marker)));
      } else {
        c.subject = c.antecedent;
        c.subject_inherited = true;
      }
      // Its parent: the clause whose object (or region) holds the antecedent,
      // else the clause whose verb is still to come.
      if (prev != nullptr && c.antecedent.present() && c.antecedent.begin >= prev->group_begin) {
        c.parent = i - 1;
      } else {
        waiting_relative = i;
      }
    } else if (intro == Intro::kSubordinate) {
      c.subject = subj;
      if (cw::IsComplementizer(w_[static_cast<size_t>(marker)]) && prev != nullptr) {
        c.link = ClauseLink::kComplement;
        c.parent = i - 1;
      } else {
        c.link = ClauseLink::kAdverbial;
        if (prev != nullptr) c.parent = i - 1;  // else: a fronted clause, parent found below
      }
    } else if (intro == Intro::kConjunction && prev != nullptr) {
      c.link = ClauseLink::kCoordinate;
      int32_t root = i - 1;
      while (cl[static_cast<size_t>(root)].link == ClauseLink::kCoordinate &&
             cl[static_cast<size_t>(root)].parent >= 0 &&
             cl[static_cast<size_t>(root)].subject_inherited) {
        root = cl[static_cast<size_t>(root)].parent;
      }
      c.parent = root;
      if (subj.present()) {
        c.subject = subj;
      } else {
        c.subject = cl[static_cast<size_t>(root)].subject;
        c.subject_inherited = true;
      }
    } else if (nonfinite_to && prev != nullptr) {
      c.link = ClauseLink::kInfinitive;
      c.parent = i - 1;
      // "pledged in December to deepen ties": a cue verb still qualifies its
      // infinitive across a prepositional phrase.
      const cw::Cue q = cw::VerbCue(out_->lemma(static_cast<size_t>(i - 1)), true);
      if (q.kind == cw::CueKind::kNegation && !c.negated) {
        c.negated = true;
        c.negation_cue = static_cast<int32_t>(prev->verb);
      } else if (q.kind != cw::CueKind::kNone && c.modality == Modality::kNone) {
        c.modality = q.modality;
        c.modal_cue = static_cast<int32_t>(prev->verb);
      }
      if (subj.present()) {
        c.subject = subj;  // "urged [Iran] to stop"
        c.subject_inherited = true;
        if (prev->object.present() && prev->object.begin == subj.begin) {
          c.subject = prev->object;
        }
      } else {
        c.subject = prev->subject;
        c.subject_inherited = true;
      }
    } else if (participle && prev != nullptr && comma) {
      c.link = ClauseLink::kAdverbial;  // "..., killing 12 people"
      c.parent = i - 1;
      c.subject = prev->subject;
      c.subject_inherited = true;
    } else if (waiting_relative >= 0 &&
               !SubjectIn(g0, g1, &cl[static_cast<size_t>(waiting_relative)].object).present()) {
      // "The man who attacked police [was arrested]", "Putin, who met Xi, [said]".
      Clause& rel = cl[static_cast<size_t>(waiting_relative)];
      c.subject = rel.antecedent;
      rel.parent = i;
      waiting_relative = -1;
    } else if (c.speech && prev != nullptr && comma && !more_verbs &&
               (SubjectIn(after_comma, g1, nullptr).present() || after_comma == g1) &&
               (SubjectIn(after_comma, g1, nullptr).present() ||
                ObjectAfter(c.group_end, next_begin).present())) {
      // "X did Y, officials said" / "..., said the minister".
      subj = SubjectIn(after_comma, g1, nullptr);
      if (subj.present()) {
        c.subject = subj;
      } else {
        c.subject = c.object;
        c.object = ClausePhrase();
      }
      for (int32_t j = 0; j < i; ++j) {
        Clause& r = cl[static_cast<size_t>(j)];
        if (r.parent < 0 && r.link == ClauseLink::kMain) {
          r.link = ClauseLink::kComplement;
          r.parent = i;
        }
      }
    } else if (prev != nullptr && prev->speech && subj.present() && !comma) {
      // "said [it] would attack": a complement without "that"; with two NPs
      // ("told reporters Russia would"), the last is the subject.
      ClausePhrase last = subj;
      for (ClausePhrase p = SubjectIn(last.end, g1, nullptr); p.present() && p.begin < g1;
           p = SubjectIn(p.end, g1, nullptr)) {
        last = p;
        if (p.end >= g1) break;
      }
      c.subject = last;
      c.link = ClauseLink::kComplement;
      c.parent = i - 1;
      if (prev_object != nullptr && prev_object->present() && prev_object->begin == last.begin) {
        prev->object = ClausePhrase();
      }
    } else {
      c.subject = subj;
      if (prev != nullptr && !subj.present() && c.tense == Tense::kNone) {
        c.link = ClauseLink::kAdverbial;  // a participle or infinitive without a comma
        c.parent = i - 1;
        c.subject = prev->subject;
        c.subject_inherited = true;
      }
    }
    if (c.passive) c.agent = AgentAfter(c.group_end, next_begin);
  }
  // Fronted adverbial clauses hang on the next main clause (found walking
  // backwards, so that this stays linear).
  int32_t next_main = -1;
  for (int32_t i = m - 1; i >= 0; --i) {
    Clause& c = cl[static_cast<size_t>(i)];
    if (c.parent < 0 && c.link == ClauseLink::kMain) {
      next_main = i;
      continue;
    }
    if (c.parent >= 0 || next_main < 0) continue;
    c.parent = next_main;
    if (!c.subject.present()) {
      c.subject = cl[static_cast<size_t>(next_main)].subject;
      c.subject_inherited = true;
    }
  }
}

void Analyzer::Mark() {
  auto& cl = out_->clauses;
  out_->clause_of.assign(n_, -1);
  out_->role_of.assign(n_, ClauseRole::kNone);
  // Each clause owns the tokens from where it starts (its marker, else its
  // own subject, else its verb group) to where the next one starts.
  const size_t m = cl.size();
  auto start_of = [&](size_t i) -> uint32_t {
    const Clause& c = cl[i];
    const uint32_t floor = i > 0 ? cl[i - 1].group_end : 0;
    if (i == 0) return 0;
    if (c.marker >= 0 && static_cast<uint32_t>(c.marker) >= floor) return static_cast<uint32_t>(c.marker);
    if (c.subject.present() && !c.subject_inherited && c.subject.begin >= floor &&
        c.subject.begin < c.group_begin) {
      return c.subject.begin;
    }
    return c.group_begin;
  };
  for (size_t i = 0; i < m; ++i) {
    const uint32_t b = start_of(i);
    const uint32_t e = i + 1 < m ? start_of(i + 1) : static_cast<uint32_t>(n_);
    for (uint32_t t = b; t < e && t < n_; ++t) out_->clause_of[t] = static_cast<int16_t>(i);
  }
  auto mark = [&](uint32_t b, uint32_t e, size_t i, ClauseRole r) {
    for (uint32_t t = b; t < e && t < n_; ++t) {
      out_->clause_of[t] = static_cast<int16_t>(i);
      out_->role_of[t] = r;
    }
  };
  for (size_t i = 0; i < m; ++i) {
    const Clause& c = cl[i];
    // A subject taken from a relative clause's antecedent belongs to the
    // clause whose verb it is the subject of.
    if (c.subject.present() && !c.subject_inherited) {
      mark(c.subject.begin, c.subject.end, i, ClauseRole::kSubject);
    }
  }
  for (size_t i = 0; i < m; ++i) {
    const Clause& c = cl[i];
    if (c.object.present() && c.object.begin >= c.group_end) {
      mark(c.object.begin, c.object.end, i, ClauseRole::kObject);
    }
    if (c.agent.present()) mark(c.agent.begin, c.agent.end, i, ClauseRole::kAgent);
    mark(c.group_begin, c.group_end, i, ClauseRole::kVerb);
    if (c.negation_cue >= 0) {
      mark(static_cast<uint32_t>(c.negation_cue), static_cast<uint32_t>(c.negation_cue) + 1, i,
           ClauseRole::kNegation);
    }
    if (c.modal_cue >= 0) {
      mark(static_cast<uint32_t>(c.modal_cue), static_cast<uint32_t>(c.modal_cue) + 1, i,
           ClauseRole::kModal);
    }
    if (c.marker >= 0) {
      mark(static_cast<uint32_t>(c.marker), static_cast<uint32_t>(c.marker) + 1, i,
           ClauseRole::kMarker);
    }
  }
  // Extents.
  for (size_t i = 0; i < m; ++i) {
    cl[i].begin = cl[i].group_begin;
    cl[i].end = cl[i].group_end;
  }
  for (uint32_t t = 0; t < n_; ++t) {
    const int16_t k = out_->clause_of[t];
    if (k < 0) continue;
    Clause& c = cl[static_cast<size_t>(k)];
    c.begin = std::min(c.begin, t);
    c.end = std::max(c.end, t + 1);
  }
}

void Analyzer::Run() {
  BuildGroups();
  Link();
  Mark();
}

constexpr std::array<std::string_view, 4> kTenseNames = {"none", "past", "present", "future"};
constexpr std::array<std::string_view, 10> kModalityNames = {
    "none", "possible", "conditional", "necessary", "future",
    "intended", "considered", "scheduled", "threatened", "agreed"};
constexpr std::array<std::string_view, 6> kLinkNames = {"main",     "complement", "coordinate",
                                                        "relative", "adverbial",  "infinitive"};
constexpr std::array<std::string_view, 8> kRoleNames = {"_",   "subj",  "verb",  "obj",
                                                        "agent", "neg", "modal", "mark"};

template <size_t N>
std::string_view NameOf(const std::array<std::string_view, N>& names, size_t i) {
  return i < N ? names[i] : names[0];
}

}  // namespace

void AnalyzeClauses(std::span<const std::string_view> words, std::span<const PosTag> tags,
                    const Chunks& chunks, ClauseAnalysis* out) {
  out->clear();
  Analyzer(words, tags, chunks, out).Run();
}

std::string_view TenseName(Tense t) { return NameOf(kTenseNames, static_cast<size_t>(t)); }
std::string_view ModalityName(Modality m) { return NameOf(kModalityNames, static_cast<size_t>(m)); }
std::string_view ClauseLinkName(ClauseLink l) { return NameOf(kLinkNames, static_cast<size_t>(l)); }
std::string_view ClauseRoleName(ClauseRole r) { return NameOf(kRoleNames, static_cast<size_t>(r)); }

}  // namespace dyad
