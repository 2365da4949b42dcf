// LineSource: buffered lines over zlib (files, stdin) or a memory buffer.
#include "ingest/line_source.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string_view>
#include <utility>

namespace dyad::ingest {
namespace {

constexpr size_t kBufferBytes = 64 << 10;
// Largest single zlib call (zlib counts in unsigned int).
constexpr size_t kMaxZlibChunk = 1u << 30;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

Status TruncatedGzip() { return ParseError("truncated gzip data (unexpected end of file)"); }

std::string CorruptMessage(const char* msg) {
  return std::string("corrupt gzip data (") + (msg && *msg ? msg : "invalid data") + ")";
}

}  // namespace

// Where bytes come from. Errors carry a message without the input's name.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to n bytes into buf; 0 at the end of the input.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  virtual uint64_t consumed() const = 0;
};

namespace {

// A file or stdin through zlib's gz* API, which passes plain files through.
class GzStream final : public ByteStream {
 public:
  explicit GzStream(gzFile f) : f_(f) { gzbuffer(f_, 128 << 10); }
  ~GzStream() override { gzclose(f_); }

  Result<size_t> Read(char* buf, size_t n) override {
    int got = gzread(f_, buf, static_cast<unsigned>(std::min(n, kMaxZlibChunk)));
    if (got > 0) {
      delivered_ += static_cast<uint64_t>(got);
      return static_cast<size_t>(got);
    }
    int errnum = Z_OK;
    const char* msg = gzerror(f_, &errnum);
    if (got == 0 && errnum == Z_OK) return size_t{0};
    // gzerror's message is "<path>: <what>"; keep <what>.
    std::string_view what = msg ? msg : "";
    if (size_t colon = what.rfind(": "); colon != std::string_view::npos) {
      what.remove_prefix(colon + 2);
    }
    switch (errnum) {
      case Z_BUF_ERROR: return TruncatedGzip();
      case Z_DATA_ERROR: return ParseError(CorruptMessage(std::string(what).c_str()));
      case Z_MEM_ERROR: return ResourceExhaustedError("out of memory while reading");
      default: return IoError("read error: " + std::string(what.empty() ? "unknown" : what));
    }
  }

  uint64_t consumed() const override {
    z_off_t off = gzoffset(f_);  // -1 on pipes
    return off >= 0 ? static_cast<uint64_t>(off) : delivered_;
  }

 private:
  gzFile f_;
  uint64_t delivered_ = 0;
};

// A memory buffer; gzip (by magic bytes) is inflated a chunk at a time.
class MemoryStream final : public ByteStream {
 public:
  explicit MemoryStream(std::string data) : data_(std::move(data)) {
    gzip_ = data_.size() >= 2 && static_cast<unsigned char>(data_[0]) == 0x1f &&
            static_cast<unsigned char>(data_[1]) == 0x8b;
  }
  ~MemoryStream() override {
    if (z_started_) inflateEnd(&zs_);
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!gzip_) {
      size_t k = std::min(n, data_.size() - pos_);
      if (k > 0) std::memcpy(buf, data_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return Inflate(buf, n);
  }

  uint64_t consumed() const override { return pos_; }

 private:
  Result<size_t> Inflate(char* buf, size_t n) {
    if (!pending_.ok()) return pending_;
    if (z_done_ || n == 0) return size_t{0};
    if (!z_started_) {
      std::memset(&zs_, 0, sizeof zs_);
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
        return ResourceExhaustedError("cannot start gzip decoding (out of memory)");
      }
      z_started_ = true;
    }
    const unsigned want = static_cast<unsigned>(std::min(n, kMaxZlibChunk));
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = want;
    while (zs_.avail_out > 0) {
      const unsigned in_chunk = static_cast<unsigned>(std::min(data_.size() - pos_, kMaxZlibChunk));
      zs_.next_in = reinterpret_cast<Bytef*>(data_.data() + pos_);
      zs_.avail_in = in_chunk;
      int ret = inflate(&zs_, Z_NO_FLUSH);
      pos_ += in_chunk - zs_.avail_in;
      if (ret == Z_OK) continue;
      if (ret == Z_STREAM_END) {
        // Another gzip member follows: go on with it. Anything else after the
        // last member is ignored, as gzip(1) and zlib's gzread do.
        if (data_.size() - pos_ >= 2 && static_cast<unsigned char>(data_[pos_]) == 0x1f &&
            static_cast<unsigned char>(data_[pos_ + 1]) == 0x8b) {
          inflateReset(&zs_);
          continue;
        }
        z_done_ = true;
        break;
      }
      if (ret == Z_BUF_ERROR) {
        pending_ = TruncatedGzip();  // no progress possible: the input ended early
      } else if (ret == Z_MEM_ERROR) {
        pending_ = ResourceExhaustedError("out of memory while inflating gzip data");
      } else {
        pending_ = ParseError(CorruptMessage(zs_.msg));
      }
      break;
    }
    size_t produced = want - zs_.avail_out;
    if (produced == 0 && !pending_.ok()) return pending_;
    return produced;
  }

  std::string data_;
  size_t pos_ = 0;
  bool gzip_ = false;
  z_stream zs_;
  bool z_started_ = false;
  bool z_done_ = false;
  Status pending_;  // an error met after some bytes were already returned
};

}  // namespace

LineSource::LineSource(std::string name, std::unique_ptr<ByteStream> stream)
    : name_(std::move(name)), stream_(std::move(stream)),
      buf_(new char[kBufferBytes]), cap_(kBufferBytes) {}

LineSource::~LineSource() = default;

Result<std::unique_ptr<LineSource>> LineSource::OpenFile(const std::string& path,
                                                         std::string name) {
  if (name.empty()) name = path;
  errno = 0;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return NotFoundError(name + ": no such file or directory");
    return IoError(name + ": cannot open: " +
                   (errno ? std::strerror(errno) : "out of memory"));
  }
  return std::unique_ptr<LineSource>(
      new LineSource(std::move(name), std::make_unique<GzStream>(f)));
}

Result<std::unique_ptr<LineSource>> LineSource::OpenStdin() {
  int fd = dup(0);
  if (fd < 0) return IoError(std::string("-: cannot read standard input: ") + std::strerror(errno));
  gzFile f = gzdopen(fd, "rb");
  if (f == nullptr) {
    close(fd);
    return IoError("-: cannot read standard input");
  }
  return std::unique_ptr<LineSource>(new LineSource("-", std::make_unique<GzStream>(f)));
}

std::unique_ptr<LineSource> LineSource::FromBuffer(std::string name, std::string data) {
  return std::unique_ptr<LineSource>(
      new LineSource(std::move(name), std::make_unique<MemoryStream>(std::move(data))));
}

uint64_t LineSource::bytes_consumed() const { return stream_->consumed(); }

void LineSource::Fill() {
  if (eof_ || failed_) return;
  if (pos_ > 0) {
    std::memmove(buf_.get(), buf_.get() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == cap_) {  // only PeekNonSpace keeps a full buffer
    std::unique_ptr<char[]> bigger(new char[cap_ * 2]);
    std::memcpy(bigger.get(), buf_.get(), end_);
    buf_ = std::move(bigger);
    cap_ *= 2;
  }
  Result<size_t> got = stream_->Read(buf_.get() + end_, cap_ - end_);
  if (!got.ok()) {
    failed_ = true;
    error_ = got.status();
  } else if (*got == 0) {
    eof_ = true;
  } else {
    end_ += *got;
  }
}

Status LineSource::TakeError(uint64_t after_line) {
  reported_ = true;
  std::string msg = name_ + ": " + error_.message();
  if (after_line > 0) msg += " after line " + std::to_string(after_line) + "; the rest is lost";
  return Status(error_.code(), std::move(msg));
}

Result<bool> LineSource::ReadLine(std::string* line, uint64_t max_bytes) {
  line->clear();
  uint64_t len = 0;
  bool any = false;
  bool too_long = false;
  while (true) {
    if (pos_ == end_) {
      Fill();
      if (failed_) {
        line->clear();
        if (reported_) return false;
        return TakeError(line_);
      }
      if (pos_ == end_) {  // end of input
        if (!any) return false;
        break;
      }
    }
    any = true;
    const char* p = buf_.get() + pos_;
    const size_t avail = end_ - pos_;
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', avail));
    const size_t n = nl ? static_cast<size_t>(nl - p) : avail;
    len += n;
    if (!too_long) {
      if (len > max_bytes) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(p, n);
      }
    }
    pos_ += n + (nl ? 1 : 0);
    if (nl) break;
  }
  ++line_;
  if (too_long) {
    return ResourceExhaustedError(name_ + ":" + std::to_string(line_) + ": line of " +
                                  std::to_string(len) + " bytes is longer than the limit of " +
                                  std::to_string(max_bytes) + " bytes; skipped");
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

Status LineSource::ReadAll(std::string* out, uint64_t max_bytes) {
  out->clear();
  out->append(buf_.get() + pos_, end_ - pos_);
  pos_ = end_ = 0;
  while (!eof_ && !failed_ && out->size() <= max_bytes) {
    const size_t old = out->size();
    size_t chunk = std::max<size_t>(kBufferBytes, std::min<size_t>(old, 16 << 20));
    chunk = static_cast<size_t>(std::min<uint64_t>(chunk, max_bytes + 1 - old));
    out->resize(old + chunk);
    Result<size_t> got = stream_->Read(out->data() + old, chunk);
    if (!got.ok()) {
      failed_ = true;
      error_ = got.status();
      out->resize(old);
    } else {
      out->resize(old + *got);
      if (*got == 0) eof_ = true;
    }
  }
  if (failed_) {
    out->clear();
    if (reported_) return Status::Ok();
    return TakeError(0);
  }
  if (out->size() > max_bytes) {
    out->clear();
    eof_ = true;
    return ResourceExhaustedError(name_ + ": document is larger than the limit of " +
                                  std::to_string(max_bytes) + " bytes; skipped");
  }
  return Status::Ok();
}

int LineSource::PeekNonSpace(size_t limit) {
  size_t seen = 0;  // bytes after pos_ already looked at
  while (true) {
    for (; pos_ + seen < end_; ++seen) {
      char c = buf_[pos_ + seen];
      if (!IsSpace(c)) return static_cast<unsigned char>(c);
    }
    if (seen >= limit || eof_ || failed_) return -1;
    Fill();
    if (pos_ + seen >= end_ && (eof_ || failed_)) return -1;
  }
}

}  // namespace dyad::ingest
