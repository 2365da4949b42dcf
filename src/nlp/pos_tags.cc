// Names of the UPOS and XPOS tags (tagger.h).
#include <array>
#include <string_view>

#include "dyad/tagger.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

constexpr std::array<std::string_view, kXposCount> kXposNames = {
    "_",
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH",
    "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
    ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP", "ADD", "GW", "AFX", "XX",
};

}  // namespace

std::string_view UposName(Upos tag) {
  const auto i = static_cast<size_t>(tag);
  return i < kUposNames.size() ? kUposNames[i] : std::string_view("X");
}

std::string_view XposName(Xpos tag) {
  const auto i = static_cast<size_t>(tag);
  return i < kXposNames.size() ? kXposNames[i] : std::string_view("_");
}

bool ParseUpos(std::string_view name, Upos* out) {
  for (size_t i = 0; i < kUposNames.size(); ++i) {
    if (kUposNames[i] == name) {
      *out = static_cast<Upos>(i);
      return true;
    }
  }
  return false;
}

bool ParseXpos(std::string_view name, Xpos* out) {
  for (size_t i = 0; i < kXposNames.size(); ++i) {
    if (kXposNames[i] == name) {
      *out = static_cast<Xpos>(i);
      return true;
    }
  }
  return false;
}

}  // namespace dyad
