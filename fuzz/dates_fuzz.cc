// Fuzzes the date finder (dates.h): any words and any document date must give
// mentions in order, not overlapping, inside the words, each a real date whose
// precision's convention holds (a Monday for kWeek, the 1st for kMonth, 1
// January for kYear); the same answer twice; and DateForVerb only ever
// returning a kDay mention that qualifies no noun.
//
// Input: "YYYYMMDD " (eight ASCII digits and a space, any value, invalid ones
// included) then the words; otherwise the first four bytes choose a document
// date across years 1..9999 (or 0, or a raw invalid number) and the rest are
// the words. Words are split on spaces, so seeds read like sentences.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "dyad/dates.h"

namespace {

int32_t DocDate(std::string_view* in) {
  if (in->size() >= 9 && (*in)[8] == ' ') {
    int32_t v = 0;
    bool digits = true;
    for (size_t i = 0; i < 8; ++i) {
      char c = (*in)[i];
      digits = digits && c >= '0' && c <= '9';
      v = v * 10 + (c - '0');
    }
    if (digits) {
      in->remove_prefix(9);
      return v;
    }
  }
  if (in->size() < 4) return 20250305;
  uint32_t raw;
  std::memcpy(&raw, in->data(), 4);
  in->remove_prefix(4);
  switch (raw & 7) {
    case 0: return 0;
    case 1: return static_cast<int32_t>(raw);  // mostly not a date
    default: {
      // Any day of years 1..9999 (3652059 days), edges included.
      int32_t d = dyad::AddDays(10101, static_cast<int64_t>((raw >> 3) % 3652059));
      if (d == 0) std::abort();
      return d;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const int32_t doc = DocDate(&in);
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= in.size(); ++i) {
    if (i == in.size() || in[i] == ' ') {
      if (i > start) words.push_back(in.substr(start, i - start));
      start = i + 1;
    }
  }

  std::vector<dyad::DateMention> out;
  dyad::FindDateMentions(words, doc, &out);
  size_t prev_end = 0;
  for (const dyad::DateMention& m : out) {
    if (m.start < prev_end || m.end <= m.start || m.end > words.size()) std::abort();
    prev_end = m.end;
    if (!dyad::IsValidDate(m.date) || dyad::FormatDate(m.date).size() != 10) std::abort();
    const int month = m.date / 100 % 100, day = m.date % 100;
    switch (m.precision) {
      case dyad::DateMention::Precision::kDay: break;
      case dyad::DateMention::Precision::kWeek:
        if (dyad::DayOfWeek(m.date) != 0) std::abort();
        break;
      case dyad::DateMention::Precision::kMonth:
        if (day != 1) std::abort();
        break;
      case dyad::DateMention::Precision::kYear:
        if (month != 1 || day != 1) std::abort();
        break;
    }
    // Without a (valid) document date only dates carrying a year resolve, and
    // those never use kWeek.
    if (!dyad::IsValidDate(doc) && m.precision == dyad::DateMention::Precision::kWeek)
      std::abort();
  }

  std::vector<dyad::DateMention> again = {dyad::DateMention{}};
  dyad::FindDateMentions(words, doc, &again);
  if (again.size() != out.size()) std::abort();
  for (size_t i = 0; i < out.size(); ++i) {
    if (again[i].start != out[i].start || again[i].end != out[i].end ||
        again[i].date != out[i].date || again[i].precision != out[i].precision ||
        again[i].modifies_noun != out[i].modifies_noun)
      std::abort();
  }

  for (size_t v = 0; v < words.size() && v < 64; ++v) {
    const dyad::DateMention* d = dyad::DateForVerb(out, v);
    if (d == nullptr) continue;
    if (d < out.data() || d >= out.data() + out.size()) std::abort();
    if (d->precision != dyad::DateMention::Precision::kDay || d->modifies_noun) std::abort();
    if (d->start <= v && v < d->end) std::abort();
  }
  return 0;
}
