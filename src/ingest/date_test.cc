#include <gtest/gtest.h>

#include <string>

#include "dyad/ingest.h"

namespace dyad {
namespace {

TEST(DateTest, IsoForms) {
  EXPECT_EQ(NormalizeDate("2019-01-04"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019-01-04T10:00:00Z"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019-01-04T10:00:00+05:30"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019-01-04 10:00"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019-1-4"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019/01/04"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("2019.01.04"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("  2019-01-04\n"), "2019-01-04");
}

TEST(DateTest, Compact) {
  EXPECT_EQ(NormalizeDate("20190104"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("20190104T100000Z"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("201901041"), "");
  EXPECT_EQ(NormalizeDate("2019010"), "");
}

TEST(DateTest, DayMonthYear) {
  EXPECT_EQ(NormalizeDate("26-FEB-1987 15:01:01.79"), "1987-02-26");  // Reuters-21578
  EXPECT_EQ(NormalizeDate(" 3-MAR-1987  09:15:05.40"), "1987-03-03");
  EXPECT_EQ(NormalizeDate("26-FEB-1987 15:01"), "1987-02-26");
  EXPECT_EQ(NormalizeDate("26 February 1987"), "1987-02-26");
  EXPECT_EQ(NormalizeDate("4th January 2019"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("1st Sept. 2019"), "2019-09-01");
}

TEST(DateTest, MonthDayYear) {
  EXPECT_EQ(NormalizeDate("Feb 26, 1987"), "1987-02-26");
  EXPECT_EQ(NormalizeDate("February 26 1987"), "1987-02-26");
  EXPECT_EQ(NormalizeDate("Sept. 3, 2019"), "2019-09-03");
  EXPECT_EQ(NormalizeDate("january 4th, 2019"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("DEC 31, 1999 23:59"), "1999-12-31");
}

TEST(DateTest, LeadingWeekday) {
  EXPECT_EQ(NormalizeDate("Friday, January 4, 2019"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("Fri, 04 Jan 2019 10:00:00 +0000"), "2019-01-04");  // RFC 2822
  EXPECT_EQ(NormalizeDate("Thu, 1 Mar 2018 00:00:00 GMT"), "2018-03-01");
  EXPECT_EQ(NormalizeDate("Friday"), "");
  EXPECT_EQ(NormalizeDate("Friday, 2019"), "");
}

TEST(DateTest, ValidatesRanges) {
  EXPECT_EQ(NormalizeDate("2019-13-01"), "");
  EXPECT_EQ(NormalizeDate("2019-00-10"), "");
  EXPECT_EQ(NormalizeDate("2019-01-00"), "");
  EXPECT_EQ(NormalizeDate("2019-01-32"), "");
  EXPECT_EQ(NormalizeDate("2019-04-31"), "");
  EXPECT_EQ(NormalizeDate("2019-02-29"), "");
  EXPECT_EQ(NormalizeDate("2020-02-29"), "2020-02-29");
  EXPECT_EQ(NormalizeDate("1900-02-29"), "");
  EXPECT_EQ(NormalizeDate("2000-02-29"), "2000-02-29");
  EXPECT_EQ(NormalizeDate("31 Nov 2019"), "");
  EXPECT_EQ(NormalizeDate("0000-01-01"), "");
}

TEST(DateTest, RejectsOtherText) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("   "), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("01/04/2019"), "");  // ambiguous: month or day first
  EXPECT_EQ(NormalizeDate("26-FEB-87"), "");    // two-digit year
  EXPECT_EQ(NormalizeDate("2019-01-045"), "");
  EXPECT_EQ(NormalizeDate("2019-01/04"), "");
  EXPECT_EQ(NormalizeDate("Febr 26, 1987"), "");
  EXPECT_EQ(NormalizeDate("Feb 26, 19870"), "");
  EXPECT_EQ(NormalizeDate("Feb 26"), "");
  EXPECT_EQ(NormalizeDate("2019"), "");
  EXPECT_EQ(NormalizeDate(std::string("2019-01-04\0", 11)), "2019-01-04");
  EXPECT_EQ(NormalizeDate(std::string("\0 2019-01-04", 12)), "");
}

}  // namespace
}  // namespace dyad
