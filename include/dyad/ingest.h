// dyad/ingest.h — reading documents from files, directories and stdin.
//
//   dyad::ReadOptions opts;
//   auto reader = dyad::DocumentReader::Open({"news.jsonl.gz", "articles/"}, opts);
//   if (!reader.ok()) { ...reader.status()... }
//   dyad::Document doc;
//   while (true) {
//     dyad::Result<bool> r = (*reader)->Next(&doc);
//     if (!r.ok()) { report(r.status()); continue; }   // one bad document; go on
//     if (!*r) break;                                   // end of input
//     process(doc);
//   }
//
// Formats: JSON Lines (one object per line: "id", "date", "url", "title",
// "text"; other fields kept in Document::extra_json) and plain text (a whole
// file is one document). gzip is read transparently from its magic bytes.
// Directories are walked recursively in name order, hidden entries skipped.
// "-" is standard input. Memory does not grow with the number of documents:
// one line (or one plain file) is held at a time.
//
// JSON Lines details. Each field is taken from the first name of its
// ReadOptions list whose value is usable (null counts as absent): id a string
// or a number (its JSON text: 1 -> "1"), text a string (required: a record
// without one is an error), date a string or number NormalizeDate reads,
// title and url strings. Every other member, including an unusable or
// unreadable one, is kept verbatim in extra_json. A record without an id gets
// "<name>:<line>", name being the file's path relative to the input argument
// (the file name for a file given directly). Blank lines are skipped; a UTF-8
// byte-order mark and CRLF line ends are accepted. Stray invalid UTF-8 inside
// string values is tolerated (kept as is in the fields taken, U+FFFD in
// extra_json); in a member name it is an error.
//
// Plain text: id is the path relative to the input argument (the file name
// for a file given directly, "-" for stdin), date the default_date or else
// the file's modification date (UTC), title and url empty.
//
// Errors name the document: "news.jsonl:12: ..." for a record, "a/b.txt: ..."
// for a file, "corpus/x: ..." for a directory entry that cannot be read or is
// not a regular file (a FIFO, a broken link, a link back to a parent folder).
// A truncated or corrupt gzip file ends with an error naming it and the last
// line read.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

enum class InputFormat {
  kAuto,   // by file name (.jsonl .ndjson .json[.gz] -> JSONL, else text); stdin: sniffed
  kJsonl,
  kText,
};

// Parses "auto", "jsonl", "text" (InvalidArgument otherwise).
Result<InputFormat> ParseInputFormat(std::string_view name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // Date for documents that carry none ("YYYY-MM-DD"). When empty, a plain
  // text file takes its modification date and a JSONL record stays undated.
  std::string default_date;
  // JSON field names (the first present wins). Reuters-21578 JSONL, say, uses
  // "newid" and "body".
  std::vector<std::string> id_fields = {"id", "doc_id"};
  std::vector<std::string> text_fields = {"text", "body", "content"};
  std::vector<std::string> date_fields = {"date", "published", "publish_date"};
  std::vector<std::string> title_fields = {"title", "headline"};
  std::vector<std::string> url_fields = {"url", "link"};
  // A document (line or file) larger than this is skipped with an error.
  uint64_t max_document_bytes = 64ull << 20;
};

// Reads "2019-01-04", "2019-01-04T10:00:00Z", "20190104", "26-FEB-1987 15:01",
// "Feb 26, 1987", "26 February 1987" into "YYYY-MM-DD". Empty on failure.
std::string NormalizeDate(std::string_view text);

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  // Opens the inputs (files, directories, "-"). Fails only when an input does
  // not exist or none was given; unreadable documents show up in Next().
  static Result<std::unique_ptr<DocumentReader>> Open(std::vector<std::string> inputs,
                                                      ReadOptions options = {});

  // Reads from an in-memory buffer named `name` (tests, fuzzers, bindings).
  static std::unique_ptr<DocumentReader> FromBuffer(std::string name, std::string data,
                                                     InputFormat format,
                                                     ReadOptions options = {});

  // true: *doc holds the next document. false: end of all inputs.
  // Error: one document (or file) could not be read; the message names it
  // ("news.jsonl:12: invalid JSON ..."); call Next() again to go on.
  virtual Result<bool> Next(Document* doc) = 0;

  // Bytes consumed so far from the current and finished inputs (compressed
  // size for gzip input, except on a pipe: there the uncompressed bytes); for
  // progress reports.
  virtual uint64_t bytes_read() const = 0;
  // Sum of input file sizes when known (0 for stdin); for progress reports.
  virtual uint64_t bytes_total() const = 0;
};

}  // namespace dyad

#endif  // DYAD_INGEST_H_
