// Private to src/ingest: one JSON Lines record -> Document, with simdjson.
//
//   JsonlRecordParser p;                     // one per reader: keeps its buffers
//   Status s = p.Parse(&line, "news.jsonl:3", "news.jsonl:3", options, &doc);
//
// The record must be a JSON object. Fields are picked by the name lists of
// ReadOptions (the first name present with a usable value wins; null counts
// as absent): id a string or a number (its JSON text: 1 -> "1"), text a
// string (required), date a string or number that NormalizeDate reads, title
// and url strings. Every other member, including those skipped as unusable,
// is kept verbatim in extra_json. String values are unescaped and may hold
// any bytes (NUL included).
//
// JSON must be UTF-8, but real feeds carry stray bytes: a record whose only
// fault is invalid UTF-8 inside string values is accepted, those bytes are
// kept as they are in the picked fields and become U+FFFD in extra_json.
// Invalid UTF-8 in a member name, or outside strings, is an error.
#ifndef DYAD_SRC_INGEST_JSONL_RECORD_H_
#define DYAD_SRC_INGEST_JSONL_RECORD_H_

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad::ingest {

namespace jsonl_detail {

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsJsonSpace(s[i])) ++i;
  return i;
}

// s[i] is '"'; returns the index after the closing quote, npos if none.
inline size_t SkipString(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Returns the index after the JSON value starting at s[i], npos if malformed.
inline size_t SkipValue(std::string_view s, size_t i) {
  if (i >= s.size()) return std::string_view::npos;
  if (s[i] == '"') return SkipString(s, i);
  if (s[i] == '{' || s[i] == '[') {
    size_t depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = SkipString(s, i);
        if (i == std::string_view::npos) return i;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return std::string_view::npos;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !IsJsonSpace(s[i])) ++i;
  return i;
}

struct RawMember {
  std::string_view key;    // the key's JSON text, quotes included
  std::string_view value;  // the value's JSON text
};

// The top-level members of a JSON object text (already validated), in order.
inline bool ScanMembers(std::string_view s, std::vector<RawMember>* out) {
  out->clear();
  size_t i = SkipSpace(s, 0);
  if (i >= s.size() || s[i] != '{') return false;
  i = SkipSpace(s, i + 1);
  if (i < s.size() && s[i] == '}') return true;
  while (i < s.size() && s[i] == '"') {
    size_t k = SkipString(s, i);
    if (k == std::string_view::npos) return false;
    std::string_view key = s.substr(i, k - i);
    i = SkipSpace(s, k);
    if (i >= s.size() || s[i] != ':') return false;
    i = SkipSpace(s, i + 1);
    size_t v = SkipValue(s, i);
    if (v == std::string_view::npos) return false;
    out->push_back({key, s.substr(i, v - i)});
    i = SkipSpace(s, v);
    if (i >= s.size()) return false;
    if (s[i] == '}') return true;
    if (s[i] != ',') return false;
    i = SkipSpace(s, i + 1);
  }
  return false;
}

// Length of the valid UTF-8 sequence at s[i], 0 when the byte starts none.
inline size_t Utf8Length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < s.size() && at(k) >= lo && at(k) <= hi;
  };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
  if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (c >= 0xE1 && c <= 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (c == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

// Each byte b that is not part of valid UTF-8 becomes the private-use code
// point U+10FF00+b (F4 8F BE|BF xx), which DecodeStrayBytes turns back.
inline void EncodeStrayBytes(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size() + in.size() / 4 + simdjson::SIMDJSON_PADDING);
  for (size_t i = 0; i < in.size();) {
    size_t n = Utf8Length(in, i);
    if (n > 0) {
      out->append(in.data() + i, n);
      i += n;
      continue;
    }
    unsigned char b = static_cast<unsigned char>(in[i++]);
    out->push_back('\xF4');
    out->push_back('\x8F');
    out->push_back(static_cast<char>(0xBE | ((b >> 6) & 1)));
    out->push_back(static_cast<char>(0x80 | (b & 0x3F)));
  }
}

inline bool IsStrayByteAt(std::string_view s, size_t i) {
  return i + 3 < s.size() && s[i] == '\xF4' && s[i + 1] == '\x8F' &&
         (s[i + 2] == '\xBE' || s[i + 2] == '\xBF');
}

inline bool HasStrayBytes(std::string_view s) {
  for (size_t i = s.find('\xF4'); i != std::string_view::npos; i = s.find('\xF4', i + 1)) {
    if (IsStrayByteAt(s, i)) return true;
  }
  return false;
}

// Appends s with the encoded stray bytes restored, or replaced by U+FFFD.
inline void DecodeStrayBytes(std::string_view s, bool replace, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    if (IsStrayByteAt(s, i)) {
      if (replace) {
        out->append("\xEF\xBF\xBD");
      } else {
        out->push_back(static_cast<char>(0x80 | ((s[i + 2] & 1) << 6) | (s[i + 3] & 0x3F)));
      }
      i += 4;
    } else {
      out->push_back(s[i++]);
    }
  }
}

inline const char* TypeName(simdjson::dom::element_type t) {
  switch (t) {
    case simdjson::dom::element_type::ARRAY: return "an array";
    case simdjson::dom::element_type::OBJECT: return "an object";
    case simdjson::dom::element_type::STRING: return "a string";
    case simdjson::dom::element_type::BOOL: return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE: return "null";
    default: return "a number";
  }
}

inline bool IsNumber(simdjson::dom::element_type t) {
  return t == simdjson::dom::element_type::INT64 || t == simdjson::dom::element_type::UINT64 ||
         t == simdjson::dom::element_type::DOUBLE;
}

}  // namespace jsonl_detail

class JsonlRecordParser {
 public:
  // Parses the record in *line (whose capacity may grow, for simdjson's
  // padding) into doc's id, date, url, title, text and extra_json; the other
  // fields are left alone. `where` ("news.jsonl:3") starts error messages;
  // `fallback_id` is the id when the record has none. doc->date stays empty
  // when the record has no date NormalizeDate can read.
  Status Parse(std::string* line, std::string_view where, std::string fallback_id,
               const ReadOptions& options, Document* doc) {
    namespace jd = jsonl_detail;
    using simdjson::dom::element_type;
    line->reserve(line->size() + simdjson::SIMDJSON_PADDING);
    std::string_view json = *line;
    stray_ = false;
    simdjson::dom::element root;
    Grow(json.size());
    simdjson::error_code err = parser_.parse(json.data(), json.size(), false).get(root);
    if (err == simdjson::UTF8_ERROR) {
      jd::EncodeStrayBytes(*line, &encoded_);
      encoded_.reserve(encoded_.size() + simdjson::SIMDJSON_PADDING);
      json = encoded_;
      stray_ = true;
      Grow(json.size());
      err = parser_.parse(json.data(), json.size(), false).get(root);
    }
    Status status = Fill(err, root, json, where, std::move(fallback_id), options, doc);
    // Give back the memory of an unusually large record.
    if (parser_.capacity() > kKeepBytes) parser_ = simdjson::dom::parser();
    if (encoded_.capacity() > kKeepBytes) std::string().swap(encoded_);
    return status;
  }

 private:
  static constexpr size_t kKeepBytes = 4u << 20;

  // Room for a record of n bytes, with headroom so that slowly growing
  // records do not reallocate every time. (Failure is left to parse().)
  void Grow(size_t n) {
    if (n <= parser_.capacity()) return;
    simdjson::error_code ignored = parser_.allocate(std::max<size_t>(n + n / 2, 4096));
    (void)ignored;
  }

  struct Member {
    std::string_view key;  // unescaped
    simdjson::dom::element value;
    jsonl_detail::RawMember raw;
    bool used = false;
  };

  Status Fill(simdjson::error_code err, simdjson::dom::element root, std::string_view json,
              std::string_view where, std::string fallback_id, const ReadOptions& options,
              Document* doc) {
    namespace jd = jsonl_detail;
    using simdjson::dom::element_type;
    if (err) {
      return ParseError(std::string(where) + ": invalid JSON (" + simdjson::error_message(err) +
                        ")");
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
      return ParseError(std::string(where) + ": expected a JSON object, found " +
                        jd::TypeName(root.type()));
    }
    if (!jd::ScanMembers(json, &raw_)) {
      return InternalError(std::string(where) + ": JSON object scan failed");
    }
    members_.clear();
    for (simdjson::dom::key_value_pair kv : object) {
      if (members_.size() == raw_.size()) break;
      if (stray_ && jd::HasStrayBytes(kv.key)) {
        return ParseError(std::string(where) + ": invalid UTF-8 in the field name " +
                          std::string(raw_[members_.size()].key));
      }
      members_.push_back({kv.key, kv.value, raw_[members_.size()], false});
    }
    if (members_.size() != raw_.size()) {
      return InternalError(std::string(where) + ": JSON object scan mismatch");
    }

    // text: required.
    Member* m = Find(options.text_fields, [](const Member& x) {
      return x.value.type() == element_type::STRING;
    });
    if (m == nullptr) return NoText(where, options.text_fields);
    TakeString(*m, &doc->text);

    if (Member* id = Find(options.id_fields, [](const Member& x) {
          element_type t = x.value.type();
          return (t == element_type::STRING && !x.value.get_string().value_unsafe().empty()) ||
                 jd::IsNumber(t);
        })) {
      if (jd::IsNumber(id->value.type())) {
        doc->id.assign(id->raw.value);
      } else {
        TakeString(*id, &doc->id);
      }
    } else {
      doc->id = std::move(fallback_id);
    }

    std::string date;
    if (Find(options.date_fields, [&date](const Member& x) {
          element_type t = x.value.type();
          if (t == element_type::STRING) {
            date = NormalizeDate(x.value.get_string().value_unsafe());
          } else if (jd::IsNumber(t)) {
            date = NormalizeDate(x.raw.value);
          }
          return !date.empty();
        })) {
      doc->date = std::move(date);
    }
    auto is_string = [](const Member& x) { return x.value.type() == element_type::STRING; };
    if (Member* t = Find(options.title_fields, is_string)) TakeString(*t, &doc->title);
    if (Member* u = Find(options.url_fields, is_string)) TakeString(*u, &doc->url);

    doc->extra_json.clear();
    for (const Member& x : members_) {
      if (x.used) continue;
      doc->extra_json += doc->extra_json.empty() ? '{' : ',';
      doc->extra_json.append(x.raw.key);
      doc->extra_json += ':';
      doc->extra_json.append(x.raw.value);
    }
    if (!doc->extra_json.empty()) {
      doc->extra_json += '}';
      if (stray_ && jd::HasStrayBytes(doc->extra_json)) {
        std::string replaced;
        jd::DecodeStrayBytes(doc->extra_json, /*replace=*/true, &replaced);
        doc->extra_json = std::move(replaced);
      }
    }
    return Status::Ok();
  }

  // The first member named by `names` (in that order) that is not used yet
  // and passes `usable`; marks it used. nullptr when none.
  template <typename Usable>
  Member* Find(const std::vector<std::string>& names, Usable usable) {
    for (const std::string& name : names) {
      for (Member& x : members_) {
        if (!x.used && x.key == name && usable(x)) {
          x.used = true;
          return &x;
        }
      }
    }
    return nullptr;
  }

  void TakeString(const Member& x, std::string* out) {
    std::string_view s = x.value.get_string().value_unsafe();
    out->clear();
    if (stray_) {
      jsonl_detail::DecodeStrayBytes(s, /*replace=*/false, out);
    } else {
      out->assign(s);
    }
  }

  Status NoText(std::string_view where, const std::vector<std::string>& names) {
    std::string msg = std::string(where) + ": no text field (tried ";
    for (size_t i = 0; i < names.size(); ++i) msg += (i ? ", " : "") + names[i];
    std::string found;
    for (const std::string& name : names) {
      for (const Member& x : members_) {
        if (x.key != name) continue;
        found += "; \"" + name + "\" is " + jsonl_detail::TypeName(x.value.type());
        break;
      }
    }
    return ParseError(msg + found + ")");
  }

  simdjson::dom::parser parser_;
  std::string encoded_;  // the record with stray bytes encoded
  bool stray_ = false;
  std::vector<jsonl_detail::RawMember> raw_;
  std::vector<Member> members_;
};

}  // namespace dyad::ingest

#endif  // DYAD_SRC_INGEST_JSONL_RECORD_H_
