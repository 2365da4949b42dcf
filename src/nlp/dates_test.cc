#include "dyad/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

constexpr int32_t kWed = 20250305;  // Wednesday 5 March 2025, the usual document date
constexpr int32_t kThuJan2 = 20250102;

std::vector<std::string_view> Tokens(std::string_view text, SplitResult* split) {
  static const TextSplitter splitter;
  splitter.Tokenize(text, split);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < split->tokens.size(); ++i) words.push_back(split->TokenText(text, i));
  return words;
}

std::string Describe(std::span<const std::string_view> words, const std::vector<DateMention>& ms) {
  std::string s;
  for (const DateMention& m : ms) {
    if (!s.empty()) s += "; ";
    for (size_t i = m.start; i < m.end; ++i) {
      if (i > m.start) s += ' ';
      s += words[i];
    }
    s += '=';
    s += FormatDate(m.date);
    switch (m.precision) {
      case DateMention::Precision::kDay: break;
      case DateMention::Precision::kWeek: s += "/W"; break;
      case DateMention::Precision::kMonth: s += "/M"; break;
      case DateMention::Precision::kYear: s += "/Y"; break;
    }
    if (m.modifies_noun) s += "+n";
  }
  return s;
}

// "span words=YYYY-MM-DD[/W|/M|/Y][+n]; ..." for the dates of text, tokenized
// as the pipeline does.
std::string Dates(std::string_view text, int32_t doc = kWed) {
  SplitResult split;
  std::vector<std::string_view> words = Tokens(text, &split);
  std::vector<DateMention> out;
  FindDateMentions(words, doc, &out);
  return Describe(words, out);
}

// The same over words given one by one (forms the tokenizer may not produce).
std::string DatesOfWords(std::vector<std::string_view> words, int32_t doc = kWed) {
  std::vector<DateMention> out;
  FindDateMentions(words, doc, &out);
  return Describe(words, out);
}

// ---- civil dates -----------------------------------------------------------

TEST(CivilDate, DayNumbers) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(1, 1, 1), -719162);
  CivilDate c = CivilFromDays(-719162);
  EXPECT_EQ(c.year, 1);
  EXPECT_EQ(c.month, 1);
  EXPECT_EQ(c.day, 1);
  c = CivilFromDays(-1);
  EXPECT_EQ(c.year, 1969);
  EXPECT_EQ(c.month, 12);
  EXPECT_EQ(c.day, 31);
}

TEST(CivilDate, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2000));   // divisible by 400
  EXPECT_FALSE(IsLeapYear(2100));  // by 100 but not 400
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2024, 13), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);
  EXPECT_EQ(DaysFromCivil(2100, 3, 1) - DaysFromCivil(2100, 2, 28), 1);
  EXPECT_EQ(DaysFromCivil(2024, 3, 1) - DaysFromCivil(2024, 2, 28), 2);
  EXPECT_EQ(DaysFromCivil(2025, 1, 1) - DaysFromCivil(2024, 1, 1), 366);
  EXPECT_EQ(DaysFromCivil(2101, 1, 1) - DaysFromCivil(2100, 1, 1), 365);
}

// Every day of years 1..9999 against a plain day-by-day calendar walk.
TEST(CivilDate, RoundTripEveryDay) {
  int y = 1, m = 1, d = 1;
  for (int64_t n = DaysFromCivil(1, 1, 1); y <= 9999; ++n) {
    ASSERT_EQ(DaysFromCivil(y, m, d), n) << y << "-" << m << "-" << d;
    CivilDate c = CivilFromDays(n);
    ASSERT_TRUE(c.year == y && c.month == m && c.day == d) << n;
    if (++d > DaysInMonth(y, m)) {
      d = 1;
      if (++m > 12) { m = 1; ++y; }
    }
  }
  // Far outside too: the inverse holds for any day number.
  for (int64_t n : {int64_t{-100000000}, int64_t{-1}, int64_t{5000000}, int64_t{100000000}}) {
    CivilDate c = CivilFromDays(n);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), n);
  }
}

TEST(CivilDate, AddDays) {
  EXPECT_EQ(AddDays(20240228, 1), 20240229);
  EXPECT_EQ(AddDays(20240229, 1), 20240301);
  EXPECT_EQ(AddDays(20230228, 1), 20230301);
  EXPECT_EQ(AddDays(21000228, 1), 21000301);
  EXPECT_EQ(AddDays(20000228, 1), 20000229);
  EXPECT_EQ(AddDays(20250101, -1), 20241231);
  EXPECT_EQ(AddDays(20241231, 1), 20250101);
  EXPECT_EQ(AddDays(20250305, 0), 20250305);
  EXPECT_EQ(AddDays(20250305, -365), 20240305);  // across 29 Feb 2024
  EXPECT_EQ(AddDays(20230229, 1), 0);             // not a date
  EXPECT_EQ(AddDays(99991231, 1), 0);             // leaves the range
  EXPECT_EQ(AddDays(10101, -1), 0);
  EXPECT_EQ(AddDays(20250305, int64_t{1} << 62), 0);
  EXPECT_EQ(AddDays(20250305, -(int64_t{1} << 62)), 0);
}

TEST(CivilDate, WeekdaysValidityAndFormat) {
  EXPECT_EQ(DayOfWeek(kWed), 2);
  EXPECT_EQ(DayOfWeek(19700101), 3);  // Thursday
  EXPECT_EQ(DayOfWeek(20000101), 5);  // Saturday
  EXPECT_EQ(DayOfWeek(20240229), 3);
  EXPECT_EQ(DayOfWeek(10101), 0);     // 1 January of year 1 (proleptic) was a Monday
  EXPECT_EQ(DayOfWeek(20250230), -1);
  EXPECT_TRUE(IsValidDate(20240229));
  EXPECT_FALSE(IsValidDate(20230229));
  EXPECT_FALSE(IsValidDate(20251301));
  EXPECT_FALSE(IsValidDate(20250100));
  EXPECT_FALSE(IsValidDate(0));
  EXPECT_FALSE(IsValidDate(-20250101));
  EXPECT_EQ(FormatDate(20250220), "2025-02-20");
  EXPECT_EQ(FormatDate(10101), "0001-01-01");
  EXPECT_EQ(FormatDate(99991231), "9999-12-31");
  EXPECT_EQ(FormatDate(20230229), "");
  EXPECT_EQ(FormatDate(0), "");
}

// ---- weekdays ----------------------------------------------------------------

TEST(Dates, BareWeekdayIsTheMostRecent) {
  EXPECT_EQ(Dates("Russia attacked Kyiv on Monday."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("Talks resumed on Tuesday."), "Tuesday=2025-03-04");
  EXPECT_EQ(Dates("The rebels attacked on Thursday."), "Thursday=2025-02-27");
  EXPECT_EQ(Dates("Sunday talks collapsed."), "Sunday=2025-03-02");
}

TEST(Dates, SameWeekdayIsTheDocumentDay) {
  EXPECT_EQ(Dates("China said on Wednesday it opposed the move."), "Wednesday=2025-03-05");
  EXPECT_EQ(Dates("He will speak on Wednesday."), "Wednesday=2025-03-05");
}

TEST(Dates, FutureCuesLookAhead) {
  EXPECT_EQ(Dates("The ministers will meet on Friday."), "Friday=2025-03-07");
  EXPECT_EQ(Dates("He'll visit Moscow on Monday."), "Monday=2025-03-10");
  EXPECT_EQ(Dates("He\xE2\x80\x99ll visit Moscow on Monday."), "Monday=2025-03-10");
  EXPECT_EQ(Dates("We shall overcome on Sunday."), "Sunday=2025-03-09");
}

TEST(Dates, FutureCuesOfPlansAndSchedules) {
  EXPECT_EQ(Dates("The president is to visit Paris on Thursday."), "Thursday=2025-03-06");
  EXPECT_EQ(Dates("Parliament is due to vote on Tuesday."), "Tuesday=2025-03-11");
  EXPECT_EQ(Dates("Talks are scheduled for Monday."), "Monday=2025-03-10");
  EXPECT_EQ(Dates("The opposition plans a rally on Saturday."), "Saturday=2025-03-08");
  EXPECT_EQ(Dates("Ahead of the upcoming summit on Friday, envoys met."), "Friday=2025-03-07");
  EXPECT_EQ(Dates("The vote is expected on Sunday."), "Sunday=2025-03-09");
}

TEST(Dates, NearestCueDecides) {
  // The statement was made on the past Monday; the retaliation is future.
  EXPECT_EQ(Dates("Russia said on Monday it will retaliate."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("The army will send troops on Monday, the ministry said."),
            "Monday=2025-03-10");
  EXPECT_EQ(Dates("On Monday, Russia said it will retaliate."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("On Friday, the two leaders will meet."), "Friday=2025-03-07");
  EXPECT_EQ(Dates("Troops attacked the town on Tuesday and will withdraw on Friday."),
            "Tuesday=2025-03-04; Friday=2025-03-07");
}

TEST(Dates, WouldLooksAheadButWouldHaveDoesNot) {
  EXPECT_EQ(Dates("He said he would be sworn in on Jan. 20.", 20201126), "Jan. 20=2021-01-20");
  EXPECT_EQ(Dates("Russia said on Monday it would retaliate."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("The vote would have taken place on Sunday."), "Sunday=2025-03-02");
  EXPECT_EQ(Dates("Talks would've started on Sunday."), "Sunday=2025-03-02");
}

TEST(Dates, AdjectivesAndPassivesAreNotPastAnchors) {
  EXPECT_EQ(Dates("Troops will enter the occupied city on Monday."), "Monday=2025-03-10");
  EXPECT_EQ(Dates("The treaty will be signed on Friday."), "Friday=2025-03-07");
  EXPECT_EQ(Dates("The summit will be held on Thursday."), "Thursday=2025-03-06");
  EXPECT_EQ(Dates("The vote was expected on Sunday."), "Sunday=2025-03-02");
}

TEST(Dates, CuesStopAtSentenceEnds) {
  EXPECT_EQ(Dates("Talks collapse on Monday. They will resume soon."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("They will talk. Friday saw clashes."), "Friday=2025-02-28");
}

TEST(Dates, LastNextThisWeekday) {
  EXPECT_EQ(Dates("It happened last Monday."), "last Monday=2025-03-03");
  EXPECT_EQ(Dates("It happened last Wednesday."), "last Wednesday=2025-02-26");
  EXPECT_EQ(Dates("They meet next Tuesday."), "next Tuesday=2025-03-11");
  EXPECT_EQ(Dates("They meet next Wednesday."), "next Wednesday=2025-03-12");
  EXPECT_EQ(Dates("Clashes erupted this Friday."), "this Friday=2025-02-28");
  EXPECT_EQ(Dates("They will vote this Friday."), "this Friday=2025-03-07");
}

TEST(Dates, WeekdayWithTimeOfDayAndModifiers) {
  EXPECT_EQ(Dates("Shelling resumed on Wednesday night."), "Wednesday night=2025-03-05");
  EXPECT_EQ(Dates("Monday morning raids killed two."), "Monday morning=2025-03-03");
  EXPECT_EQ(Dates("Police moved in early Tuesday."), "early Tuesday=2025-03-04");
  EXPECT_EQ(Dates("Police moved in late on Tuesday."), "Tuesday=2025-03-04");
}

TEST(Dates, PossessiveQualifiesANoun) {
  EXPECT_EQ(Dates("The UN condemned Tuesday's attack."), "Tuesday 's=2025-03-04+n");
  EXPECT_EQ(Dates("The UN condemned Tuesday\xE2\x80\x99s attack."),
            "Tuesday \xE2\x80\x99s=2025-03-04+n");
  EXPECT_EQ(Dates("Last week's vote was annulled."), "Last week 's=2025-02-24/W+n");
  EXPECT_EQ(Dates("Yesterday's talks failed."), "Yesterday 's=2025-03-04+n");
}

TEST(Dates, WeekdayAbbreviations) {
  EXPECT_EQ(DatesOfWords({"met", "on", "Mon.", ",", "officials", "said"}), "Mon.=2025-03-03");
  EXPECT_EQ(DatesOfWords({"met", "on", "Tues.", "night"}), "Tues. night=2025-03-04");
  EXPECT_EQ(Dates("They will wed in a month."), "");
  EXPECT_EQ(Dates("The Sun reported it."), "");
  EXPECT_EQ(DatesOfWords({"the", "delegates", "sat", "."}), "");
}

TEST(Dates, WeekdayAbbreviationAloneNeedsAPreposition) {
  EXPECT_EQ(DatesOfWords({"according", "to", "the", "Baltimore", "Sun."}), "");
  EXPECT_EQ(DatesOfWords({"talks", "ended", "on", "Sun."}), "Sun.=2025-03-02");
  EXPECT_EQ(DatesOfWords({"Sun.", ",", "March", "2", "."}), "Sun. , March 2=2025-03-02");
}

TEST(Dates, PlannedAsAnAdjectiveIsNoFutureCue) {
  EXPECT_EQ(Dates("The planned launch on Monday was scrubbed."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("Rebels planned to strike on Monday."), "Monday=2025-03-10");
  EXPECT_EQ(Dates("A scheduled vote on Tuesday collapsed."), "Tuesday=2025-03-04");
}

TEST(Dates, WeekdaysAcrossTheNewYear) {
  EXPECT_EQ(Dates("Talks ended on Monday.", kThuJan2), "Monday=2024-12-30");
  EXPECT_EQ(Dates("Talks ended on Friday.", kThuJan2), "Friday=2024-12-27");
  EXPECT_EQ(Dates("Talks will resume on Thursday.", 20241231), "Thursday=2025-01-02");
}

// ---- today, yesterday, tomorrow ---------------------------------------------

TEST(Dates, TodayTonightThisMorning) {
  EXPECT_EQ(Dates("The talks open today."), "today=2025-03-05");
  EXPECT_EQ(Dates("He will speak tonight."), "tonight=2025-03-05");
  EXPECT_EQ(Dates("Rockets hit the city this morning."), "this morning=2025-03-05");
  EXPECT_EQ(Dates("He spoke earlier today."), "earlier today=2025-03-05");
}

TEST(Dates, YesterdayAndLastNight) {
  EXPECT_EQ(Dates("Rebels attacked yesterday."), "yesterday=2025-03-04");
  EXPECT_EQ(Dates("Rebels attacked yesterday afternoon."), "yesterday afternoon=2025-03-04");
  EXPECT_EQ(Dates("Rebels attacked last night."), "last night=2025-03-04");
  EXPECT_EQ(Dates("They met the day before yesterday."), "the day before yesterday=2025-03-03");
}

TEST(Dates, Tomorrow) {
  EXPECT_EQ(Dates("They meet tomorrow."), "tomorrow=2025-03-06");
  EXPECT_EQ(Dates("They meet tomorrow night."), "tomorrow night=2025-03-06");
  EXPECT_EQ(Dates("They meet the day after tomorrow."), "the day after tomorrow=2025-03-07");
}

TEST(Dates, DeicticPossessive) {
  EXPECT_EQ(Dates("Today's vote matters."), "Today 's=2025-03-05+n");
  EXPECT_EQ(Dates("Tomorrow's vote matters."), "Tomorrow 's=2025-03-06+n");
}

TEST(Dates, DeicticAcrossBoundaries) {
  EXPECT_EQ(Dates("It rained yesterday.", 20250101), "yesterday=2024-12-31");
  EXPECT_EQ(Dates("It rains tomorrow.", 20241231), "tomorrow=2025-01-01");
  EXPECT_EQ(Dates("It rained yesterday.", 20240301), "yesterday=2024-02-29");
  EXPECT_EQ(Dates("It rained yesterday.", 20230301), "yesterday=2023-02-28");
}

TEST(Dates, CaseInsensitive) {
  EXPECT_EQ(Dates("REBELS ATTACKED ON MONDAY"), "MONDAY=2025-03-03");
  EXPECT_EQ(Dates("rebels attacked on monday"), "monday=2025-03-03");
  EXPECT_EQ(Dates("IT RAINED YESTERDAY"), "YESTERDAY=2025-03-04");
  EXPECT_EQ(Dates("VOTE SET FOR FEB. 20, 2026"), "FEB. 20 , 2026=2026-02-20");
  EXPECT_EQ(Dates("LAST WEEK"), "LAST WEEK=2025-02-24/W");
}

// ---- absolute dates -----------------------------------------------------------

TEST(Dates, MonthDayYear) {
  EXPECT_EQ(Dates("It began on Feb. 20, 2025."), "Feb. 20 , 2025=2025-02-20");
  EXPECT_EQ(Dates("It began on February 20 2024."), "February 20 2024=2024-02-20");
  EXPECT_EQ(Dates("It began on Feb 20th, 2023."), "Feb 20th , 2023=2023-02-20");
  EXPECT_EQ(Dates("The attacks of Sept. 11, 2001 changed it."), "Sept. 11 , 2001=2001-09-11");
  EXPECT_EQ(Dates("The 2014 vote, on March 16, 2014."), "March 16 , 2014=2014-03-16");
}

TEST(Dates, DayMonthYear) {
  EXPECT_EQ(Dates("Elections were held on 3 March 2025."), "3 March 2025=2025-03-03");
  EXPECT_EQ(Dates("Signed on the 3rd of March 2024."), "the 3rd of March 2024=2024-03-03");
  EXPECT_EQ(Dates("Signed on 20th February, 2020."), "20th February , 2020=2020-02-20");
  // "3 of" is a count; the month is still read.
  EXPECT_EQ(Dates("Signed on 3 of March."), "March=2025-03-01/M");
}

TEST(Dates, ExplicitYearWins) {
  EXPECT_EQ(Dates("He will return on March 3, 2020."), "March 3 , 2020=2020-03-03");
  EXPECT_EQ(Dates("Elections on 3 March 2030 were called."), "3 March 2030=2030-03-03");
}

TEST(Dates, MonthDayWithoutYear) {
  EXPECT_EQ(Dates("Talks began on Feb. 20."), "Feb. 20=2025-02-20");
  EXPECT_EQ(Dates("Talks began March 3."), "March 3=2025-03-03");
  EXPECT_EQ(Dates("Talks began March 3rd."), "March 3rd=2025-03-03");
  EXPECT_EQ(Dates("Talks began on 20 February."), "20 February=2025-02-20");
  EXPECT_EQ(Dates("Talks began on the 3rd of March."), "the 3rd of March=2025-03-03");
  // In the document's own month the year stays, whatever the day.
  EXPECT_EQ(Dates("Polls close on March 20."), "March 20=2025-03-20");
  // A later month is last year's...
  EXPECT_EQ(Dates("Talks began on April 2."), "April 2=2024-04-02");
  // ...unless a future cue governs it; then an earlier month is next year's.
  EXPECT_EQ(Dates("Talks will begin on April 2."), "April 2=2025-04-02");
  EXPECT_EQ(Dates("Elections will be held on Feb. 20."), "Feb. 20=2026-02-20");
}

TEST(Dates, MonthDayAcrossTheNewYear) {
  EXPECT_EQ(Dates("Fighting resumed on Dec. 30.", kThuJan2), "Dec. 30=2024-12-30");
  EXPECT_EQ(Dates("Fighting resumed on Dec 30.", kThuJan2), "Dec 30=2024-12-30");
  EXPECT_EQ(Dates("The truce ends on Jan. 5.", kThuJan2), "Jan. 5=2025-01-05");
  EXPECT_EQ(Dates("The summit will open on Jan. 3.", 20241230), "Jan. 3=2025-01-03");
}

TEST(Dates, WeekdayBeforeADate) {
  EXPECT_EQ(Dates("The vote on Tuesday, Feb. 20, was close."), "Tuesday , Feb. 20=2025-02-20");
  EXPECT_EQ(Dates("On Thursday 20 February 2020 he left."),
            "Thursday 20 February 2020=2020-02-20");
  // The explicit date wins over a weekday that does not match it.
  EXPECT_EQ(Dates("On Monday, March 3, 2020 he left."), "Monday , March 3 , 2020=2020-03-03");
}

TEST(Dates, RangesAndIsoForm) {
  EXPECT_EQ(Dates("Talks on Feb. 20-21 ended."), "Feb. 20-21=2025-02-20");
  EXPECT_EQ(Dates("Dated 2025-02-20 in the file."), "2025-02-20=2025-02-20");
  EXPECT_EQ(Dates("Dated 2025-02-30 in the file."), "");
  EXPECT_EQ(Dates("Dated 2025-13-01 in the file."), "");
}

TEST(Dates, LeapDays) {
  EXPECT_EQ(Dates("Talks began on Feb. 29.", 20240310), "Feb. 29=2024-02-29");
  EXPECT_EQ(Dates("Talks began on Feb. 29.", 20250310), "");  // 2025 has none
  EXPECT_EQ(Dates("Talks began on Feb. 29.", 20240115), "");  // 2023 has none
  EXPECT_EQ(Dates("Talks will begin on Feb. 29.", 20240115), "Feb. 29=2024-02-29");
  EXPECT_EQ(Dates("Signed on Feb. 29, 2000."), "Feb. 29 , 2000=2000-02-29");
  EXPECT_EQ(Dates("Signed on Feb. 29, 2100."), "");
  EXPECT_EQ(Dates("Signed on 29 February 2024."), "29 February 2024=2024-02-29");
}

TEST(Dates, ImpossibleDatesAreRejectedNotWrapped) {
  EXPECT_EQ(Dates("Signed on Feb. 30."), "");
  EXPECT_EQ(Dates("Signed on Feb. 30, 2025."), "");
  EXPECT_EQ(Dates("Signed on April 31, 2025."), "");
  EXPECT_EQ(Dates("Signed on March 32."), "");
  EXPECT_EQ(Dates("Signed on March 0."), "");
}

// ---- months and years -----------------------------------------------------------

TEST(Dates, MonthAlone) {
  EXPECT_EQ(Dates("Xi and Putin pledged in December to deepen ties."),
            "December=2024-12-01/M");
  EXPECT_EQ(Dates("Xi and Putin pledged in December to deepen ties.", kThuJan2),
            "December=2024-12-01/M");
  EXPECT_EQ(Dates("Talks began in January.", kThuJan2), "January=2025-01-01/M");
  EXPECT_EQ(Dates("Talks began in March."), "March=2025-03-01/M");
  EXPECT_EQ(Dates("Talks will begin in February."), "February=2026-02-01/M");
  EXPECT_EQ(Dates("Talks will begin in April."), "April=2025-04-01/M");
}

TEST(Dates, MonthWithModifiers) {
  EXPECT_EQ(Dates("It happened last December.", 20251210), "last December=2024-12-01/M");
  EXPECT_EQ(Dates("It happened last February."), "last February=2025-02-01/M");
  EXPECT_EQ(Dates("They meet next March."), "next March=2026-03-01/M");
  EXPECT_EQ(Dates("They meet this May."), "this May=2025-05-01/M");
  EXPECT_EQ(Dates("Fighting in mid-December killed dozens."), "mid-December=2024-12-01/M");
  EXPECT_EQ(Dates("Fighting in mid\xE2\x80\x91" "December killed dozens."),
            "mid\xE2\x80\x91" "December=2024-12-01/M");
  EXPECT_EQ(Dates("Talks stalled in early March."), "early March=2025-03-01/M");
  EXPECT_EQ(Dates("December's election was close."), "December 's=2024-12-01/M+n");
  EXPECT_EQ(Dates("Unrest grew in March 2022."), "March 2022=2022-03-01/M");
}

TEST(Dates, MonthWithAYearAfterIt) {
  EXPECT_EQ(Dates("Jong was arrested in March, 2018."), "March , 2018=2018-03-01/M");
  EXPECT_EQ(Dates("He joined the lab in March of 2016."), "March of 2016=2016-03-01/M");
  EXPECT_EQ(Dates("A ruling is expected in June of this year."),
            "June of this year=2025-06-01/M");
  EXPECT_EQ(Dates("A fire broke out in August last year."), "August last year=2024-08-01/M");
  EXPECT_EQ(Dates("Talks began on March 3 last year."), "March 3 last year=2024-03-03");
  EXPECT_EQ(Dates("Polls open on 3 May next year."), "3 May next year=2026-05-03");
  EXPECT_EQ(Dates("Theresa May last year said no."), "last year=2024-01-01/Y");
  EXPECT_EQ(Dates("He joined in March of this year.", 0), "");
  EXPECT_EQ(Dates("He joined in March of 2016.", 0), "March of 2016=2016-03-01/M");
}

TEST(Dates, AmbiguousMonthNames) {
  EXPECT_EQ(Dates("Theresa May said on Monday that talks failed."), "Monday=2025-03-03");
  EXPECT_EQ(Dates("May said it was over."), "");
  EXPECT_EQ(Dates("Later, May said it was over."), "");
  EXPECT_EQ(Dates("Later May said it was over."), "");
  EXPECT_EQ(Dates("Rains came in late May."), "late May=2024-05-01/M");
  EXPECT_EQ(Dates("Protesters march on the capital."), "");
  EXPECT_EQ(Dates("They may 5 times refuse."), "");
  EXPECT_EQ(Dates("Talks began in May."), "May=2024-05-01/M");
  EXPECT_EQ(Dates("Talks began May 5."), "May 5=2024-05-05");
  EXPECT_EQ(Dates("Talks ran from April to May."), "April=2024-04-01/M; May=2024-05-01/M");
  EXPECT_EQ(Dates("Talks began on Mar. 3."), "Mar. 3=2025-03-03");
  EXPECT_EQ(Dates("August's heat wave."), "August 's=2024-08-01/M+n");
  EXPECT_EQ(Dates("an august body"), "");
}

TEST(Dates, MonthAbbreviationsNeedANumber) {
  EXPECT_EQ(Dates("Talks began in Dec."), "");
  EXPECT_EQ(Dates("Jan Kowalski spoke."), "");
  EXPECT_EQ(Dates("Sept. 11 changed everything."), "Sept. 11=2024-09-11");
  EXPECT_EQ(Dates("Talks began in Dec. 2024."), "Dec. 2024=2024-12-01/M");
}

TEST(Dates, YearAlone) {
  EXPECT_EQ(Dates("Russia annexed Crimea in 2014."), "2014=2014-01-01/Y");
  EXPECT_EQ(Dates("The war has raged since 2022."), "2022=2022-01-01/Y");
  EXPECT_EQ(Dates("The truce held until mid-2024."), "mid-2024=2024-01-01/Y");
  EXPECT_EQ(Dates("Unrest grew in early 2023."), "early 2023=2023-01-01/Y");
  EXPECT_EQ(Dates("About 2000 people marched."), "");
  EXPECT_EQ(Dates("A total of 2000 troops arrived."), "");
  EXPECT_EQ(Dates("In 9000 years."), "");
  EXPECT_EQ(Dates("Later 2000 people gathered."), "");
}

TEST(Dates, YearRanges) {
  EXPECT_EQ(Dates("He was mayor from 2008 to 2016."), "2008=2008-01-01/Y; 2016=2016-01-01/Y");
  EXPECT_EQ(Dates("Prices fell between 2010 and 2012."),
            "2010=2010-01-01/Y; 2012=2012-01-01/Y");
  EXPECT_EQ(Dates("It was built before 1990."), "1990=1990-01-01/Y");
  EXPECT_EQ(Dates("Between 2000 and 3000 people marched."), "2000=2000-01-01/Y");
}

// ---- weeks, months, years relative to the document ------------------------------

TEST(Dates, Weeks) {
  EXPECT_EQ(Dates("They met this week."), "this week=2025-03-03/W");
  EXPECT_EQ(Dates("They met last week."), "last week=2025-02-24/W");
  EXPECT_EQ(Dates("They meet next week."), "next week=2025-03-10/W");
  EXPECT_EQ(Dates("They met earlier this week."), "earlier this week=2025-03-03/W");
  EXPECT_EQ(Dates("They met late last week."), "late last week=2025-02-24/W");
}

TEST(Dates, WeeksAcrossTheNewYear) {
  EXPECT_EQ(Dates("They met last week.", kThuJan2), "last week=2024-12-23/W");
  EXPECT_EQ(Dates("They met this week.", kThuJan2), "this week=2024-12-30/W");
  EXPECT_EQ(Dates("They meet next week.", 20241231), "next week=2025-01-06/W");
}

TEST(Dates, Weekends) {
  // The weekend of 1-2 March 2025 ends the week of Monday 24 February.
  EXPECT_EQ(Dates("Clashes erupted over the weekend."), "the weekend=2025-02-24/W");
  EXPECT_EQ(Dates("Clashes erupted over the weekend.", 20250309), "the weekend=2025-03-03/W");
  EXPECT_EQ(Dates("Protests will spread this weekend."), "this weekend=2025-03-03/W");
  EXPECT_EQ(Dates("Protests spread last weekend.", 20250308), "last weekend=2025-02-24/W");
  EXPECT_EQ(Dates("Protests resume next weekend."), "next weekend=2025-03-03/W");
  EXPECT_EQ(Dates("Protests resume next weekend.", 20250308), "next weekend=2025-03-10/W");
  EXPECT_EQ(Dates("the weekend edition"), "");
}

TEST(Dates, RelativeMonths) {
  EXPECT_EQ(Dates("Prices rose this month."), "this month=2025-03-01/M");
  EXPECT_EQ(Dates("Prices rose last month."), "last month=2025-02-01/M");
  EXPECT_EQ(Dates("Prices rise next month."), "next month=2025-04-01/M");
  EXPECT_EQ(Dates("Prices rose earlier this month."), "earlier this month=2025-03-01/M");
  EXPECT_EQ(Dates("Prices rose late last month."), "late last month=2025-02-01/M");
  EXPECT_EQ(Dates("Prices rose last month.", 20250115), "last month=2024-12-01/M");
  EXPECT_EQ(Dates("Prices rise next month.", 20241215), "next month=2025-01-01/M");
}

TEST(Dates, RelativeYears) {
  EXPECT_EQ(Dates("Prices rose this year."), "this year=2025-01-01/Y");
  EXPECT_EQ(Dates("Prices rose last year."), "last year=2024-01-01/Y");
  EXPECT_EQ(Dates("Prices rise next year."), "next year=2026-01-01/Y");
  EXPECT_EQ(Dates("Prices rose earlier this year."), "earlier this year=2025-01-01/Y");
}

TEST(Dates, DaysAgo) {
  EXPECT_EQ(Dates("He fled two days ago."), "two days ago=2025-03-03");
  EXPECT_EQ(Dates("He fled 3 days ago."), "3 days ago=2025-03-02");
  EXPECT_EQ(Dates("He fled a day ago."), "a day ago=2025-03-04");
  EXPECT_EQ(Dates("He fled 100000 days ago."), "100000 days ago=1751-05-21");
  EXPECT_EQ(Dates("He fled 0 days ago."), "");
}

TEST(Dates, WeeksMonthsYearsAgo) {
  EXPECT_EQ(Dates("He fled a week ago."), "a week ago=2025-02-24/W");
  EXPECT_EQ(Dates("He fled two weeks ago."), "two weeks ago=2025-02-17/W");
  EXPECT_EQ(Dates("He fled a month ago."), "a month ago=2025-02-01/M");
  EXPECT_EQ(Dates("He fled three months ago.", 20250115), "three months ago=2024-10-01/M");
  EXPECT_EQ(Dates("He fled a year ago."), "a year ago=2024-01-01/Y");
  EXPECT_EQ(Dates("He fled ten years ago."), "ten years ago=2015-01-01/Y");
  EXPECT_EQ(Dates("He fled 3000 years ago."), "");  // before year 1
}

TEST(Dates, NarrativeAndDurationsAreNotDates) {
  EXPECT_EQ(Dates("Two days later, talks resumed."), "");
  EXPECT_EQ(Dates("Fifty people were killed in two days."), "");
  EXPECT_EQ(Dates("The next day they left."), "");
  EXPECT_EQ(Dates("It lasted several days."), "");
}

TEST(Dates, DayOfMonthAlone) {
  EXPECT_EQ(Dates("Talks began on the 20th."), "the 20th=2025-02-20");
  EXPECT_EQ(Dates("Talks began on the 3rd."), "the 3rd=2025-03-03");
  EXPECT_EQ(Dates("Voters will go to the polls on the 20th."), "the 20th=2025-03-20");
  EXPECT_EQ(Dates("Voters will go to the polls on the 2nd."), "the 2nd=2025-04-02");
  EXPECT_EQ(Dates("Talks began on the 20th.", 20250102), "the 20th=2024-12-20");
  EXPECT_EQ(Dates("They marked the 20th anniversary."), "");
  EXPECT_EQ(Dates("Talks began on the 31st."), "");  // 31 February: rejected
  EXPECT_EQ(Dates("Talks began on the 31st.", 20250402), "the 31st=2025-03-31");
}

TEST(Dates, TypographicForms) {
  EXPECT_EQ(DatesOfWords({"Tuesday", "\xCA\xBCs", "attack"}),
            "Tuesday \xCA\xBCs=2025-03-04+n");  // U+02BC apostrophe
  EXPECT_EQ(DatesOfWords({"talks", "on", "Feb.", "20\xE2\x80\x93" "21"}),
            "Feb. 20\xE2\x80\x93" "21=2025-02-20");  // en dash
  EXPECT_EQ(DatesOfWords({"he", "\xE2\x80\x99ll", "go", "on", "Friday"}), "Friday=2025-03-07");
  EXPECT_EQ(DatesOfWords({"in", "mid\xE2\x80\x90" "2024"}), "mid\xE2\x80\x90" "2024=2024-01-01/Y");
  EXPECT_EQ(DatesOfWords({"on", "Monday\xC2\xA0"}), "");  // a stray no-break space: not a date word
}

TEST(Dates, SeveralSentencesInOneCall) {
  EXPECT_EQ(Dates("Talks collapsed on Monday. They will meet on Friday; the UN met on Tuesday."),
            "Monday=2025-03-03; Friday=2025-03-07; Tuesday=2025-03-04");
  EXPECT_EQ(Dates("Will they meet? Sources say Thursday is likely."), "Thursday=2025-02-27");
}

TEST(Dates, PossessiveAfterTimeOfDay) {
  EXPECT_EQ(Dates("Monday night's attack killed two."), "Monday night 's=2025-03-03+n");
  EXPECT_EQ(Dates("Last night's strikes hit Kyiv."), "Last night 's=2025-03-04+n");
  EXPECT_EQ(Dates("Tonight's vote is close."), "Tonight 's=2025-03-05+n");
}

// ---- unknown or odd document dates ------------------------------------------------

TEST(Dates, UnknownDocumentDateKeepsOnlyDatesWithAYear) {
  EXPECT_EQ(Dates("Talks ended on Monday.", 0), "");
  EXPECT_EQ(Dates("It rained yesterday and last week.", 0), "");
  EXPECT_EQ(Dates("Talks began on Feb. 20 and in December.", 0), "");
  EXPECT_EQ(Dates("He fled two days ago, on the 3rd.", 0), "");
  EXPECT_EQ(Dates("Talks began on Feb. 20, 2025.", 0), "Feb. 20 , 2025=2025-02-20");
  EXPECT_EQ(Dates("Unrest grew in March 2022.", 0), "March 2022=2022-03-01/M");
  EXPECT_EQ(Dates("Russia annexed Crimea in 2014.", 0), "2014=2014-01-01/Y");
  EXPECT_EQ(Dates("Dated 2025-02-20.", 0), "2025-02-20=2025-02-20");
}

TEST(Dates, InvalidDocumentDatesActAsUnknown) {
  EXPECT_EQ(Dates("Talks ended on Monday.", 20251345), "");
  EXPECT_EQ(Dates("Talks ended on Monday.", -1), "");
  EXPECT_EQ(Dates("Talks ended on Monday.", 20230229), "");
  EXPECT_EQ(Dates("It happens tomorrow.", 99991231), "");  // past year 9999
  EXPECT_EQ(Dates("It happened yesterday.", 10101), "");   // before year 1
  EXPECT_EQ(Dates("It happened today.", 10101), "today=0001-01-01");
}

// ---- hostile input --------------------------------------------------------------------

TEST(Dates, EmptyAndRepeatedWords) {
  EXPECT_EQ(DatesOfWords({}), "");
  EXPECT_EQ(DatesOfWords({""}), "");
  EXPECT_EQ(DatesOfWords({"", "", "on", ""}), "");
  EXPECT_EQ(Dates("on on on"), "");
  EXPECT_EQ(Dates("on 99"), "");
  EXPECT_EQ(Dates("March 99"), "");
  EXPECT_EQ(Dates("the the the 31st of of"), "");
  EXPECT_EQ(Dates("last last last next this"), "");
  EXPECT_EQ(Dates("ago ago days ago"), "");
}

TEST(Dates, HugeNumbersAndYears) {
  EXPECT_EQ(Dates("in 123456789012345678901234567890"), "");
  EXPECT_EQ(Dates("Feb. 20, 99999"), "Feb. 20=2025-02-20");
  EXPECT_EQ(Dates("Feb. 20, 0999"), "Feb. 20=2025-02-20");
  EXPECT_EQ(Dates("999999999 days ago"), "");
  EXPECT_EQ(Dates("Feb. 20, 9999"), "Feb. 20 , 9999=9999-02-20");
}

TEST(Dates, BrokenBytesAndLongWords) {
  EXPECT_EQ(DatesOfWords({"\xFF\xFE", "Mon\xC3" "day", std::string_view("Mon\0day", 7), "\xE2\x80"}),
            "");
  std::string long_word(1000, 'a');
  EXPECT_EQ(DatesOfWords({long_word, "on", "Monday", long_word}), "Monday=2025-03-03");
}

TEST(Dates, TenThousandWords) {
  std::vector<std::string_view> words;
  static constexpr std::string_view kCycle[] = {"on", "Monday", "will", "last", "the", "20th",
                                                "of", "May", "2",    "days", "ago", "on"};
  for (size_t i = 0; i < 10000; ++i) words.push_back(kCycle[i % std::size(kCycle)]);
  std::vector<DateMention> out;
  FindDateMentions(words, kWed, &out);
  ASSERT_FALSE(out.empty());
  size_t prev_end = 0;
  for (const DateMention& m : out) {  // in order, not overlapping, inside the words
    EXPECT_GE(m.start, prev_end);
    EXPECT_LT(m.start, m.end);
    EXPECT_LE(m.end, words.size());
    EXPECT_TRUE(IsValidDate(m.date));
    prev_end = m.end;
  }
  std::vector<std::string_view> ons(10000, "on");
  FindDateMentions(ons, kWed, &out);
  EXPECT_TRUE(out.empty());
}

TEST(Dates, OutputIsReplacedNotAppended) {
  std::vector<DateMention> out(3);
  std::vector<std::string_view> words = {"on", "Monday"};
  FindDateMentions(words, kWed, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, 1u);
  EXPECT_EQ(out[0].end, 2u);
  EXPECT_EQ(out[0].date, 20250303);
  EXPECT_EQ(out[0].precision, DateMention::Precision::kDay);
  EXPECT_FALSE(out[0].modifies_noun);
}

// ---- the date of a verb -------------------------------------------------------------

struct VerbCase {
  std::vector<std::string_view> words;
  std::vector<DateMention> mentions;
};

VerbCase Prepare(std::string_view text, SplitResult* split, int32_t doc = kWed) {
  VerbCase c;
  c.words = Tokens(text, split);
  FindDateMentions(c.words, doc, &c.mentions);
  return c;
}

TEST(DateForVerb, PrefersADateSoonAfterTheVerb) {
  SplitResult split;
  std::string text = "On Monday, Russia attacked the city on Tuesday.";
  VerbCase c = Prepare(text, &split);  // On Monday , Russia attacked the city on Tuesday .
  ASSERT_EQ(c.mentions.size(), 2u);
  const DateMention* d = DateForVerb(c.mentions, 4);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->date, 20250304);
}

TEST(DateForVerb, FallsBackToTheNearestBefore) {
  SplitResult split;
  std::string text = "On Monday, Russia attacked the city.";
  VerbCase c = Prepare(text, &split);
  const DateMention* d = DateForVerb(c.mentions, 4);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->date, 20250303);
  // Too far after the verb: not its date.
  std::string far = "Russia attacked one two three four five six seven eight nine on Monday.";
  VerbCase f = Prepare(far, &split);
  ASSERT_EQ(f.mentions.size(), 1u);
  EXPECT_EQ(DateForVerb(f.mentions, 1), nullptr);
  EXPECT_EQ(DateForVerb(f.mentions, 1, 20), &f.mentions[0]);
}

// The period of a verb, any precision: "was arrested in 1963"; a span's
// bound ("since 2015") puts the verb at no period.
TEST(PeriodForVerb, TakesCoarsePrecisionsButNotSpanBounds) {
  SplitResult split;
  VerbCase c = Prepare("Mugabe was arrested in 1963 and imprisoned until 1974.", &split);
  ASSERT_EQ(c.mentions.size(), 2u);
  const DateMention* p = PeriodForVerb(c.mentions, c.words, 2);  // arrested
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->date, 19630101);
  EXPECT_EQ(p->precision, DateMention::Precision::kYear);
  EXPECT_EQ(PeriodEnd(*p), 19640101);
  // "imprisoned": after it only "until 1974"; before it, "in 1963".
  EXPECT_EQ(PeriodForVerb(c.mentions, c.words, 6), &c.mentions[0]);
  VerbCase s = Prepare("Since 2015, Saudi Arabia has bombed Yemen.", &split);
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_EQ(PeriodForVerb(s.mentions, s.words, 6), nullptr);
  VerbCase m = Prepare("Russia attacked the city in December 2024.", &split);
  ASSERT_EQ(m.mentions.size(), 1u);
  ASSERT_NE(PeriodForVerb(m.mentions, m.words, 1), nullptr);
  EXPECT_EQ(PeriodEnd(m.mentions[0]), 20250101);
  EXPECT_EQ(DateForVerb(m.mentions, 1), nullptr);  // (no day: the document's date)
}

TEST(DateForVerb, SkipsNounDatesAndCoarsePrecisions) {
  SplitResult split;
  std::string text = "The UN condemned Tuesday's attack last week.";
  VerbCase c = Prepare(text, &split);
  ASSERT_EQ(c.mentions.size(), 2u);
  EXPECT_EQ(DateForVerb(c.mentions, 2), nullptr);
  std::string text2 = "Yesterday the UN condemned Tuesday's attack.";
  VerbCase c2 = Prepare(text2, &split);
  const DateMention* d = DateForVerb(c2.mentions, 3);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->date, 20250304);
  EXPECT_EQ(d->start, 0u);
  EXPECT_EQ(DateForVerb({}, 0), nullptr);
}

}  // namespace
}  // namespace dyad
