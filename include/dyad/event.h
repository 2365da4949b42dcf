// dyad/event.h — the event record, version 1 (../shared/DESIGN.md section 3).
// Every consumer (store, exports, tests, the web page, Python) uses these names.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <string>
#include <string_view>

namespace dyad {

enum class Mood { kAsserted, kHypothetical, kNegated };

std::string_view MoodName(Mood mood);  // "asserted", "hypothetical", "negated"

struct Event {
  std::string doc_id;
  int sentence_id = 0;          // 0-based within the document
  std::string sentence;         // the sentence text as read
  std::string date;             // "YYYY-MM-DD" or "" (written as null)
  std::string source, target;   // CAMEO actor codes; "" when absent
  std::string source_text, target_text;
  std::string cameo;            // "042"
  std::string root;             // "04"
  int quad_class = 0;           // 1..4
  double goldstein = 0;
  std::string plover;           // "" for CAMEO 01 and 02
  Mood mood = Mood::kAsserted;
  std::string pattern;          // dictionary "file:line" that fired
  std::string location;         // "" when none (written as null)
};

// A coder's actor code as the record writes it: CAMEO 3-letter blocks, an
// unknown part ("---" in the peers' notation, as in "---GOV") left out;
// "" when nothing is known.
std::string RecordActorCode(std::string_view code);

// Appends the event as one JSON line (record v1) to *out.
void AppendEventJson(const Event& event, std::string* out);

}  // namespace dyad

#endif  // DYAD_EVENT_H_
