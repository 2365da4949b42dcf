#include "wordnet.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <span>

namespace dyad::nlp {
namespace wordnet_data {
// Generated at build time by dyad_wordnet_gen (wordnet_gen.cc).
extern const char kWordNetIndex[];
extern const unsigned long kWordNetIndexSize;
extern const char kWordNetExceptions[];
extern const unsigned long kWordNetExceptionsSize;
}  // namespace wordnet_data

namespace {

struct Rule {
  std::string_view suffix, ending;
};
// WordNet's morphy detachment rules (morph.c), per part of speech.
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                             {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
                                             {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjRules = {{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

std::span<const Rule> RulesFor(WnPos pos) {
  switch (pos) {
    case kWnNoun: return kNounRules;
    case kWnVerb: return kVerbRules;
    case kWnAdj: return kAdjRules;
    default: return {};
  }
}

// Splits s at the first c: returns the part before, leaves the rest in *s.
std::string_view Take(std::string_view* s, char c) {
  const size_t at = s->find(c);
  std::string_view head = s->substr(0, at);
  *s = at == std::string_view::npos ? std::string_view() : s->substr(at + 1);
  return head;
}

const std::vector<std::string_view>& EmptyList() {
  static const std::vector<std::string_view> empty;
  return empty;
}

}  // namespace

const WordNet& WordNet::Get() {
  static const WordNet* const wordnet = new WordNet();  // never destroyed: used at exit
  return *wordnet;
}

WordNet::WordNet() {
  std::string_view index(wordnet_data::kWordNetIndex, wordnet_data::kWordNetIndexSize);
  size_t lines = 0;
  for (char c : index) lines += c == '\n';
  index_.resize(std::bit_ceil(lines * 2 + 16));
  mask_ = index_.size() - 1;
  while (!index.empty()) {
    std::string_view line = Take(&index, '\n');
    const std::string_view lemma = Take(&line, '\t');
    Entry e;
    for (int p = 0; p < 4; ++p) {
      const std::string_view f = Take(&line, '\t');
      if (f.empty()) continue;
      int v = 0;
      std::from_chars(f.data(), f.data() + f.size(), v);
      e.freq[p] = v;
    }
    e.capitalisation = line == "P" ? 1 : line == "M" ? 2 : 0;
    if (lemma.empty()) continue;
    size_t slot = std::hash<std::string_view>()(lemma) & mask_;
    while (!index_[slot].lemma.empty() && index_[slot].lemma != lemma) slot = (slot + 1) & mask_;
    if (index_[slot].lemma.empty()) ++count_;
    index_[slot] = {lemma, e};
  }
  std::string_view exc(wordnet_data::kWordNetExceptions, wordnet_data::kWordNetExceptionsSize);
  size_t exc_lines = 0;
  for (char c : exc) exc_lines += c == '\n';
  exceptions_.resize(std::bit_ceil(exc_lines * 2 + 16));
  exceptions_mask_ = exceptions_.size() - 1;
  while (!exc.empty()) {
    std::string_view line = Take(&exc, '\n');
    const std::string_view p = Take(&line, ' ');
    const std::string_view form = Take(&line, ' ');
    int pos = p == "n" ? 0 : p == "v" ? 1 : p == "a" ? 2 : 3;
    if (form.empty()) continue;
    size_t slot = ExceptionHash(form, pos) & exceptions_mask_;
    while (!exceptions_[slot].form.empty() &&
           !(exceptions_[slot].form == form && exceptions_[slot].pos == pos))
      slot = (slot + 1) & exceptions_mask_;
    exceptions_[slot].form = form;
    exceptions_[slot].pos = pos;
    auto& bases = exceptions_[slot].bases;
    while (!line.empty()) {
      const std::string_view base = Take(&line, ' ');
      if (!base.empty()) bases.push_back(base);
    }
  }
}

const WordNet::Entry* WordNet::Find(std::string_view lemma) const {
  if (lemma.empty()) return nullptr;
  for (size_t slot = std::hash<std::string_view>()(lemma) & mask_;; slot = (slot + 1) & mask_) {
    const Slot& s = index_[slot];
    if (s.lemma.empty()) return nullptr;
    if (s.lemma == lemma) return &s.entry;
  }
}

const std::vector<std::string_view>& WordNet::Exceptions(std::string_view form, WnPos pos) const {
  if (form.empty()) return EmptyList();
  for (size_t slot = ExceptionHash(form, pos) & exceptions_mask_;; slot = (slot + 1) & exceptions_mask_) {
    const ExceptionSlot& s = exceptions_[slot];
    if (s.form.empty()) return EmptyList();
    if (s.pos == pos && s.form == form) return s.bases;
  }
}

void WordNet::Morphy(std::string_view word, WnPos pos, std::vector<std::string>* out) const {
  const size_t first = out->size();
  auto add = [&](std::string_view s) {
    if (std::find(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), s) == out->end()) {
      out->emplace_back(s);
    }
  };
  for (std::string_view base : Exceptions(word, pos)) add(base);
  if (Has(word, pos)) add(word);
  for (const Rule& r : RulesFor(pos)) {
    if (word.size() <= r.suffix.size() || !word.ends_with(r.suffix)) continue;
    std::string candidate(word.substr(0, word.size() - r.suffix.size()));
    candidate += r.ending;
    if (Has(candidate, pos)) add(candidate);
  }
}

uint16_t WordNetClassOf(std::string_view w) {
  const WordNet& wn = WordNet::Get();
  if (w.empty() || w.size() > 40) return 0;
  uint16_t bits = 0;
  int best_freq = 0, best_pos = -1, cap = 0;
  auto consider = [&](const WordNet::Entry* e, int pos) {
    if (e != nullptr && e->freq[pos] > best_freq) {
      best_freq = e->freq[pos];
      best_pos = pos;
    }
  };
  // Readings of the word itself.
  static constexpr uint16_t kBase[4] = {kWcNoun, kWcVerb, kWcAdj, kWcAdv};
  if (const WordNet::Entry* e = wn.Find(w)) {
    for (int p = 0; p < 4; ++p) {
      if (e->freq[p] < 0) continue;
      bits |= kBase[p];
      consider(e, p);
    }
    cap = e->capitalisation;
  }
  // Irregular forms.
  for (std::string_view base : wn.Exceptions(w, kWnNoun)) {
    if (base == w) continue;
    const WordNet::Entry* e = wn.Find(base);
    bits |= kWcNounPlural;
    consider(e, kWnNoun);
    if (cap == 0 && e != nullptr) cap = e->capitalisation;
  }
  for (std::string_view base : wn.Exceptions(w, kWnVerb)) {
    if (base == w) continue;
    bits |= w.ends_with("ing") ? kWcVerbIng : kWcVerbEd;
    consider(wn.Find(base), kWnVerb);
  }
  for (std::string_view base : wn.Exceptions(w, kWnAdj)) {
    if (base != w) bits |= kWcAdjDegree, consider(wn.Find(base), kWnAdj);
  }
  // Regular inflections.
  char buf[48];
  for (int p = 0; p < 3; ++p) {
    for (const Rule& r : RulesFor(static_cast<WnPos>(p))) {
      if (w.size() <= r.suffix.size() + 1 || !w.ends_with(r.suffix)) continue;
      const size_t stem = w.size() - r.suffix.size();
      std::memcpy(buf, w.data(), stem);
      std::memcpy(buf + stem, r.ending.data(), r.ending.size());
      const WordNet::Entry* e = wn.Find(std::string_view(buf, stem + r.ending.size()));
      if (e == nullptr || e->freq[p] < 0) continue;
      consider(e, p);
      if (p == kWnNoun) {
        bits |= kWcNounPlural;
        if (cap == 0) cap = e->capitalisation;  // proper names: the noun base too
      } else if (p == kWnAdj) {
        bits |= kWcAdjDegree;
      } else if (r.suffix.back() == 's') {
        bits |= kWcVerbS;
      } else if (r.suffix == "ed") {
        bits |= kWcVerbEd;
      } else {
        bits |= kWcVerbIng;
      }
    }
  }
  if (cap == 1) bits |= kWcProperName;
  if (cap == 2) bits |= kWcCapitalisedToo;
  if (best_pos >= 0) {
    bits |= kWcHasDominant | static_cast<uint16_t>(best_pos << kWcDominantShift);
  }
  return bits;
}

}  // namespace dyad::nlp
