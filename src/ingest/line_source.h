// Private to src/ingest: a buffered byte source that reads lines or a whole
// document from a file, standard input or a memory buffer, gunzipping
// transparently (gzip is recognised by its magic bytes 1f 8b, not by name).
//
//   auto src = LineSource::OpenFile("news.jsonl.gz");
//   std::string line;
//   while (true) {
//     Result<bool> r = (*src)->ReadLine(&line, max_bytes);
//     if (!r.ok()) { report(r.status()); continue; }  // too long, or a read error
//     if (!*r) break;                                 // end of input
//     use(line, (*src)->line_number());
//   }
//
// Memory is one buffer (64 KiB) plus the longest line or document accepted,
// so at most max_bytes plus one buffer whatever the size of the input.
#ifndef DYAD_SRC_INGEST_LINE_SOURCE_H_
#define DYAD_SRC_INGEST_LINE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad::ingest {

// Where bytes come from (a gzFile or a memory buffer); defined in the .cc.
class ByteStream;

class LineSource {
 public:
  // Opens a file; `name` (the path by default) is used in messages.
  // Error: IoError naming the file (missing, not readable, ...).
  static Result<std::unique_ptr<LineSource>> OpenFile(const std::string& path,
                                                      std::string name = "");
  // Standard input, named "-" in messages.
  static Result<std::unique_ptr<LineSource>> OpenStdin();
  // An in-memory buffer; gzip data (magic 1f 8b) is inflated as it is read.
  static std::unique_ptr<LineSource> FromBuffer(std::string name, std::string data);

  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // Reads the next line into *line (replacing its contents), without the
  // '\n' and without a '\r' before it. The last line may lack its '\n'.
  //   true: a line was read (line_number() is its 1-based number);
  //   false: end of input (also after a read error has been reported);
  //   error, ResourceExhausted: the line is longer than max_bytes; it was
  //     skipped up to its newline ("name:12: line longer than ..."), and the
  //     next call reads the following line;
  //   error, other: the input could not be read further (truncated or corrupt
  //     gzip, I/O error): "name: ... after line 12"; the next call returns false.
  Result<bool> ReadLine(std::string* line, uint64_t max_bytes);

  // Reads all remaining bytes into *out (replacing its contents). Error when
  // they are more than max_bytes (the document is skipped, *out is cleared)
  // or the input cannot be read; either way the source is then at its end.
  Status ReadAll(std::string* out, uint64_t max_bytes);

  // The first byte that is not ASCII whitespace, without consuming anything;
  // -1 when the input holds only whitespace (up to a limit of `limit` bytes
  // looked at) or cannot be read (the error is reported by the next read).
  int PeekNonSpace(size_t limit = 1 << 20);

  const std::string& name() const { return name_; }
  // Number of the last line returned by ReadLine (or being skipped).
  uint64_t line_number() const { return line_; }
  // Bytes taken from the underlying input so far (compressed bytes for gzip).
  uint64_t bytes_consumed() const;

 private:
  LineSource(std::string name, std::unique_ptr<ByteStream> stream);
  // Reads more bytes after end_, moving pending bytes to the front first and
  // growing the buffer when it is full. Sets eof_ or failed_ (with error_).
  void Fill();
  Status TakeError(uint64_t after_line);

  std::string name_;
  std::unique_ptr<ByteStream> stream_;
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;
  size_t pos_ = 0;  // first unread byte
  size_t end_ = 0;  // one past the last buffered byte
  uint64_t line_ = 0;
  bool eof_ = false;
  bool failed_ = false;     // a read error happened
  bool reported_ = false;   // ... and was returned to the caller
  Status error_;
};

}  // namespace dyad::ingest

#endif  // DYAD_SRC_INGEST_LINE_SOURCE_H_
