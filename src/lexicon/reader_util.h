// Private: line handling shared by the dictionary readers.
#ifndef DYAD_SRC_LEXICON_READER_UTIL_H_
#define DYAD_SRC_LEXICON_READER_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/lexicon.h"

namespace dyad::lexicon {

// Iterates the lines of a dictionary text: strips CR, skips `<!-- ... -->`
// blocks (which may span lines) and blank lines, and cuts comments: `#` or
// `;` outside [...] and {...} start a comment (both peers' styles).
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  // False at the end. *raw is the whole line, *content the line without its
  // comment and without trailing blanks (leading blanks are kept: a tab
  // starts a dated-code line).
  bool Next(std::string_view* raw, std::string_view* content, uint32_t* line_no);

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 0;
  bool in_xml_comment_ = false;
  std::string scratch_line_;  // a line with an XML comment cut out of it
};

std::string_view Trim(std::string_view s);
std::string Upper(std::string_view s);
// Whether the line's "#" comment holds `flag` ("@cs", "@counted": dyad-dict
// conventions).
bool CommentHasFlag(std::string_view raw_line, std::string_view flag);

// Splits a phrase written with `_` and blanks into words. A trailing `_`
// marks an exact last word; with `stems` false every phrase is exact.
// Returns false (and *error) on an empty phrase.
bool ParsePhrase(std::string_view text, bool stems, Phrase* out, std::string* error);

// Every `[...]` group of a line, in order, without the brackets. *rest gets
// the text before the first group. False when a bracket is not closed.
bool SplitCodeGroups(std::string_view line, std::string_view* rest,
                     std::vector<std::string_view>* groups);

// Reads "CODE", "CODE YYYYMMDD-YYYYMMDD", "CODE <date", "CODE >date".
bool ParseDatedCode(std::string_view group, DatedCode* out, bool* has_date, std::string* error);

// True for a code as the peers write them: letters, digits and - # ~ + / ?
// ("---" null, "###" discard, "+++" complex, "ELR/GAL" several actors).
bool IsCodeText(std::string_view code);

// "032:033" -> "032" and "033"; "042" -> "042" and ""; ":173" -> "---", "173".
void SplitPairedCode(std::string_view text, std::string* code, std::string* paired);

// Regular plurals as the PETRARCH spec makes them: +S, Y -> IES, SS -> SSES.
std::string RegularPlural(std::string_view word);

// Does the text declare dyad's own format ("dyad-dict") in its first lines?
bool DeclaresDyadFormat(std::string_view text);

class IssueSink {
 public:
  IssueSink(std::string_view file, const LexiconOptions& options, Lexicon* lex)
      : file_(file), options_(options), lex_(lex) {}
  // Records a bad line; in strict mode remembers it as the error to return.
  void Add(uint32_t line, std::string message);
  Status status() const { return status_; }
  bool failed() const { return !status_.ok(); }

 private:
  std::string file_;
  const LexiconOptions& options_;
  Lexicon* lex_;
  Status status_;
};

}  // namespace dyad::lexicon

#endif  // DYAD_SRC_LEXICON_READER_UTIL_H_
