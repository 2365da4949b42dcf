// NormalizeDate: the date formats news feeds use, read into "YYYY-MM-DD".
//
// Accepted (case-insensitive, surrounding whitespace ignored, anything after
// the date such as a time or a zone ignored as long as it does not continue a
// number):
//   2019-01-04  2019-1-4  2019/01/04  2019.01.04  2019-01-04T10:00:00Z
//   20190104  20190104T100000Z
//   26-FEB-1987 15:01:01.79   26 February 1987   4th January 2019
//   Feb 26, 1987   February 26 1987   Sept. 3, 2019   January 4th, 2019
//   a leading weekday: "Friday, January 4, 2019", "Fri, 04 Jan 2019 10:00:00 +0000"
// Not accepted: two-digit years, all-numeric day/month orders other than
// year-first (01/04/2019 is ambiguous), impossible dates (2019-02-29).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/ingest.h"

namespace dyad {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

// A cursor over the input; every accessor is bounds-checked.
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }

  // Reads a run of 1..max_len digits; false (cursor unchanged) when there is
  // none or the run is longer than max_len.
  bool Number(size_t min_len, size_t max_len, int* value) {
    size_t j = i;
    int v = 0;
    while (j < s.size() && IsDigit(s[j])) {
      if (j - i >= max_len) return false;
      v = v * 10 + (s[j] - '0');
      ++j;
    }
    if (j - i < min_len) return false;
    i = j;
    *value = v;
    return true;
  }
  std::string_view Word() {
    size_t j = i;
    while (j < s.size() && IsAlpha(s[j])) ++j;
    std::string_view w = s.substr(i, j - i);
    i = j;
    return w;
  }
  // Skips date separators (spaces, '-', '/', '.', ','); returns how many.
  size_t Separators() {
    size_t n = 0;
    while (!done() && (IsSpace(s[i]) || s[i] == '-' || s[i] == '/' || s[i] == '.' ||
                       s[i] == ',')) {
      ++i;
      ++n;
    }
    return n;
  }
  // "st", "nd", "rd", "th" after a day number.
  void OrdinalSuffix() {
    if (i + 2 <= s.size()) {
      std::string_view w = s.substr(i, 2);
      bool next_alpha = i + 2 < s.size() && IsAlpha(s[i + 2]);
      if (!next_alpha && (EqualsLower(w, "st") || EqualsLower(w, "nd") ||
                          EqualsLower(w, "rd") || EqualsLower(w, "th"))) {
        i += 2;
      }
    }
  }
  // True when the date may end here: end of input or a non-digit follows.
  bool AtDateEnd() const { return done() || !IsDigit(s[i]); }
};

// 1..12 for a month name or abbreviation, 0 otherwise.
int MonthFromWord(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsLower(w, kNames[m]) || EqualsLower(w, kNames[m].substr(0, 3))) return m + 1;
  }
  if (EqualsLower(w, "sept")) return 9;
  return 0;
}

bool IsWeekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view n : kNames) {
    if (EqualsLower(w, n) || EqualsLower(w, n.substr(0, 3))) return true;
  }
  return EqualsLower(w, "tues") || EqualsLower(w, "thur") || EqualsLower(w, "thurs");
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::string Format(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return "";
  std::string out(10, '0');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

// "2019-01-04", "2019/1/4", "2019.01.04", "20190104".
std::string YearFirst(Cursor c) {
  size_t start = c.i;
  int y = 0, m = 0, d = 0;
  if (c.Number(8, 8, &y)) {  // 20190104
    if (!c.AtDateEnd()) return "";
    std::string_view s = c.s.substr(start, 8);
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[4] - '0') * 10 + (s[5] - '0');
    d = (s[6] - '0') * 10 + (s[7] - '0');
    return Format(y, m, d);
  }
  if (!c.Number(4, 4, &y)) return "";
  char sep = c.peek();
  if (sep != '-' && sep != '/' && sep != '.') return "";
  ++c.i;
  if (!c.Number(1, 2, &m) || c.peek() != sep) return "";
  ++c.i;
  if (!c.Number(1, 2, &d) || !c.AtDateEnd()) return "";
  return Format(y, m, d);
}

// "26-FEB-1987", "26 February 1987", "4th January, 2019".
std::string DayFirst(Cursor c) {
  int d = 0, y = 0;
  if (!c.Number(1, 2, &d)) return "";
  c.OrdinalSuffix();
  if (c.Separators() == 0) return "";
  int m = MonthFromWord(c.Word());
  if (m == 0) return "";
  if (c.Separators() == 0) return "";
  if (!c.Number(4, 4, &y) || !c.AtDateEnd()) return "";
  return Format(y, m, d);
}

// "Feb 26, 1987", "January 4th 2019", "Sept. 3, 2019".
std::string MonthFirst(Cursor c) {
  int m = MonthFromWord(c.Word());
  int d = 0, y = 0;
  if (m == 0) return "";
  if (c.Separators() == 0) return "";
  if (!c.Number(1, 2, &d)) return "";
  c.OrdinalSuffix();
  if (c.Separators() == 0) return "";
  if (!c.Number(4, 4, &y) || !c.AtDateEnd()) return "";
  return Format(y, m, d);
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  Cursor c{text};
  while (!c.done() && IsSpace(c.peek())) ++c.i;
  if (c.done()) return "";
  if (IsDigit(c.peek())) {
    std::string out = YearFirst(c);
    return out.empty() ? DayFirst(c) : out;
  }
  if (!IsAlpha(c.peek())) return "";
  // An optional leading weekday: "Friday, January 4, 2019", "Fri, 04 Jan 2019".
  Cursor probe = c;
  if (IsWeekday(probe.Word())) {
    if (probe.Separators() == 0) return "";
    c = probe;
    if (IsDigit(c.peek())) return DayFirst(c);
  }
  return MonthFirst(c);
}

}  // namespace dyad
