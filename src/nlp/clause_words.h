// Private word lists of the clause analysis: modals, cue verbs and
// adjectives that qualify the verb after them ("plans to", "failed to", "is
// due to"), negations, and verbs that report speech or thought. Verbs are
// matched by lemma, other words by form (case-insensitive).
#ifndef DYAD_NLP_CLAUSE_WORDS_H_
#define DYAD_NLP_CLAUSE_WORDS_H_

#include <array>
#include <string_view>

#include "dyad/clauses.h"
#include "nlp/word_class.h"

namespace dyad::cw {

enum class CueKind : uint8_t { kNone, kModality, kNegation, kFuture };

struct Cue {
  CueKind kind = CueKind::kNone;
  Modality modality = Modality::kNone;
};

struct CueEntry {
  std::string_view lemma;
  CueKind kind;
  Modality modality;
};

// Verbs that, before "to" + verb, only qualify that verb.
inline constexpr std::array<CueEntry, 30> kVerbCues = {{
    {"plan", CueKind::kModality, Modality::kIntended},
    {"want", CueKind::kModality, Modality::kIntended},
    {"intend", CueKind::kModality, Modality::kIntended},
    {"seek", CueKind::kModality, Modality::kIntended},
    {"hope", CueKind::kModality, Modality::kIntended},
    {"aim", CueKind::kModality, Modality::kIntended},
    {"wish", CueKind::kModality, Modality::kIntended},
    {"vow", CueKind::kModality, Modality::kIntended},
    {"try", CueKind::kModality, Modality::kIntended},
    {"attempt", CueKind::kModality, Modality::kIntended},
    {"prepare", CueKind::kModality, Modality::kIntended},
    {"decide", CueKind::kModality, Modality::kIntended},
    {"threaten", CueKind::kModality, Modality::kThreatened},
    {"agree", CueKind::kModality, Modality::kAgreed},
    {"promise", CueKind::kModality, Modality::kAgreed},
    {"pledge", CueKind::kModality, Modality::kAgreed},
    {"offer", CueKind::kModality, Modality::kAgreed},
    {"schedule", CueKind::kModality, Modality::kScheduled},
    {"set", CueKind::kModality, Modality::kScheduled},
    {"expect", CueKind::kModality, Modality::kScheduled},
    {"slate", CueKind::kModality, Modality::kScheduled},
    {"need", CueKind::kModality, Modality::kNecessary},
    {"have", CueKind::kModality, Modality::kNecessary},
    {"fail", CueKind::kNegation, Modality::kNone},
    {"refuse", CueKind::kNegation, Modality::kNone},
    {"decline", CueKind::kNegation, Modality::kNone},
    {"go", CueKind::kFuture, Modality::kFuture},
    {"consider", CueKind::kModality, Modality::kConsidered},
    {"weigh", CueKind::kModality, Modality::kConsidered},
    {"appear", CueKind::kModality, Modality::kPossible},
}};

inline Cue VerbCue(std::string_view lemma, bool before_to) {
  if (!before_to) return {};
  for (const CueEntry& e : kVerbCues) {
    if (wc::Is(lemma, e.lemma)) return {e.kind, e.modality};
  }
  return {};
}

// Adjectives between a form of "be" and "to" + verb ("is due to meet").
inline Cue AdjectiveCue(std::string_view word) {
  static constexpr std::array<CueEntry, 7> k = {{
      {"due", CueKind::kModality, Modality::kScheduled},
      {"likely", CueKind::kModality, Modality::kPossible},
      {"unlikely", CueKind::kModality, Modality::kPossible},
      {"ready", CueKind::kModality, Modality::kIntended},
      {"willing", CueKind::kModality, Modality::kIntended},
      {"unable", CueKind::kNegation, Modality::kNone},
      {"reluctant", CueKind::kModality, Modality::kPossible},
  }};
  for (const CueEntry& e : k) {
    if (wc::Is(word, e.lemma)) return {e.kind, e.modality};
  }
  return {};
}

// The modality of a modal verb.
inline Modality ModalOf(std::string_view w) {
  static constexpr std::array<std::string_view, 5> future = {"will", "shall", "'ll", "wo", "ll"};
  static constexpr std::array<std::string_view, 5> possible = {"could", "can", "may", "might",
                                                               "ca"};
  static constexpr std::array<std::string_view, 4> necessary = {"should", "must", "ought",
                                                                "shall"};
  if (wc::IsAny(w, future)) return Modality::kFuture;
  if (wc::IsAny(w, possible)) return Modality::kPossible;
  if (wc::IsAny(w, necessary)) return Modality::kNecessary;
  if (wc::Is(w, "would") || wc::Is(w, "'d")) return Modality::kConditional;
  return Modality::kPossible;
}

// "considering providing", "weighing sanctions".
inline bool IsConsiderVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 4> k = {"consider", "weigh", "mull",
                                                        "contemplate"};
  return wc::IsAny(lemma, k);
}

inline bool IsNegationWord(std::string_view w) {
  static constexpr std::array<std::string_view, 3> k = {"not", "n't", "never"};
  return wc::IsAny(w, k);
}

// Verbs whose complement is what someone said, thought or reported.
inline bool IsSpeechVerb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 56> k = {
      "say",      "tell",     "announce", "deny",      "warn",     "claim",     "state",
      "report",   "add",      "insist",   "confirm",   "declare",  "note",      "argue",
      "believe",  "think",    "predict",  "reveal",    "acknowledge", "admit",  "allege",
      "assert",   "suggest",  "explain",  "stress",    "reiterate", "write",    "indicate",
      "estimate", "fear",     "know",     "caution",   "charge",   "complain",  "concede",
      "conclude", "emphasise", "emphasize", "maintain", "mention", "recall",    "remark",
      "reply",    "respond",  "signal",   "tweet",     "worry",    "agree",     "promise",
      "pledge",   "vow",      "threaten", "hope",      "expect",   "accuse",    "dismiss"};
  return wc::IsAny(lemma, k);
}

// Subordinators of a complement clause (after a speech verb: "said that").
inline bool IsComplementizer(std::string_view w) {
  return wc::Is(w, "that") || wc::Is(w, "whether") || wc::Is(w, "if");
}

inline bool IsRelativeWord(std::string_view w) {
  static constexpr std::array<std::string_view, 5> k = {"who", "which", "that", "whom",
                                                        "whose"};
  return wc::IsAny(w, k);
}

// Head nouns of time expressions, which are no subjects ("[Last week] Russia said").
inline bool IsTimeHead(std::string_view w) {
  static constexpr std::array<std::string_view, 12> k = {
      "week", "weeks", "month", "months", "year", "years", "day", "days",
      "morning", "night", "evening", "weekend"};
  return wc::IsAny(w, k) || wc::IsTimeNoun(w) || wc::IsMonth(w);
}

}  // namespace dyad::cw

#endif  // DYAD_NLP_CLAUSE_WORDS_H_
