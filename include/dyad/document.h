// dyad/document.h — one news document as every stage sees it.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <string>

namespace dyad {

struct Document {
  std::string id;     // unique within a run; readers make one when the input has none
  std::string date;   // "YYYY-MM-DD", or "" when unknown
  std::string url;    // "" when unknown
  std::string title;  // "" when unknown
  std::string text;   // the body as read: raw bytes, not yet validated as UTF-8
  // The input record's other fields, as a JSON object text ("{...}"), or "" when
  // there were none. Kept so that exports can carry them through.
  std::string extra_json;
  // Where the document came from: "path" for a whole file, "path:line" for a
  // JSON Lines record, "-" or "-:line" for standard input. Used in messages.
  std::string origin;

  void clear() {
    id.clear(); date.clear(); url.clear(); title.clear(); text.clear();
    extra_json.clear(); origin.clear();
  }
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
