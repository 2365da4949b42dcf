// FindDateMentions and DateForVerb (dates.h): dates in a sentence's words,
// resolved against the document date.
//
// One pass left to right: at each word the constructions are tried longest
// first and the first that matches consumes its words, so mentions never
// overlap. Words are classified on demand (a fold into a stack buffer and a
// hash look-up) and remembered for the last 64 positions, which keeps the
// finder allocation-free; a word is looked at a bounded number of times (the
// constructions read a few words ahead, the tense cues twelve each way and
// only for dates that need them), so the whole is linear in the words.
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/dates.h"

namespace dyad {
namespace {

using Precision = DateMention::Precision;

enum class Kw : uint8_t {
  kNone,
  kWeekday, kMonth, kNumber, kIso, kMidMonth, kMidYear,
  kToday, kTonight, kYesterday, kTomorrow,
  kLast, kThis, kNext, kEarly, kLate, kMid, kEarlier, kLater,
  kDay, kWeek, kWeekend, kMonthUnit, kYearUnit, kAgo,
  kTimeOfDay, kNight,  // "morning", "afternoon", "evening"; "night"
  kThe, kArticle, kCount, kOf, kBefore, kAfter, kOn, kOver, kAt, kPrep, kJoin, kTo,
  kPoss, kComma, kBoundary,
  kFuture, kWould, kHave, kBe, kBeForm, kBeCue, kPast, kDeterminer,
};

struct Entry {
  std::string_view word;
  Kw kw;
  int8_t value = 0;   // weekday 0..6, month 1..12, count 1..12
  uint8_t flags = 0;  // kAbbrev, kAmbiguous
};
constexpr uint8_t kAbbrev = 1;     // "Feb", "Wed": only in restricted places
constexpr uint8_t kAmbiguous = 2;  // "May", "March": also ordinary words

// Lower-case forms, looked up after the fold below (which also strips one
// final period, so "feb" stands for "Feb." too).
constexpr Entry kEntries[] = {
    {"monday", Kw::kWeekday, 0}, {"tuesday", Kw::kWeekday, 1}, {"wednesday", Kw::kWeekday, 2},
    {"thursday", Kw::kWeekday, 3}, {"friday", Kw::kWeekday, 4}, {"saturday", Kw::kWeekday, 5},
    {"sunday", Kw::kWeekday, 6},
    {"mon", Kw::kWeekday, 0, kAbbrev}, {"tue", Kw::kWeekday, 1, kAbbrev},
    {"tues", Kw::kWeekday, 1, kAbbrev}, {"wed", Kw::kWeekday, 2, kAbbrev},
    {"weds", Kw::kWeekday, 2, kAbbrev}, {"thu", Kw::kWeekday, 3, kAbbrev},
    {"thur", Kw::kWeekday, 3, kAbbrev}, {"thurs", Kw::kWeekday, 3, kAbbrev},
    {"fri", Kw::kWeekday, 4, kAbbrev}, {"sat", Kw::kWeekday, 5, kAbbrev},
    {"sun", Kw::kWeekday, 6, kAbbrev},
    {"january", Kw::kMonth, 1}, {"february", Kw::kMonth, 2},
    {"march", Kw::kMonth, 3, kAmbiguous}, {"april", Kw::kMonth, 4},
    {"may", Kw::kMonth, 5, kAmbiguous}, {"june", Kw::kMonth, 6, kAmbiguous},
    {"july", Kw::kMonth, 7}, {"august", Kw::kMonth, 8, kAmbiguous},
    {"september", Kw::kMonth, 9}, {"october", Kw::kMonth, 10}, {"november", Kw::kMonth, 11},
    {"december", Kw::kMonth, 12},
    {"jan", Kw::kMonth, 1, kAbbrev}, {"feb", Kw::kMonth, 2, kAbbrev},
    {"mar", Kw::kMonth, 3, kAbbrev | kAmbiguous}, {"apr", Kw::kMonth, 4, kAbbrev},
    {"jun", Kw::kMonth, 6, kAbbrev}, {"jul", Kw::kMonth, 7, kAbbrev},
    {"aug", Kw::kMonth, 8, kAbbrev}, {"sep", Kw::kMonth, 9, kAbbrev},
    {"sept", Kw::kMonth, 9, kAbbrev}, {"oct", Kw::kMonth, 10, kAbbrev},
    {"nov", Kw::kMonth, 11, kAbbrev}, {"dec", Kw::kMonth, 12, kAbbrev},
    {"today", Kw::kToday}, {"tonight", Kw::kTonight}, {"yesterday", Kw::kYesterday},
    {"tomorrow", Kw::kTomorrow},
    {"last", Kw::kLast}, {"this", Kw::kThis}, {"next", Kw::kNext}, {"early", Kw::kEarly},
    {"late", Kw::kLate}, {"mid", Kw::kMid}, {"earlier", Kw::kEarlier}, {"later", Kw::kLater},
    {"day", Kw::kDay}, {"days", Kw::kDay}, {"week", Kw::kWeek}, {"weeks", Kw::kWeek},
    {"weekend", Kw::kWeekend}, {"month", Kw::kMonthUnit}, {"months", Kw::kMonthUnit},
    {"year", Kw::kYearUnit}, {"years", Kw::kYearUnit}, {"ago", Kw::kAgo},
    {"morning", Kw::kTimeOfDay}, {"afternoon", Kw::kTimeOfDay}, {"evening", Kw::kTimeOfDay},
    {"night", Kw::kNight},
    {"the", Kw::kThe}, {"a", Kw::kArticle, 1}, {"an", Kw::kArticle, 1},
    {"one", Kw::kCount, 1}, {"two", Kw::kCount, 2}, {"three", Kw::kCount, 3},
    {"four", Kw::kCount, 4}, {"five", Kw::kCount, 5}, {"six", Kw::kCount, 6},
    {"seven", Kw::kCount, 7}, {"eight", Kw::kCount, 8}, {"nine", Kw::kCount, 9},
    {"ten", Kw::kCount, 10}, {"eleven", Kw::kCount, 11}, {"twelve", Kw::kCount, 12},
    {"of", Kw::kOf}, {"before", Kw::kBefore}, {"after", Kw::kAfter}, {"on", Kw::kOn},
    {"over", Kw::kOver}, {"at", Kw::kAt},
    {"in", Kw::kPrep}, {"since", Kw::kPrep}, {"until", Kw::kPrep}, {"till", Kw::kPrep},
    {"by", Kw::kPrep}, {"during", Kw::kPrep}, {"from", Kw::kPrep}, {"through", Kw::kPrep},
    {"throughout", Kw::kPrep}, {"between", Kw::kPrep},
    {"and", Kw::kJoin}, {"or", Kw::kJoin}, {"to", Kw::kTo},
    {"'s", Kw::kPoss}, {",", Kw::kComma},
    {".", Kw::kBoundary}, {"!", Kw::kBoundary}, {"?", Kw::kBoundary}, {";", Kw::kBoundary},
    // Tense cues (see Finder::Cue).
    {"will", Kw::kFuture}, {"'ll", Kw::kFuture}, {"shall", Kw::kFuture}, {"would", Kw::kWould},
    {"have", Kw::kHave}, {"'ve", Kw::kHave},
    {"upcoming", Kw::kFuture}, {"scheduled", Kw::kFuture}, {"plan", Kw::kFuture},
    {"plans", Kw::kFuture}, {"planned", Kw::kFuture}, {"planning", Kw::kFuture},
    {"is", Kw::kBe}, {"are", Kw::kBe}, {"am", Kw::kBe}, {"'re", Kw::kBe},
    {"be", Kw::kBeForm}, {"been", Kw::kBeForm}, {"being", Kw::kBeForm},
    {"due", Kw::kBeCue}, {"set", Kw::kBeCue}, {"expected", Kw::kBeCue},
    {"slated", Kw::kBeCue}, {"poised", Kw::kBeCue},
    {"his", Kw::kDeterminer}, {"her", Kw::kDeterminer}, {"its", Kw::kDeterminer},
    {"their", Kw::kDeterminer}, {"our", Kw::kDeterminer}, {"my", Kw::kDeterminer},
    {"your", Kw::kDeterminer}, {"that", Kw::kDeterminer}, {"these", Kw::kDeterminer},
    {"those", Kw::kDeterminer},
    // Irregular past forms; regular ones are caught by their "-ed".
    {"said", Kw::kPast}, {"told", Kw::kPast}, {"was", Kw::kPast}, {"were", Kw::kPast},
    {"had", Kw::kPast}, {"did", Kw::kPast}, {"met", Kw::kPast}, {"held", Kw::kPast},
    {"made", Kw::kPast}, {"took", Kw::kPast}, {"came", Kw::kPast}, {"went", Kw::kPast},
    {"gave", Kw::kPast}, {"began", Kw::kPast}, {"fought", Kw::kPast}, {"struck", Kw::kPast},
    {"shot", Kw::kPast}, {"fled", Kw::kPast}, {"left", Kw::kPast}, {"sent", Kw::kPast},
    {"spoke", Kw::kPast}, {"wrote", Kw::kPast}, {"saw", Kw::kPast}, {"won", Kw::kPast},
    {"lost", Kw::kPast}, {"led", Kw::kPast}, {"broke", Kw::kPast}, {"brought", Kw::kPast},
    {"chose", Kw::kPast}, {"fell", Kw::kPast}, {"flew", Kw::kPast}, {"found", Kw::kPast},
    {"got", Kw::kPast}, {"rose", Kw::kPast}, {"ran", Kw::kPast}, {"sought", Kw::kPast},
    {"sold", Kw::kPast}, {"stood", Kw::kPast}, {"swore", Kw::kPast}, {"threw", Kw::kPast},
    {"thought", Kw::kPast}, {"withdrew", Kw::kPast}, {"became", Kw::kPast},
    {"kept", Kw::kPast}, {"paid", Kw::kPast}, {"heard", Kw::kPast}, {"knew", Kw::kPast},
    {"drove", Kw::kPast}, {"bought", Kw::kPast}, {"caught", Kw::kPast}, {"stole", Kw::kPast},
    // Words in "-ed" that are not past tenses.
    {"hundred", Kw::kNone}, {"sacred", Kw::kNone}, {"naked", Kw::kNone},
    {"wicked", Kw::kNone}, {"beloved", Kw::kNone}, {"kindred", Kw::kNone},
    {"rugged", Kw::kNone}, {"ragged", Kw::kNone}, {"crooked", Kw::kNone},
};

// The entries by hash (FNV-1a, open addressing): most words are not in the
// table, and a probe usually ends at an empty slot without comparing text.
class EntryTable {
 public:
  EntryTable() {
    slots_.fill(-1);
    for (size_t i = 0; i < std::size(kEntries); ++i) {
      size_t h = Hash(kEntries[i].word) & kMask;
      while (slots_[h] >= 0) h = (h + 1) & kMask;
      slots_[h] = static_cast<int16_t>(i);
    }
  }
  const Entry* Find(std::string_view w) const {
    for (size_t h = Hash(w) & kMask;; h = (h + 1) & kMask) {
      int16_t i = slots_[h];
      if (i < 0) return nullptr;
      if (kEntries[i].word == w) return &kEntries[i];
    }
  }

 private:
  static constexpr size_t kMask = 1023;  // over three times the entries
  static uint32_t Hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  std::array<int16_t, kMask + 1> slots_;
};

const Entry* Lookup(std::string_view w) {
  static const EntryTable table;
  return table.Find(w);
}

// One word as the constructions see it.
struct Lex {
  Kw kw = Kw::kNone;
  int8_t value = 0;      // weekday, month (also of "mid-March"), count
  uint8_t flags = 0;     // of the table entry
  bool cap = false;      // first character an upper-case ASCII letter
  bool period = false;   // ended in "." (stripped before the look-up)
  bool alpha = false;    // starts with a letter (or any non-ASCII character)
  bool ed = false;       // lower-case, 5+ letters, "-ed" but not "-eed"
  bool ordinal = false;  // "20th"
  bool range = false;    // "20-21": value is the first day
  uint8_t digits = 0;    // digits of a kNumber
  int32_t num = 0;       // kNumber's value; kIso's YYYYMMDD; kMidYear's year
};

// Lower-cases ASCII, reads curly apostrophes as ' and Unicode hyphens and
// dashes as -, into buf. False for words no date construction uses: longer
// than the buffer, or with other non-ASCII characters.
bool Fold(std::string_view w, char* buf, size_t cap, size_t* len) {
  size_t n = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (n == cap) return false;
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      continue;
    }
    unsigned char c1 = i + 1 < w.size() ? static_cast<unsigned char>(w[i + 1]) : 0;
    unsigned char c2 = i + 2 < w.size() ? static_cast<unsigned char>(w[i + 2]) : 0;
    if (c == 0xE2 && c1 == 0x80 && (c2 == 0x98 || c2 == 0x99)) {  // U+2018, U+2019
      buf[n++] = '\'';
      i += 2;
    } else if (c == 0xE2 && c1 == 0x80 && c2 >= 0x90 && c2 <= 0x95) {  // U+2010..U+2015
      buf[n++] = '-';
      i += 2;
    } else if (c == 0xCA && c1 == 0xBC) {  // U+02BC modifier apostrophe
      buf[n++] = '\'';
      i += 1;
    } else {
      return false;
    }
  }
  *len = n;
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads a run of 1..9 digits at s[*i]; false if none or more than 9.
bool Digits(std::string_view s, size_t* i, int32_t* value, uint8_t* count) {
  size_t j = *i;
  int32_t v = 0;
  while (j < s.size() && IsDigit(s[j])) {
    if (j - *i == 9) return false;
    v = v * 10 + (s[j] - '0');
    ++j;
  }
  if (j == *i) return false;
  *count = static_cast<uint8_t>(j - *i);
  *value = v;
  *i = j;
  return true;
}

// Numbers: "20", "2025", "20th", "20-21", "2025-02-20".
void ClassifyNumber(std::string_view s, Lex* lex) {
  size_t i = 0;
  int32_t v = 0;
  uint8_t n = 0;
  if (!Digits(s, &i, &v, &n)) return;
  std::string_view rest = s.substr(i);
  if (rest.empty()) {
    lex->kw = Kw::kNumber;
  } else if (n <= 2 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
    lex->kw = Kw::kNumber;
    lex->ordinal = true;
  } else if (n <= 2 && rest[0] == '-') {
    int32_t v2 = 0;
    uint8_t n2 = 0;
    size_t j = i + 1;
    if (!Digits(s, &j, &v2, &n2) || n2 > 2 || j != s.size()) return;
    lex->kw = Kw::kNumber;
    lex->range = true;
  } else if (n == 4 && s.size() == 10 && s[4] == '-' && s[7] == '-' && IsDigit(s[5]) &&
             IsDigit(s[6]) && IsDigit(s[8]) && IsDigit(s[9])) {
    lex->kw = Kw::kIso;
    lex->num = v * 10000 + ((s[5] - '0') * 10 + (s[6] - '0')) * 100 +
               (s[8] - '0') * 10 + (s[9] - '0');
    return;
  } else {
    return;
  }
  lex->digits = n;
  lex->num = v;
}

Lex Classify(std::string_view word) {
  Lex lex;
  if (word.empty()) return lex;
  unsigned char first = static_cast<unsigned char>(word[0]);
  lex.cap = first >= 'A' && first <= 'Z';
  lex.alpha = lex.cap || (first >= 'a' && first <= 'z') || first >= 0x80;
  char buf[24];
  size_t len = 0;
  if (!Fold(word, buf, sizeof buf, &len)) return lex;
  std::string_view s(buf, len);
  if (s.size() > 1 && s.back() == '.') {
    s.remove_suffix(1);
    lex.period = true;
  }
  if (IsDigit(s[0])) {
    if (!lex.period) ClassifyNumber(s, &lex);
    return lex;
  }
  if (s.starts_with("mid-") && s.size() > 4) {  // "mid-March", "mid-2024"
    std::string_view rest = s.substr(4);
    if (const Entry* e = Lookup(rest); e != nullptr && e->kw == Kw::kMonth) {
      lex.kw = Kw::kMidMonth;
      lex.value = e->value;
    } else if (rest.size() == 4 && std::all_of(rest.begin(), rest.end(), IsDigit)) {
      lex.kw = Kw::kMidYear;
      lex.num = (rest[0] - '0') * 1000 + (rest[1] - '0') * 100 + (rest[2] - '0') * 10 +
                (rest[3] - '0');
    }
    return lex;
  }
  const bool ed = !lex.cap && !lex.period && s.size() >= 5 && s.ends_with("ed") &&
                  !s.ends_with("eed") &&
                  std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (const Entry* e = Lookup(s)) {
    // A period belongs to abbreviations ("Feb.", "Wed.") or ends a sentence
    // after a full name ("Monday."); other words with one are not dates.
    if (lex.period && (e->flags & kAbbrev) == 0 && e->kw != Kw::kWeekday && e->kw != Kw::kMonth)
      return lex;
    lex.kw = e->kw;
    lex.value = e->value;
    lex.flags = e->flags;
    lex.ed = ed && e->kw != Kw::kNone;  // the kNone entries are "-ed" non-verbs
    return lex;
  }
  lex.ed = ed;
  return lex;
}

int32_t MakeDate(int64_t y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return 0;
  return static_cast<int32_t>(y * 10000 + m * 100 + d);
}

enum class Dir : uint8_t { kPast, kFuture };
enum class Cue : uint8_t { kNeutral, kPast, kFuture, kStop };

// How far the tense cues are looked for on each side of a date.
constexpr size_t kCueWindow = 12;

// A construction's result: end == 0 when nothing matched; date == 0 when the
// words matched but name no date (impossible, or relative without a document
// date): they are consumed all the same, so that their parts are not read
// again as something else.
struct Match {
  size_t end = 0;
  int32_t date = 0;
  Precision precision = Precision::kDay;
};

class Finder {
 public:
  Finder(std::span<const std::string_view> words, int32_t doc_date, std::vector<DateMention>* out)
      : words_(words), out_(out) {
    if (IsValidDate(doc_date)) {
      doc_ = doc_date;
      y_ = doc_date / 10000;
      m_ = doc_date / 100 % 100;
      d_ = doc_date % 100;
      wd_ = DayOfWeek(doc_date);
    }
  }

  void Run() {
    size_t i = 0;
    while (i < words_.size()) {
      size_t end = TryAt(i);
      i = end > i ? end : i + 1;
    }
  }

 private:
  // Classify with a memory of the last 64 words: the constructions and the
  // cue scans look at each word several times.
  Lex At(size_t i) const {
    if (i >= words_.size()) return Lex{};
    Cached& c = cache_[i % cache_.size()];
    if (c.index != i) {
      c.index = i;
      c.lex = Classify(words_[i]);
    }
    return c.lex;
  }
  Kw KwAt(size_t i) const { return At(i).kw; }
  bool HaveDoc() const { return doc_ != 0; }

  // Returns the end of the words consumed at i, or i when none.
  size_t TryAt(size_t i) {
    Kw k = KwAt(i);
    bool modified = k == Kw::kEarly || k == Kw::kLate || k == Kw::kMid || k == Kw::kEarlier ||
                    k == Kw::kLater;
    start_ = i;
    // "early", "late", "mid" also make a bare year or an ambiguous month a
    // date ("early 2023", "late May"); "earlier"/"later" do not ("Later, May
    // said", "later 2000 people").
    Match m = Core(modified ? i + 1 : i, k == Kw::kEarly || k == Kw::kLate || k == Kw::kMid);
    if (m.end == 0) return i;
    size_t end = m.end;
    bool noun = false;
    if (KwAt(end) == Kw::kPoss) {  // "Tuesday's attack", "last week's vote"
      ++end;
      noun = true;
    }
    if (m.date != 0 && IsValidDate(m.date)) out_->push_back({i, end, m.date, m.precision, noun});
    return end;
  }

  // The construction starting at word k; `supported` when "early", "late" or
  // "mid" stands before it.
  Match Core(size_t k, bool supported) {
    const Lex w = At(k);
    switch (w.kw) {
      case Kw::kIso:
        return {k + 1, MakeDate(w.num / 10000, w.num / 100 % 100, w.num % 100)};
      case Kw::kWeekday: {
        const bool abbrev = (w.flags & kAbbrev) != 0;
        if (abbrev && !(w.cap && w.period)) return {};
        size_t j = KwAt(k + 1) == Kw::kComma ? k + 2 : k + 1;  // "Tuesday, Feb. 20"
        if (Match m = Absolute(j); m.end != 0) return m;
        // Alone, an abbreviation must follow "on", "since"...: "the Baltimore
        // Sun." ends sentences too.
        if (abbrev && !(k > 0 && IsPreposition(KwAt(k - 1)))) return {};
        return WeekdayRelative(k + 1, w.value, Which::kBare);
      }
      case Kw::kMonth:
      case Kw::kMidMonth: {
        if (w.kw == Kw::kMonth) {
          if (Match m = Absolute(k); m.end != 0) return m;
        }
        return BareMonth(k, w, supported || w.kw == Kw::kMidMonth);
      }
      case Kw::kMidYear:
        return Year(k + 1, w.num);
      case Kw::kNumber: {
        if (Match m = Absolute(k); m.end != 0) return m;
        if (Match m = Ago(k); m.end != 0) return m;
        if (w.digits == 4 && !w.ordinal && !w.range && w.num >= 1000 && w.num <= 2999 &&
            (supported || SupportsYear(k))) {
          return Year(k + 1, w.num);
        }
        return {};
      }
      case Kw::kArticle:
      case Kw::kCount:
        return Ago(k);
      case Kw::kThe:
        return The(k);
      case Kw::kToday:
      case Kw::kTonight:
        return Relative(k + 1, 0);
      case Kw::kYesterday:
        return Relative(TimeOfDay(k + 1), -1);
      case Kw::kTomorrow:
        return Relative(TimeOfDay(k + 1), 1);
      case Kw::kLast:
      case Kw::kThis:
      case Kw::kNext:
        return Deictic(k, w.kw);
      default:
        return {};
    }
  }

  // "Monday night", "yesterday morning": the end after an optional time of day.
  size_t TimeOfDay(size_t j) const {
    Kw k = KwAt(j);
    return k == Kw::kTimeOfDay || k == Kw::kNight ? j + 1 : j;
  }

  Match Relative(size_t end, int days) const {
    return {end, HaveDoc() ? AddDays(doc_, days) : 0};
  }

  static bool IsPreposition(Kw k) {
    return k == Kw::kOn || k == Kw::kPrep || k == Kw::kBefore || k == Kw::kAfter;
  }
  static bool IsDay(const Lex& w) {
    return w.kw == Kw::kNumber && w.digits <= 2 && w.num >= 1 && w.num <= 31;
  }
  static bool IsYear(const Lex& w) {
    return w.kw == Kw::kNumber && w.digits == 4 && !w.ordinal && !w.range && w.num >= 1000;
  }
  // Ambiguous month words ("May", "March") only when capitalised.
  static bool IsMonthWord(const Lex& w) {
    return w.kw == Kw::kMonth && (!(w.flags & kAmbiguous) || w.cap);
  }

  // Dates with a day and month, the year optional, or a month and year:
  // "Feb. 20(, 2025)", "(the) 3(rd) (of) March (2025)", "March 2025".
  Match Absolute(size_t k) const {
    Lex w = At(k);
    int month = 0, day = 0;
    size_t j = k;
    if (IsMonthWord(w)) {
      month = w.value;
      Lex n = At(k + 1);
      // "March 2025", "March, 2025", "March of 2025". (So "In March, 2000
      // people marched" misreads; the comma form is the commoner by far.)
      size_t y = k + 1;
      if (n.kw == Kw::kComma || n.kw == Kw::kOf) ++y;
      if (IsYear(At(y))) return {y + 1, MakeDate(At(y).num, month, 1), Precision::kMonth};
      if (!IsDay(n)) return {};
      day = n.num;
      j = k + 2;
    } else {
      bool the = w.kw == Kw::kThe;
      if (the) w = At(++j);
      if (!IsDay(w)) return {};
      day = w.num;
      ++j;
      bool of = KwAt(j) == Kw::kOf;
      if (of && !(w.ordinal || the)) return {};  // "3 of March" is a count
      if (of) ++j;
      Lex m = At(j);
      if (!IsMonthWord(m)) return {};
      month = m.value;
      ++j;
    }
    // An optional year: "Feb. 20, 2025", "Feb. 20 2025", "3 March 2025".
    if (IsYear(At(j))) return {j + 1, MakeDate(At(j).num, month, day)};
    if (KwAt(j) == Kw::kComma && IsYear(At(j + 1))) {
      return {j + 2, MakeDate(At(j + 1).num, month, day)};
    }
    size_t end = j;
    int step = 0;
    if (DeicticYear(j, &end, &step)) {  // "March 3 last year"
      return {end, HaveDoc() ? MakeDate(y_ + step, month, day) : 0};
    }
    if (!HaveDoc()) return {j, 0};
    return {j, MakeDate(YearOfMonth(month, Direction(start_, j)), month, day)};
  }

  // "(of) this/last/next year" at j: *end after it, *step the year's offset
  // from the document's.
  bool DeicticYear(size_t j, size_t* end, int* step) const {
    if (KwAt(j) == Kw::kOf) ++j;
    Kw k = KwAt(j);
    if ((k != Kw::kThis && k != Kw::kLast && k != Kw::kNext) || KwAt(j + 1) != Kw::kYearUnit) {
      return false;
    }
    *step = k == Kw::kLast ? -1 : k == Kw::kNext ? 1 : 0;
    *end = j + 2;
    return true;
  }

  // The year that puts month at or before the document's month (past), or at
  // or after it (future).
  int YearOfMonth(int month, Dir dir) const {
    if (dir == Dir::kPast) return month <= m_ ? y_ : y_ - 1;
    return month >= m_ ? y_ : y_ + 1;
  }

  // "in December", "December's", "mid-March", "early May".
  Match BareMonth(size_t k, const Lex& w, bool supported) const {
    if (w.kw == Kw::kMonth) {
      if (w.flags & kAbbrev) return {};  // "Dec" alone is too often something else
      if ((w.flags & kAmbiguous) &&
          !(w.cap && (supported || SupportsMonth(k) || KwAt(k + 1) == Kw::kPoss))) {
        return {};
      }
    }
    // "mid-March 2025", "early December 2024"
    if (IsYear(At(k + 1))) return {k + 2, MakeDate(At(k + 1).num, w.value, 1), Precision::kMonth};
    size_t end = k + 1;
    int step = 0;
    if (DeicticYear(k + 1, &end, &step)) {  // "in March last year", "June of this year"
      return {end, HaveDoc() ? MakeDate(y_ + step, w.value, 1) : 0, Precision::kMonth};
    }
    if (!HaveDoc()) return {k + 1, 0};
    int year = YearOfMonth(w.value, Direction(start_, k + 1));
    return {k + 1, MakeDate(year, w.value, 1), Precision::kMonth};
  }

  // Words before k that make an ambiguous month name a month: "in May",
  // "since March", "of May", "April and May".
  bool SupportsMonth(size_t k) const {
    if (k == 0) return false;
    Kw p = KwAt(k - 1);
    if (p == Kw::kPrep || p == Kw::kOf || p == Kw::kBefore || p == Kw::kAfter) return true;
    if ((p == Kw::kJoin || p == Kw::kTo || p == Kw::kComma) && k >= 2) {
      Lex pp = At(k - 2);
      return IsMonthWord(pp) && !(pp.flags & kAbbrev);
    }
    return false;
  }
  // A bare four-digit number is a year only after a preposition ("in 2014",
  // "since 2019") or another year ("from 2008 to 2016", "2010 and 2012");
  // "of" is left out ("a total of 2000").
  bool SupportsYear(size_t k) const {
    if (k == 0) return false;
    Kw p = KwAt(k - 1);
    if (p == Kw::kPrep || p == Kw::kBefore || p == Kw::kAfter) return true;
    if ((p == Kw::kJoin || p == Kw::kTo) && k >= 2) {
      Lex pp = At(k - 2);
      return IsYear(pp) && pp.num <= 2999;
    }
    return false;
  }

  static Match Year(size_t end, int32_t year) {
    return {end, MakeDate(year, 1, 1), Precision::kYear};
  }

  // "two days ago", "a week ago", "3 years ago".
  Match Ago(size_t k) const {
    Lex w = At(k);
    int64_t n = 0;
    if (w.kw == Kw::kArticle || w.kw == Kw::kCount) {
      n = w.value;
    } else if (w.kw == Kw::kNumber && !w.ordinal && !w.range && w.digits <= 6) {
      n = w.num;
    } else {
      return {};
    }
    Kw unit = KwAt(k + 1);
    if (KwAt(k + 2) != Kw::kAgo || n < 1) return {};
    Match m{k + 3, 0};
    if (!HaveDoc()) return m;
    switch (unit) {
      case Kw::kDay:
        m.date = AddDays(doc_, -n);
        return m;
      case Kw::kWeek:
        m.date = MondayOf(AddDays(doc_, -7 * n));
        m.precision = Precision::kWeek;
        return m;
      case Kw::kMonthUnit: {
        int64_t index = int64_t{y_} * 12 + (m_ - 1) - n;
        m.date = index < 0 ? 0 : MakeDate(index / 12, static_cast<int>(index % 12) + 1, 1);
        m.precision = Precision::kMonth;
        return m;
      }
      case Kw::kYearUnit:
        m.date = MakeDate(y_ - n, 1, 1);
        m.precision = Precision::kYear;
        return m;
      default:
        return {};
    }
  }

  static int32_t MondayOf(int32_t date) {
    int wd = DayOfWeek(date);
    return wd < 0 ? 0 : AddDays(date, -wd);
  }

  // Constructions starting with "the".
  Match The(size_t k) const {
    if (Match m = Absolute(k); m.end != 0) return m;  // "the 3rd of March"
    Kw next = KwAt(k + 1);
    if (next == Kw::kDay) {  // "the day before yesterday", "the day after tomorrow"
      Kw rel = KwAt(k + 2), anchor = KwAt(k + 3);
      if (rel == Kw::kBefore && anchor == Kw::kYesterday) return Relative(k + 4, -2);
      if (rel == Kw::kAfter && anchor == Kw::kTomorrow) return Relative(k + 4, 2);
      return {};
    }
    Kw prev = k > 0 ? KwAt(k - 1) : Kw::kNone;
    if (next == Kw::kWeekend) {  // "over the weekend", "at the weekend"
      if (prev != Kw::kOver && prev != Kw::kAt && prev != Kw::kOn && prev != Kw::kPrep) return {};
      return Weekend(k + 2, Which::kBare);
    }
    // "on the 20th": the day of a month left unsaid.
    Lex day = At(k + 1);
    if (!IsDay(day) || !day.ordinal) return {};
    if (prev != Kw::kOn && prev != Kw::kPrep && prev != Kw::kBefore && prev != Kw::kAfter) {
      return {};
    }
    if (k + 2 < words_.size() && At(k + 2).alpha) return {};  // "the 20th anniversary"
    Match m{k + 2, 0};
    if (!HaveDoc()) return m;
    int y = y_, mo = m_;
    if (Direction(start_, k + 2) == Dir::kPast ? day.num > d_ : day.num < d_) {
      int step = day.num > d_ ? -1 : 1;
      mo += step;
      if (mo == 0) { mo = 12; --y; }
      if (mo == 13) { mo = 1; ++y; }
    }
    m.date = MakeDate(y, mo, day.num);
    return m;
  }

  enum class Which : uint8_t { kBare, kLast, kThis, kNext };

  // "last/this/next" + week, weekend, month, year, a weekday, a month name,
  // or a time of day ("this morning", "last night").
  Match Deictic(size_t k, Kw kw) const {
    const Which which = kw == Kw::kLast ? Which::kLast : kw == Kw::kNext ? Which::kNext : Which::kThis;
    const int step = which == Which::kLast ? -1 : which == Which::kNext ? 1 : 0;
    const Lex w = At(k + 1);
    switch (w.kw) {
      case Kw::kWeek: {
        Match m{k + 2, 0, Precision::kWeek};
        if (HaveDoc()) m.date = AddDays(MondayOf(doc_), 7 * step);
        return m;
      }
      case Kw::kWeekend:
        return Weekend(k + 2, which);
      case Kw::kMonthUnit: {
        Match m{k + 2, 0, Precision::kMonth};
        if (!HaveDoc()) return m;
        int y = y_, mo = m_ + step;
        if (mo == 0) { mo = 12; --y; }
        if (mo == 13) { mo = 1; ++y; }
        m.date = MakeDate(y, mo, 1);
        return m;
      }
      case Kw::kYearUnit:
        return {k + 2, HaveDoc() ? MakeDate(y_ + step, 1, 1) : 0, Precision::kYear};
      case Kw::kWeekday:
        if ((w.flags & kAbbrev) && !(w.cap && w.period)) return {};
        return WeekdayRelative(k + 2, w.value, which);
      case Kw::kMonth: {
        if (!IsMonthWord(w) || (w.flags & kAbbrev)) return {};
        Match m{k + 2, 0, Precision::kMonth};
        if (!HaveDoc()) return m;
        int y = y_;
        if (which == Which::kLast) y = w.value < m_ ? y_ : y_ - 1;
        if (which == Which::kNext) y = w.value > m_ ? y_ : y_ + 1;
        m.date = MakeDate(y, w.value, 1);
        return m;
      }
      case Kw::kTimeOfDay:  // "this morning"; "last evening"
        if (which == Which::kNext) return {};
        return Relative(k + 2, step);
      case Kw::kNight:  // "last night"; "this night" is rare and often not a date
        if (which != Which::kLast) return {};
        return Relative(k + 2, -1);
      default:
        return {};
    }
  }

  // A weekday; k is the word after its name.
  Match WeekdayRelative(size_t k, int weekday, Which which) const {
    size_t end = TimeOfDay(k);
    Match m{end, 0};
    if (!HaveDoc()) return m;
    const int back = (wd_ - weekday + 7) % 7, ahead = (weekday - wd_ + 7) % 7;
    switch (which) {
      case Which::kLast:
        m.date = AddDays(doc_, -(back == 0 ? 7 : back));
        break;
      case Which::kNext:
        m.date = AddDays(doc_, ahead == 0 ? 7 : ahead);
        break;
      default:
        m.date = Direction(start_, end) == Dir::kPast ? AddDays(doc_, -back) : AddDays(doc_, ahead);
    }
    return m;
  }

  // A weekend, as the ISO week (Monday..Sunday) it ends; end after its words.
  Match Weekend(size_t end, Which which) const {
    Match m{end, 0, Precision::kWeek};
    if (!HaveDoc()) return m;
    const int32_t monday = MondayOf(doc_);
    const bool in_weekend = wd_ >= 5;
    int weeks = 0;
    switch (which) {
      case Which::kLast:
        weeks = -1;
        break;
      case Which::kNext:
        weeks = in_weekend ? 1 : 0;
        break;
      default:  // "this weekend", "over the weekend": the current one, or the
                // one just past (or coming, with a future cue) on a weekday
        weeks = in_weekend || Direction(start_, end) == Dir::kFuture ? 0 : -1;
    }
    m.date = AddDays(monday, 7 * weeks);
    return m;
  }

  // Past or future, from the tense cues nearest the words [start, end).
  Dir Direction(size_t start, size_t end) const {
    for (size_t j = start, steps = 0; j > 0 && steps < kCueWindow; ++steps) {
      Cue c = CueAt(--j);
      if (c == Cue::kStop) break;
      if (c != Cue::kNeutral) return c == Cue::kFuture ? Dir::kFuture : Dir::kPast;
    }
    for (size_t j = end, steps = 0; j < words_.size() && steps < kCueWindow; ++j, ++steps) {
      Cue c = CueAt(j);
      if (c == Cue::kStop) break;
      if (c != Cue::kNeutral) return c == Cue::kFuture ? Dir::kFuture : Dir::kPast;
    }
    return Dir::kPast;
  }

  Cue CueAt(size_t j) const {
    const Lex w = At(j);
    switch (w.kw) {
      case Kw::kBoundary:
        return Cue::kStop;
      case Kw::kFuture:
        // "the planned launch", "a scheduled vote" may lie in the past.
        return w.ed && AfterDeterminer(j) ? Cue::kNeutral : Cue::kFuture;
      case Kw::kNext:
        return Cue::kFuture;
      case Kw::kWould:  // "said it would vote on Monday"; "would have" is past
        return KwAt(j + 1) == Kw::kHave ? Cue::kNeutral : Cue::kFuture;
      case Kw::kBe:
      case Kw::kPoss: {  // "is to", "are due", "'s set"
        Kw next = KwAt(j + 1);
        return next == Kw::kTo || next == Kw::kBeCue ? Cue::kFuture : Cue::kNeutral;
      }
      case Kw::kBeCue: {
        Kw prev = j > 0 ? KwAt(j - 1) : Kw::kNone;
        if (prev == Kw::kBe || prev == Kw::kPoss) return Cue::kFuture;
        return w.ed && !AfterNonVerbWord(j) ? Cue::kPast : Cue::kNeutral;  // "was expected"
      }
      case Kw::kPast:
        return AfterNonVerbWord(j) ? Cue::kNeutral : Cue::kPast;  // "will be held"
      default:
        return w.ed && !AfterNonVerbWord(j) ? Cue::kPast : Cue::kNeutral;
    }
  }

  // After these an "-ed" form is an adjective ("the occupied territories") or
  // a passive or infinitive ("will be hosted", "to be signed"), not a past.
  bool AfterNonVerbWord(size_t j) const {
    if (j == 0) return false;
    switch (KwAt(j - 1)) {
      case Kw::kThe: case Kw::kArticle: case Kw::kBe: case Kw::kBeForm: case Kw::kTo:
      case Kw::kPoss: case Kw::kDeterminer: case Kw::kThis: case Kw::kOf:
        return true;
      default:
        return false;
    }
  }

  bool AfterDeterminer(size_t j) const {
    if (j == 0) return false;
    Kw p = KwAt(j - 1);
    return p == Kw::kThe || p == Kw::kArticle || p == Kw::kDeterminer || p == Kw::kThis ||
           p == Kw::kPoss;
  }

  struct Cached {
    size_t index = SIZE_MAX;
    Lex lex;
  };
  mutable std::array<Cached, 64> cache_;
  std::span<const std::string_view> words_;
  std::vector<DateMention>* out_;
  int32_t doc_ = 0;
  int y_ = 0, m_ = 0, d_ = 0, wd_ = 0;
  size_t start_ = 0;  // first word of the mention being read (modifiers included)
};

}  // namespace

void FindDateMentions(std::span<const std::string_view> words, int32_t doc_date,
                      std::vector<DateMention>* out) {
  out->clear();
  Finder(words, doc_date, out).Run();
}

namespace {

// The first accepted mention that starts after the verb within max_after
// words, else the nearest accepted one before it, else null.
template <class Accept>
const DateMention* NearestMention(std::span<const DateMention> mentions, size_t verb_token,
                                  size_t max_after, Accept accept) {
  const DateMention* before = nullptr;
  for (const DateMention& m : mentions) {
    if (!accept(m)) continue;
    if (m.start > verb_token) {
      if (m.start - verb_token <= max_after) return &m;
      break;  // mentions are in text order: the rest are farther
    }
    if (m.end <= verb_token) before = &m;
  }
  return before;
}

}  // namespace

const DateMention* DateForVerb(std::span<const DateMention> mentions, size_t verb_token,
                               size_t max_after) {
  return NearestMention(mentions, verb_token, max_after, [](const DateMention& m) {
    return m.precision == Precision::kDay && !m.modifies_noun;
  });
}

const DateMention* PeriodForVerb(std::span<const DateMention> mentions,
                                 std::span<const std::string_view> words, size_t verb_token,
                                 size_t max_after) {
  auto span_end = [&](const DateMention& m) {
    if (m.start == 0 || m.start > words.size()) return false;
    std::string_view p = words[m.start - 1];
    auto is = [&](std::string_view k) {
      if (p.size() != k.size()) return false;
      for (size_t i = 0; i < k.size(); ++i)
        if ((p[i] | 0x20) != k[i]) return false;
      return true;
    };
    return is("since") || is("until") || is("till") || is("from") || is("through") ||
           is("to") || is("by") || is("between") || is("and") || is("before");
  };
  return NearestMention(mentions, verb_token, max_after,
                        [&](const DateMention& m) { return !m.modifies_noun && !span_end(m); });
}

int32_t PeriodEnd(const DateMention& m) {
  const int32_t y = m.date / 10000, mo = m.date / 100 % 100, d = m.date % 100;
  int64_t days = DaysFromCivil(y, mo, d);
  switch (m.precision) {
    case DateMention::Precision::kDay: days += 1; break;
    case DateMention::Precision::kWeek: days += 7; break;
    case DateMention::Precision::kMonth: days = DaysFromCivil(mo == 12 ? y + 1 : y, mo == 12 ? 1 : mo + 1, 1); break;
    case DateMention::Precision::kYear: days = DaysFromCivil(y + 1, 1, 1); break;
  }
  const CivilDate c = CivilFromDays(days);
  return static_cast<int32_t>(c.year * 10000 + c.month * 100 + c.day);
}

}  // namespace dyad
