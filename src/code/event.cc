#include "dyad/event.h"

#include <cstdio>

#include "dyad/json.h"

namespace dyad {
namespace {

}  // namespace

std::string RecordActorCode(std::string_view code) {
  std::string out;
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view part = code.substr(i, 3);
    if (part == "---") continue;
    out.append(part);
  }
  return out;
}

namespace {

void Field(const char* name, std::string_view value, std::string* out) {
  out->push_back('"');
  out->append(name);
  out->append("\":");
  AppendJsonString(value, out);
  out->push_back(',');
}

}  // namespace

std::string_view MoodName(Mood mood) {
  switch (mood) {
    case Mood::kAsserted: return "asserted";
    case Mood::kHypothetical: return "hypothetical";
    case Mood::kNegated: return "negated";
  }
  return "asserted";
}

void AppendEventJson(const Event& e, std::string* out) {
  out->push_back('{');
  Field("doc_id", e.doc_id, out);
  out->append("\"sentence_id\":");
  out->append(std::to_string(e.sentence_id));
  out->push_back(',');
  Field("sentence", e.sentence, out);
  out->append("\"date\":");
  if (e.date.empty()) out->append("null");
  else AppendJsonString(e.date, out);
  out->push_back(',');
  Field("source", RecordActorCode(e.source), out);
  Field("source_text", e.source_text, out);
  Field("target", RecordActorCode(e.target), out);
  Field("target_text", e.target_text, out);
  Field("cameo", e.cameo, out);
  Field("root", e.root, out);
  out->append("\"quad_class\":");
  out->append(std::to_string(e.quad_class));
  char g[32];
  std::snprintf(g, sizeof g, ",\"goldstein\":%.1f,", e.goldstein);
  out->append(g);
  Field("plover", e.plover, out);
  Field("mood", MoodName(e.mood), out);
  Field("pattern", e.pattern, out);
  out->append("\"location\":");
  if (e.location.empty()) out->append("null");
  else AppendJsonString(e.location, out);
  out->append("}\n");
}

}  // namespace dyad
