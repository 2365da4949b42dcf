// Civil-date arithmetic for dates.h: day numbers, weekdays, YYYYMMDD checks.
//
// Day numbers count from 1970-01-01. The conversion shifts the year to start
// on 1 March, so that the leap day is the last day of its year and the month
// lengths March..January follow a fixed 153-days-per-5-months rhythm; then a
// year's first day is a closed formula and a month's offset within the year is
// (153 * m + 2) / 5 with March as m = 0.
#include <cstdint>
#include <string>

#include "dyad/dates.h"

namespace dyad {
namespace {

// Division rounding towards minus infinity (C++ rounds towards zero), so that
// years before 1 BC count their leap days right.
int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days from 0000-03-01 to 1 March of the March-based year y.
int64_t MarchYearStart(int64_t y) {
  return 365 * y + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400);
}

// DaysFromCivil(1970, 1, 1) before subtracting itself: 1 January 1970 is day
// 306 of the March-based year 1969.
constexpr int64_t kEpochFromMarchZero = 719468;

constexpr int64_t kDaysPer400Years = 146097;

bool Split(int32_t v, int* y, int* m, int* d) {
  if (v <= 0) return false;
  *y = v / 10000;
  *m = v / 100 % 100;
  *d = v % 100;
  return *y >= 1 && *y <= 9999 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= DaysInMonth(*y, *m);
}

}  // namespace

bool IsLeapYear(int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int64_t DaysFromCivil(int64_t year, int month, int day) {
  const int64_t y = month <= 2 ? year - 1 : year;
  const int64_t m = month <= 2 ? month + 9 : month - 3;  // March = 0
  return MarchYearStart(y) + (153 * m + 2) / 5 + (day - 1) - kEpochFromMarchZero;
}

CivilDate CivilFromDays(int64_t days) {
  const int64_t z = days + kEpochFromMarchZero;  // days from 0000-03-01
  // Whole 400-year cycles (146097 days each), then an estimate that is at
  // most one year short (dividing by 366), corrected against exact starts.
  const int64_t era = FloorDiv(z, kDaysPer400Years);
  int64_t y = era * 400 + (z - era * kDaysPer400Years) / 366;
  while (MarchYearStart(y + 1) <= z) ++y;
  while (MarchYearStart(y) > z) --y;
  const int64_t doy = z - MarchYearStart(y);      // 0..365
  const int64_t m = (5 * doy + 2) / 153;           // 0..11, March = 0
  CivilDate out;
  out.day = static_cast<int>(doy - (153 * m + 2) / 5 + 1);
  out.month = static_cast<int>(m < 10 ? m + 3 : m - 9);
  out.year = out.month <= 2 ? y + 1 : y;
  return out;
}

bool IsValidDate(int32_t yyyymmdd) {
  int y, m, d;
  return Split(yyyymmdd, &y, &m, &d);
}

int32_t AddDays(int32_t yyyymmdd, int64_t days) {
  int y, m, d;
  if (!Split(yyyymmdd, &y, &m, &d)) return 0;
  // Anything beyond ten thousand years leaves the range anyway; the bound
  // keeps the sum far from overflow.
  if (days > 4000000 || days < -4000000) return 0;
  CivilDate c = CivilFromDays(DaysFromCivil(y, m, d) + days);
  if (c.year < 1 || c.year > 9999) return 0;
  return static_cast<int32_t>(c.year * 10000 + c.month * 100 + c.day);
}

int DayOfWeek(int32_t yyyymmdd) {
  int y, m, d;
  if (!Split(yyyymmdd, &y, &m, &d)) return -1;
  // Day 0, 1970-01-01, was a Thursday (3 with Monday = 0).
  int64_t w = (DaysFromCivil(y, m, d) + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string FormatDate(int32_t yyyymmdd) {
  int y, m, d;
  if (!Split(yyyymmdd, &y, &m, &d)) return "";
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

}  // namespace dyad
