#include "dyad/gold.h"

#include <simdjson.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace dyad {

Result<std::vector<GoldItem>> ReadGoldItems(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::vector<GoldItem> items;
  simdjson::dom::parser parser;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element doc;
    auto where = [&] { return path + ":" + std::to_string(n) + ": "; };
    if (parser.parse(line).get(doc)) return ParseError(where() + "invalid JSON");
    GoldItem it;
    std::string_view s;
    auto get = [&](const char* k, std::string* out, bool required) -> bool {
      simdjson::dom::element v;
      if (doc[k].get(v)) return !required;
      if (v.is_null()) return !required;
      if (v.get_string().get(s)) return false;
      *out = std::string(s);
      return true;
    };
    std::string kind;
    if (!get("id", &it.id, true) || !get("doc_id", &it.doc_id, true) ||
        !get("sentence_has", &it.sentence_has, true) || !get("kind", &kind, true) ||
        !get("source", &it.source, true) || !get("target", &it.target, false))
      return ParseError(where() + "missing or non-string field");
    if (kind != "expect" && kind != "forbid") return ParseError(where() + "kind must be expect or forbid");
    it.forbid = kind == "forbid";
    bool either = false;
    if (!doc["either_direction"].get_bool().get(either)) it.either_direction = either;
    simdjson::dom::array codes;
    if (doc["codes"].get_array().get(codes)) return ParseError(where() + "codes must be an array");
    for (auto c : codes) {
      if (c.get_string().get(s)) return ParseError(where() + "codes must be strings");
      it.codes.emplace_back(s);
    }
    if (it.codes.empty()) return ParseError(where() + "no codes");
    items.push_back(std::move(it));
  }
  return items;
}

namespace {

bool StartsWith(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

bool Matches(const GoldItem& it, const Event& e) {
  if (e.sentence.find(it.sentence_has) == std::string::npos) return false;
  bool code = false;
  for (const std::string& c : it.codes) code = code || StartsWith(e.cameo, c);
  if (!code) return false;
  auto dir = [&](const std::string& src, const std::string& tgt) {
    return StartsWith(src, it.source) && (it.target.empty() || StartsWith(tgt, it.target));
  };
  return dir(e.source, e.target) || (it.either_direction && dir(e.target, e.source));
}

}  // namespace

GoldScore ScoreGold(const std::vector<GoldItem>& items, const std::vector<Event>& events) {
  GoldScore s;
  for (const GoldItem& it : items) {
    bool hit = false;
    for (const Event& e : events)
      if (e.doc_id == it.doc_id && Matches(it, e)) { hit = true; break; }
    std::string root = it.codes[0].substr(0, 2);
    if (it.forbid) {
      ++s.forbid;
      if (hit) { ++s.violated; s.violations.push_back(it.id); }
    } else {
      ++s.expect;
      auto& r = s.by_root[root];
      ++r.second;
      if (hit) { ++s.met; ++r.first; } else s.unmet.push_back(it.id);
    }
  }
  return s;
}

std::string GoldScore::ToText() const {
  std::string out;
  char buf[160];
  std::snprintf(buf, sizeof buf, "expect met %d of %d; forbid violated %d of %d; score %.3f\n", met, expect,
                violated, forbid, score());
  out += buf;
  out += "by root (met/expect):";
  for (const auto& [root, mr] : by_root) {
    std::snprintf(buf, sizeof buf, " %s:%d/%d", root.c_str(), mr.first, mr.second);
    out += buf;
  }
  out += "\n";
  return out;
}

}  // namespace dyad
