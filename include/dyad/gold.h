// dyad/gold.h — scoring coded events against hand-annotated gold items
// (the format of ../shared/gold/wikinews_gold.jsonl, one JSON object a line):
//   {"id","doc_id","sentence_has","kind":"expect"|"forbid","source","target"|null,
//    "codes":[...],"either_direction":bool, ...}
// An event matches an item when its sentence contains sentence_has, its
// source starts with `source` and its target with `target` (any target when
// null; either order when either_direction), and its CAMEO code starts with
// one of `codes`. Score = (expect items met - forbid items violated) / expect items.
#ifndef DYAD_GOLD_H_
#define DYAD_GOLD_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct GoldItem {
  std::string id, doc_id, sentence_has, source, target;  // target "" = any
  bool forbid = false;
  bool either_direction = false;
  std::vector<std::string> codes;
};

Result<std::vector<GoldItem>> ReadGoldItems(const std::string& path);

struct GoldScore {
  int expect = 0, met = 0, forbid = 0, violated = 0;
  std::map<std::string, std::pair<int, int>> by_root;  // root of first code -> (met, expect)
  std::vector<std::string> unmet, violations;          // item ids
  double score() const { return expect ? double(met - violated) / expect : 0; }
  std::string ToText() const;
};

// Scores events (all documents' events together) against the items.
GoldScore ScoreGold(const std::vector<GoldItem>& items, const std::vector<Event>& events);

}  // namespace dyad

#endif  // DYAD_GOLD_H_
