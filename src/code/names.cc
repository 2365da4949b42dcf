// Persons' names across a document: the surname of a person the
// dictionaries know, named in full before ("Carrie Lam ... Lam"), and
// persons no dictionary knows, introduced with a title the dictionaries
// code ("Ukrainian prosecutor Yuriy Lutsenko ... Lutsenko"). See coref.h.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "code/coref.h"

namespace dyad::code {

const std::vector<std::string>* Discourse::Introduced(const SentenceTokens& toks, size_t start,
                                                     size_t end) const {
  for (auto it = introduced_.rbegin(); it != introduced_.rend(); ++it) {
    // The name in full or its end: "Bill de Blasio", "de Blasio", "Blasio".
    const std::vector<std::string>& words = it->words;
    const size_t k = end - start;
    if (k == 0 || k > words.size()) continue;
    const auto here = toks.upper.begin() + static_cast<std::ptrdiff_t>(start);
    if (!std::equal(words.end() - static_cast<std::ptrdiff_t>(k), words.end(), here)) continue;
    // ... unless another name the document gave ends the same way.
    auto ends_here = [&](const std::vector<std::string>& r) {
      return r.size() >= k && std::equal(r.end() - static_cast<std::ptrdiff_t>(k), r.end(), here);
    };
    auto part_of_it = [&](const std::vector<std::string>& r) {
      return r.size() <= words.size() &&
             std::equal(r.begin(), r.end(), words.end() - static_cast<std::ptrdiff_t>(r.size()));
    };
    for (const std::vector<std::string>& r : name_runs_)
      if (k < words.size() && ends_here(r) && !part_of_it(r)) return nullptr;
    return &it->codes;
  }
  return nullptr;
}

bool Discourse::IntroducedSurname(std::string_view upper) const {
  for (const IntroducedName& x : introduced_)
    if (x.words.back() == upper) return true;
  return false;
}

namespace {

// A word of a person's name to the tagger: capitalised, a proper noun, not
// a day or a month ("the prosecutor Friday").
bool NameWord(const SentenceTokens& toks, size_t t) {
  if (!toks.capitalized[t] || (toks.tags[t].xpos != Xpos::kNNP && toks.tags[t].xpos != Xpos::kNNPS))
    return false;
  static constexpr std::string_view kTime[] = {
      "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
      "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
      "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "AUG.", "SEPT.",
      "OCT.", "NOV.", "DEC."};
  const std::string_view u = toks.upper[t];
  return std::find(std::begin(kTime), std::end(kTime), u) == std::end(kTime);
}

// One person (or body) with a country and an agent the dictionaries code
// ("Ukrainian prosecutor", "Ukraine's top prosecutor", "Swedish
// activist"; not a person the dictionaries name, "Abe"), no pronoun, group
// or plural.
bool CountryPerson(const ActorUnit& u) {
  if (u.agents.empty() || u.plural || u.pronoun || u.anaphor || u.codes.size() != 1) return false;
  const std::string& c = u.codes[0];
  return c.size() >= 3 && c.compare(0, 3, "---") != 0;
}

// "al-Sharabi", "el-Sisi" written in lower case.
bool AlPrefixed(std::string_view u) {
  return u.size() > 3 && (u.substr(0, 3) == "AL-" || u.substr(0, 3) == "EL-");
}

// Lower-case particles inside a name: "Bill de Blasio", "Ziad al-Sharabi".
bool NameParticle(const SentenceTokens& toks, size_t t) {
  if (toks.capitalized[t]) return false;
  static constexpr std::string_view kWords[] = {"DE", "DA", "DI", "DEL", "DOS", "VAN", "VON",
                                                "DER", "DEN", "BIN", "IBN", "BEN", "LA", "LE", "DU"};
  const std::string_view u = toks.upper[t];
  return std::find(std::begin(kWords), std::end(kWords), u) != std::end(kWords) || AlPrefixed(u);
}

// A title or form of address before a name ("Sen. Lloyd Bentsen").
bool NameTitle(std::string_view u) {
  static constexpr std::string_view kWords[] = {
      "MR.", "MRS.", "MS.", "DR.", "SEN.", "SENS.", "REP.", "REPS.", "GOV.", "GEN.", "LT.",
      "COL.", "CAPT.", "PROF.", "PROFESSOR", "SENATOR", "REPRESENTATIVE", "REPRESENTATIVES",
      "CONGRESSMAN", "CONGRESSWOMAN", "ASSEMBLYMAN", "ASSEMBLYWOMAN", "PRESIDENT", "GENERAL",
      "JUDGE", "JUSTICE", "MAYOR", "GOVERNOR", "MINISTER", "SHEIKH", "CDE"};
  return std::find(std::begin(kWords), std::end(kWords), u) != std::end(kWords);
}

// The last word of a body's, a place's or a title's name: not a person
// ("Central Bank", "Islamic Republic", "Prime Minister").
bool OrganisationEnd(std::string_view u) {
  static constexpr std::string_view kWords[] = {
      "PARTY", "FRONT", "MOVEMENT", "ALLIANCE", "COALITION", "BANK", "UNIVERSITY", "INSTITUTE",
      "COLLEGE", "SCHOOL", "ASSOCIATION", "FEDERATION", "UNION", "ORGANIZATION", "ORGANISATION",
      "BOARD", "CENTER", "CENTRE", "CHURCH", "CLUB", "COMPANY", "GROUP", "FOUNDATION", "SOCIETY",
      "CHAMBER", "ACADEMY", "MUSEUM", "HOSPITAL", "REPUBLIC", "KINGDOM", "EMPIRE", "PROVINCE",
      "REGION", "CITY", "ISLANDS", "LEAGUE", "CONFERENCE", "FUND", "PROGRAM", "PROGRAMME",
      "PROJECT", "NETWORK", "TIMES", "POST", "NEWS", "JOURNAL", "MINISTER", "SECRETARY",
      "PRESIDENT", "GOVERNOR", "MAYOR", "DIRECTOR", "CHAIRMAN", "GENERAL", "BISHOP", "DUKE"};
  return std::find(std::begin(kWords), std::end(kWords), u) != std::end(kWords) ||
         IsStateOrganWord(u) || EndsCompanyName(u);
}

}  // namespace

void FindIntroducedNames(const SentenceTokens& toks, const Words& w, Analysis* out) {
  if (toks.tags.empty()) return;
  const size_t n = toks.size();
  const std::vector<ActorUnit>& units = out->units;
  auto in_unit = [&](size_t t) { return InUnit(units, units.size(), t); };
  auto run_word = [&](size_t t, bool first) {
    return !in_unit(t) && (NameWord(toks, t) || (!first && NameParticle(toks, t)));
  };
  constexpr size_t kMaxNameWords = 4;
  for (size_t i = 0; i < n; ++i) {
    if (!NameWord(toks, i) || in_unit(i) || (i > 0 && run_word(i - 1, false))) continue;
    size_t j = i + 1;
    while (j < n && run_word(j, false)) ++j;
    const size_t run_end = j;
    // A title before the name is not part of it ("Sen. Lloyd Bentsen").
    size_t b = i;
    while (b < j && NameTitle(toks.upper[b])) ++b;
    // A first name and a last at least ("Yuriy Lutsenko"); not a name
    // that modifies a noun ("Paris Police Prefecture", "Google
    // executives"), an abbreviation in capitals, or a party's or state
    // body's name.
    bool name = b + 2 <= j && j - b <= kMaxNameWords && !NameParticle(toks, b) &&
                !OrganisationEnd(toks.upper[j - 1]) &&
                !(j < n && (toks.tags[j].xpos == Xpos::kNN || toks.tags[j].xpos == Xpos::kNNS));
    for (size_t t = b; t < j && name; ++t) name = !toks.all_caps[t];
    i = run_end - 1;
    if (!name) continue;
    out->name_runs.emplace_back(toks.upper.begin() + static_cast<std::ptrdiff_t>(b),
                                toks.upper.begin() + static_cast<std::ptrdiff_t>(j));
    const ActorUnit* title = nullptr;
    // "Ukrainian prosecutor Yuriy Lutsenko"
    for (const ActorUnit& u : units)
      if (u.end == b && CountryPerson(u)) title = &u;
    // "Yuriy Lutsenko, Ukraine's top prosecutor," / "Greta Thunberg, a
    // 16-year-old Swedish activist." (after an article, up to two
    // modifiers may come before the title; a comma or the sentence's end
    // after it).
    if (!title && j + 2 < n && toks.ids[j] == w.comma) {
      const bool article =
          toks.ids[j + 1] == w.a || toks.ids[j + 1] == w.an || toks.ids[j + 1] == w.the;
      for (const ActorUnit& u : units) {
        if (u.start <= j || u.start > j + 4 || !CountryPerson(u)) continue;
        bool ok = u.end == n || toks.ids[u.end] == w.comma || toks.upper[u.end] == ".";
        // Without an article, a possessive ("Ukraine's top prosecutor") or a
        // title in lower case ("former president of Zimbabwe", "spokesman
        // for the ministry"); not a place's name ("Charleston, South
        // Carolina radio station").
        if (!article)
          ok = ok && ((u.start == j + 1 && u.start + 1 < n && toks.ids[u.start + 1] == w.s_clitic) ||
                      !toks.capitalized[j + 1]);
        for (size_t t = article ? j + 2 : j + 1; t < u.start && ok; ++t) {
          const Xpos x = toks.tags[t].xpos;
          ok = (x == Xpos::kJJ || x == Xpos::kCD || x == Xpos::kNN) && !toks.capitalized[t];
        }
        if (ok) title = &u;
        break;
      }
    }
    // "An Australian, Brenton Tarrant, appeared in court": one person of a
    // people, then the name in apposition (a comma or the sentence's end
    // after it).
    if (!title && b >= 2 && toks.ids[b - 1] == w.comma &&
        (j == n || toks.ids[j] == w.comma || toks.upper[j] == ".")) {
      for (const ActorUnit& u : units) {
        if (u.end + 1 != b || u.start == 0 || u.plural || u.pronoun || u.anaphor ||
            u.codes.size() != 1 || u.codes[0].size() < 3 ||
            u.codes[0].compare(0, 3, "---") == 0)
          continue;
        const uint32_t article = toks.ids[u.start - 1];
        if ((u.person || CountryPerson(u)) && (article == w.a || article == w.an)) title = &u;
      }
    }
    if (title) {
      IntroducedName x;
      for (size_t t = b; t < j; ++t) x.words.push_back(toks.upper[t]);
      x.codes = title->codes;
      out->introduced.push_back(std::move(x));
    }
  }
}

void AddSurnameUnits(const SentenceTokens& toks, const Discourse* discourse, Analysis* out) {
  if (!discourse || toks.tags.empty()) return;
  const size_t n = toks.size();
  const size_t before = out->units.size();
  auto in_unit = [&](size_t t) { return InUnit(out->units, before, t); };
  // The tagger may not read a name it never saw as one at the start of a
  // sentence ("Lutsenko/RB later praised").
  auto name_word = [&](size_t t) {
    if (NameWord(toks, t)) return true;
    if (t > 0 || !toks.capitalized[t]) return false;
    const Xpos x = toks.tags[t].xpos;
    return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kJJ || x == Xpos::kRB ||
           x == Xpos::kVB || x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP ||
           x == Xpos::kFW;
  };
  auto add = [&](size_t start, size_t end, const std::vector<std::string>& codes) {
    ActorUnit u;
    u.start = start;
    u.end = end;
    u.codes = codes;
    u.has_actor = true;
    u.person = true;
    out->units.push_back(std::move(u));
  };
  for (size_t i = 0; i < n; ++i) {
    if (!name_word(i) || in_unit(i) || (i > 0 && name_word(i - 1) && !in_unit(i - 1))) continue;
    size_t j = i;
    while (j < n && name_word(j) && !in_unit(j)) ++j;
    // Not inside a longer name: "Tanya Chan" is not Jackie Chan.
    const std::vector<std::string>* codes = nullptr;
    if (j == i + 1 && toks.ids[i] != kNoWord) codes = discourse->Surname(toks.ids[i]);
    // A person the document introduced with a title, named in full or by
    // the last word; not right after a unit, which names them already
    // ("the prosecutor Lutsenko").
    if (!codes && !(i > 0 && InUnit(out->units, before, i - 1)))
      codes = discourse->Introduced(toks, i, j);
    if (codes) add(i, j, *codes);
    i = j - 1;
  }
  if (out->units.size() > before)
    std::stable_sort(out->units.begin(), out->units.end(),
                     [](const ActorUnit& a, const ActorUnit& b) { return a.start < b.start; });
}

}  // namespace dyad::code
