// dyad/dates.h — dates in the text ("on Monday", "last week", "Feb. 20",
// "two days ago", "Tuesday's attack"), resolved against the document's date.
//
//   std::vector<std::string_view> words = {"Russia", "attacked", "Kyiv", "on",
//                                          "Monday", "."};
//   std::vector<dyad::DateMention> dates;
//   dyad::FindDateMentions(words, 20250305, &dates);   // a Wednesday article
//   // dates[0]: words [4,5), date 20250303, precision kDay
//   const dyad::DateMention* d = dyad::DateForVerb(dates, 1);  // "attacked"
//   std::string iso = dyad::FormatDate(d->date);               // "2025-03-03"
//
// Words are tokens as TextSplitter::Tokenize produces them ("Feb." one token,
// "Tuesday" "'s" two, "20th" one), normally one sentence; several sentences
// also work (".", "!", "?" and ";" bound the tense cues below). Matching is
// case-insensitive; curly apostrophes and Unicode hyphens/dashes read like
// ASCII ones. Dates are YYYYMMDD integers, proleptic Gregorian, years
// 1..9999; a document date outside that (or 0, unknown) resolves only dates
// that carry their own year.
//
// What is recognised (span = the words of the date itself: modifiers such as
// "last", "early", "the", a time of day, a possessive "'s" are inside it;
// prepositions like "on"/"in" are not):
//   absolute     "Feb. 20, 2025", "3 March 2025", "the 3rd of March", "March 3",
//                "Tuesday, Feb. 20", "2025-02-20", "Feb. 20-21"     kDay
//                "March 3 last year", "3 May next year"               kDay
//                "March 2025", "March, 2025", "March of 2025", "June of
//                this year", "in December", "last May", "mid-December" kMonth
//                "in 2014", "since 2019", "mid-2024", "early 2023"   kYear
//                (a bare year is 1000..2999 after "in", "since", "until",
//                "by", "during", "from", "through", "before", "after" or a
//                modifier; not after "of": "a total of 2000")
//   deictic      "today", "tonight", "this morning", "yesterday (evening)",
//                "last night", "the day before yesterday", "tomorrow" kDay
//   weekdays     "(on) Monday", "Wednesday night", "last/next/this Tuesday",
//                "early Monday", "Tuesday's attack", "Wed."           kDay
//   day only     "on the 20th" (after a preposition, not "the 20th
//                anniversary")                                        kDay
//   periods      "this/last/next week", "earlier this week", "over the
//                weekend" (the week it ends)                          kWeek
//                "this/last/next month", "late last month"           kMonth
//                "this/last/next year", "earlier this year"          kYear
//   counts       "two days ago" kDay, "a week ago" kWeek, "three months ago"
//                kMonth, "a year ago" kYear (numbers 1..999999 in digits, or
//                "a", "an", "one".."twelve")
// Deliberately not: narrative-relative dates ("the next day", "two days
// later", "the previous week"), durations ("in two days" is too often "killed
// 50 people in two days"), all-numeric day/month orders ("2/20"), decades.
// Ambiguous words need support: "May", "March", "June", "August" (and
// "Mar") are months only when capitalised, and standing alone only after a
// date word ("in", "since", "last", "early", "of", "April and", ...) or with
// "'s" ("Theresa May said", "protesters march" are not dates). Every other
// word is read in any case.
// Month abbreviations ("Dec", "Sept.") count only beside a number, weekday
// abbreviations only capitalised with their period ("Wed.", never "wed"),
// and alone only after a preposition ("on Wed.", not "the Baltimore Sun.").
//
// Resolution. News reports the past, so a date that does not say which way
// to look resolves backwards unless a future cue governs it:
//   - A weekday is the most recent such day on or before the document date:
//     the same weekday is the document day itself, because wire copy (AP,
//     Reuters style) names today by its weekday ("Russia said on Monday" in a
//     Monday story) and says "last Monday" or "a week ago" for seven days
//     back. With a future cue: the first such day on or after the document
//     date. "last Monday" is strictly before (7 days back on a Monday),
//     "next Monday" strictly after.
//   - A month without a year, alone or with a day, takes the year that puts
//     the month at or before the document's month (at or after with a future
//     cue); in the document's own month the document's year is kept whatever
//     the day ("on Dec. 30" in a 2 January article is the previous year's).
//     "last May" is strictly before the document's month, "next May"
//     strictly after, "this May" the document's year.
//   - "the 20th" is the most recent 20th on or before the document date (the
//     next one on or after with a future cue).
//   - An explicit year always wins. An impossible date ("Feb. 30", "Feb. 29"
//     resolving to a common year, "the 31st" in a 30-day month) yields no
//     mention; nothing wraps into the next month.
// Future cues: "will", "'ll", "shall", "would" (not "would have"), "next",
// "upcoming", "scheduled", "plan(s/ned/ning)" (not "the planned launch"),
// "is/are to", "is/are due", "is/are set", "is/are expected". Past anchors:
// "said", "told", "was", "were", "had", "did", other common irregular past
// forms, and lower-case words ending in "-ed" (not after "the", "a", "its",
// "be", "been", "to", "is"..., where they are adjectives or passives). The
// nearest cue or anchor to the left of the date, within 12 words and the
// sentence, decides; when there is none, the nearest to the right; when
// there is none either, the past. So "Russia said on Monday it will
// retaliate" dates the statement to the past Monday, "the ministry will send
// troops on Monday, it said" to the coming one, and "he said he would be
// sworn in on Jan. 20" looks ahead.
//
// Dates of the coarse precisions: the first day of the period — the Monday
// of the week (ISO weeks, Monday to Sunday), the 1st of the month, the 1st of
// January. A kWeek/kMonth/kYear mention says only that the event lies in
// that period, so an event coder should put only kDay dates in an event's
// date and keep the document date otherwise; DateForVerb does exactly that.
#ifndef DYAD_DATES_H_
#define DYAD_DATES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct DateMention {
  enum class Precision : uint8_t { kDay, kWeek, kMonth, kYear };

  size_t start = 0;  // word index of the first word of the date
  size_t end = 0;    // one past its last word
  int32_t date = 0;  // YYYYMMDD; for coarse precisions the period's first day
  Precision precision = Precision::kDay;
  // The date qualifies a noun, not a verb: "Tuesday's attack", "last week's
  // vote". The verb of the sentence ("condemned Tuesday's attack") did not
  // necessarily happen then.
  bool modifies_noun = false;
};

// Replaces *out with the dates among words, in text order, non-overlapping.
// doc_date: the document's date as YYYYMMDD, 0 when unknown. Never fails;
// any words are accepted. Linear in the number of words; allocates only when
// *out grows.
void FindDateMentions(std::span<const std::string_view> words, int32_t doc_date,
                      std::vector<DateMention>* out);

// The date of the verb at word index verb_token among the mentions of its
// sentence (as FindDateMentions returns them): the first kDay mention that
// starts after the verb within max_after words ("attacked the city on
// Monday"), else the nearest kDay mention before it ("On Monday, troops
// attacked"), else null. Mentions with modifies_noun are skipped, and so are
// coarse precisions (see above).
const DateMention* DateForVerb(std::span<const DateMention> mentions, size_t verb_token,
                               size_t max_after = 8);

// The period the text puts the verb at word index verb_token in, of any
// precision ("was arrested in 1963", "In 2007, the government labeled"): the
// same search as DateForVerb's, over every mention that does not qualify a
// noun, that is not a span's start or end ("since 2015", "until 1974": the
// word before it in `words` tells), and whose words lie after the verb
// within max_after or before it; null when none.
const DateMention* PeriodForVerb(std::span<const DateMention> mentions,
                                 std::span<const std::string_view> words, size_t verb_token,
                                 size_t max_after = 8);

// The day after the last day of a mention's period, as YYYYMMDD.
int32_t PeriodEnd(const DateMention& m);

// Civil dates, proleptic Gregorian (the Gregorian rules extended backwards).

// Days from 1970-01-01 (day 0) to year-month-day: any year within a
// trillion of today's; month 1..12; the day is taken as given (day 0 is the
// day before the 1st, 32 the day after the 31st).
int64_t DaysFromCivil(int64_t year, int month, int day);
struct CivilDate {
  int64_t year = 1970;
  int month = 1;
  int day = 1;
};
// The inverse of DaysFromCivil, for every day number.
CivilDate CivilFromDays(int64_t days);

bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);  // 0 when month is not 1..12

// True for a real date with year 1..9999 ("20240229" yes, "20230229" no).
bool IsValidDate(int32_t yyyymmdd);
// yyyymmdd moved by days (negative: back); 0 when yyyymmdd is not valid or
// the result leaves years 1..9999.
int32_t AddDays(int32_t yyyymmdd, int64_t days);
// 0 Monday .. 6 Sunday; -1 when yyyymmdd is not valid.
int DayOfWeek(int32_t yyyymmdd);
// "YYYY-MM-DD", or "" when yyyymmdd is not valid (the event record's date).
std::string FormatDate(int32_t yyyymmdd);

}  // namespace dyad

#endif  // DYAD_DATES_H_
