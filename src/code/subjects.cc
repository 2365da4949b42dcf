// Where a verb's subject and object are, beyond the first actor of its
// clause (see arguments.h): the complement of a verb of saying, a speaker
// after a quotation, a name no dictionary knows right after the verb.
#include <cstdint>
#include <string>
#include <string_view>

#include "code/arguments.h"
#include "code/deeds.h"
#include "code/location.h"

namespace dyad::code {

bool AfterAPreposition(const SentenceTokens& toks, const Words& w, const Analysis& a, size_t start) {
  // ("the office of the New York State Attorney General": past an article;
  // "of the general Qasem Soleimani": past a lower-case title after it.)
  auto article = [&](size_t t) { return toks.ids[t] == w.the || toks.ids[t] == w.a || toks.ids[t] == w.an; };
  size_t before = start, b = start;
  while (!toks.tags.empty() && b > 1 && b + 2 > start && a.group_at[b - 1] < 0 && !toks.capitalized[b - 1] &&
         (toks.tags[b - 1].xpos == Xpos::kJJ || toks.tags[b - 1].xpos == Xpos::kNN))
    --b;
  if (b > 1 && article(b - 1)) before = b - 1;
  return before > 0 && IsPreposition(toks.ids[before - 1], w);
}

int ActorRightBeforeFiniteVerb(const SentenceTokens& toks, const Analysis& a,
                               const Analyzer& analyzer, size_t from, size_t end) {
  if (toks.tags.empty()) return -1;
  for (size_t t = end; t-- > from;) {
    const Xpos x = toks.tags[t].xpos;
    if (!(x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kVBN) ||
        analyzer.IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t]))
      continue;
    size_t b = t;
    while (b > from && a.group_at[b - 1] < 0 &&
           (toks.tags[b - 1].xpos == Xpos::kRB || toks.tags[b - 1].xpos == Xpos::kMD ||
            analyzer.IsAuxiliaryOrAdverb(toks.ids[b - 1], toks.upper[b - 1])))
      --b;
    if (b > from && a.group_at[b - 1] >= 0 && b == a.groups[static_cast<size_t>(a.group_at[b - 1])].end)
      return a.group_at[b - 1];
    return -1;
  }
  return -1;
}

namespace {

// The token after a count that starts at `at` ("at least 71", "more than
// 2,000", "some 500", "thousands of"), before `end`; `at` when none.
size_t PastCount(const SentenceTokens& toks, size_t at, size_t end) {
  size_t q = at;
  auto is = [&](size_t t, std::string_view u) { return t < end && toks.upper[t] == u; };
  if ((is(q, "AT") && (is(q + 1, "LEAST") || is(q + 1, "MOST"))) ||
      ((is(q, "MORE") || is(q, "FEWER") || is(q, "LESS")) && is(q + 1, "THAN")) ||
      (is(q, "UP") && is(q + 1, "TO"))) {
    q += 2;
  } else if (is(q, "ABOUT") || is(q, "SOME") || is(q, "AROUND") || is(q, "NEARLY") ||
             is(q, "ALMOST") || is(q, "OVER") || is(q, "APPROXIMATELY") || is(q, "ROUGHLY")) {
    q += 1;
  }
  if (is(q, "THOUSANDS") || is(q, "HUNDREDS") || is(q, "DOZENS") || is(q, "MILLIONS") ||
      is(q, "SCORES")) {
    return is(q + 1, "OF") ? q + 2 : at;
  }
  size_t c = q;
  while (c < end && toks.tags[c].xpos == Xpos::kCD) ++c;
  return c > q && c < end ? c : at;
}

}  // namespace

void FindComplementSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                           const Analyzer& analyzer, const VerbHit& v, size_t reach,
                           size_t* subject_from, bool* doubted) {
  for (size_t t = v.start; t-- > reach;) {
    const Xpos x = toks.tags[t].xpos;
    // (A verb of saying the tagger read as a participle, right after its
    // subject: "Beirut radio stations said(VBN) Israeli gunships raided".)
    const bool said = x == Xpos::kVBN && t > 0 && a.group_at[t - 1] >= 0 && SaysOrThinks(toks.upper[t]);
    if ((x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || said) &&
        !analyzer.IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t]) && a.group_at[t] < 0) {
      // Only after a verb of saying or thinking ("said", "reported",
      // "claimed", "believes"), whose complement has a subject of its own.
      if (!SaysOrThinks(toks.upper[t])) break;
      // "claimed the Houthis attacked": the claim is the speaker's act;
      // what is claimed is not told as having happened.
      *doubted = Doubts(toks.upper[t]);
      // The complement's subject comes right after it ("said Iran",
      // "said that Iran") and runs into the verb without a comma
      // ("denied the allegations, labeled them" is one subject's).
      size_t at = t + 1;
      // "reported on Sunday the party had ...": past a date first.
      for (const DateMention& d : a.dates)
        if ((d.start == at || (d.start == at + 1 && toks.tags[at].xpos == Xpos::kIN)) &&
            d.end < v.start)
          at = d.end;
      if (at < v.start && toks.ids[at] == w.that) ++at;
      // ("said the United States had": the article before the name.)
      if (at + 1 < v.start && toks.ids[at] == w.the && a.group_at[at] < 0 &&
          a.group_at[at + 1] >= 0)
        ++at;
      // "said at least 71 people were arrested", "said thousands of
      // protesters": past the count before the subject.
      if (size_t c = PastCount(toks, at, v.start); c != at && a.group_at[c] >= 0) at = c;
      // "claimed that during a 2018 trip to France, Trump refused": an
      // opening adverbial phrase up to its comma comes first.
      if (at < v.start && toks.tags[at].xpos == Xpos::kIN && a.group_at[at] < 0)
        for (size_t c = at + 1; c < v.start && c < at + 12; ++c)
          if (toks.ids[c] == w.comma) { at = c + 1; break; }
      int g = a.group_at[at];
      // "told police he supported Trump", "assured Gondor that Arnor
      // would": after the one told, the complement's own subject.
      const std::string& said = toks.upper[t];
      const bool tell = said == "TOLD" || said == "TELL" || said == "TELLS" || said == "INFORMED" ||
                        said == "ASSURED" || said == "WARNED" || said == "REMINDED" ||
                        said == "CONVINCED";
      if (g >= 0 && a.groups[g].start == at && tell) {
        size_t next = a.groups[g].end;
        // ("told reporters on Tuesday Japan had": past a date too.)
        for (const DateMention& d : a.dates)
          if ((d.start == next || (d.start == next + 1 && toks.tags[next].xpos == Xpos::kIN)) &&
              d.end < v.start)
            next = d.end;
        if (next < v.start && toks.ids[next] == w.that) ++next;
        if (next + 1 < v.start && toks.ids[next] == w.the && a.group_at[next] < 0 &&
            a.group_at[next + 1] >= 0)
          ++next;
        if (next < v.start && (a.group_at[next] >= 0 || toks.tags[next].xpos == Xpos::kPRP)) {
          at = next;
          g = a.group_at[at];
        }
      }
      bool complement = false;
      // (A pronoun no earlier actor fits: the complement's subject is nobody we know.)
      if (tell && g < 0 && at < v.start && toks.tags[at].xpos == Xpos::kPRP) *subject_from = v.start;
      // ("A fire destroyed a market. Officials said it killed nine": an
      // "it" no actor before fits is a thing, and not the speaker when that
      // is a person or many: "The United States said it was sending aid".)
      if (g < 0 && at < v.start && toks.upper[at] == "IT") {
        int speaker = -1;
        for (size_t k = 0; k < a.groups.size(); ++k)
          if (a.groups[k].end <= t && a.groups[k].start >= reach) speaker = static_cast<int>(k);
        bool persons = speaker >= 0;
        if (speaker >= 0)
          for (size_t u : a.groups[speaker].units)
            persons = persons && (a.units[u].person ||
                                  (a.units[u].plural &&
                                   (!a.units[u].has_actor || !a.units[u].agents.empty())));
        if (persons) *subject_from = v.start;
      }
      if (g >= 0 && a.groups[g].start == at && a.groups[g].end <= v.start) {
        bool comma = false;
        for (size_t k = a.groups[g].end; k < v.start; ++k)
          comma = comma || toks.ids[k] == w.comma;
        complement = !comma;
        if (complement) *subject_from = at;
      }
      // "concluded evidence supported his murder", "said the plane was
      // bringing meat from X": a subject no dictionary names is nobody
      // the event can be given to, not the speaker.
      if (!complement && g < 0 && at < v.start && NonActorSubject(toks, a, at, v.start))
        *subject_from = v.start;
      if (!complement) *doubted = false;
      break;
    }
  }
}

bool InAClaimedComplement(const SentenceTokens& toks, const Words& w, const Analyzer& analyzer,
                          size_t reach, size_t verb) {
  if (toks.tags.empty()) return false;
  // "accused Russia of shelling", "blame him for encouraging", "suspected
  // of spying", "allegations of helping": what the accusation says was done.
  if (verb >= reach + 2) {
    const std::string& p = toks.upper[verb - 1];
    if (p == "OF" || p == "FOR")
      for (size_t t = verb - 1; t-- > reach && t + 6 >= verb;) {
        const std::string& u = toks.upper[t];
        if (u.starts_with("ACCUS") || u.starts_with("BLAM") || u.starts_with("SUSPECT") ||
            u.starts_with("ALLEG"))
          return true;
        if (toks.ids[t] == w.comma || IsVerbTag(toks.tags[t])) break;
      }
  }
  bool verb_between = false;  // a verb of the complement before this one
  for (size_t t = verb; t-- > reach;) {
    const Xpos x = toks.tags[t].xpos;
    if (toks.ids[t] == w.semicolon) return false;
    if (x != Xpos::kVBD && x != Xpos::kVBZ && x != Xpos::kVBP) {
      verb_between = verb_between || x == Xpos::kVBN || x == Xpos::kVB || x == Xpos::kMD;
      continue;
    }
    if (analyzer.IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t])) {
      verb_between = true;
      continue;
    }
    // The nearest verb of saying decides: "claimed victory, praising" has
    // no clause after "claimed"; "said it had won, thanking" is no claim.
    if (SaysOrThinks(toks.upper[t]))
      return Doubts(toks.upper[t]) &&
             (verb_between || (t + 1 < verb && toks.ids[t + 1] == w.that));
    verb_between = true;
  }
  return false;
}

bool SpeakerAfterVerb(const SentenceTokens& toks, const Words& w, const Analysis& a, const VerbHit& v,
                      int* speaker) {
  if (toks.tags.empty() || v.start == 0 || !SaysOrThinks(toks.upper[v.pos])) return false;
  const Xpos vx = toks.tags[v.pos].xpos;
  if (vx != Xpos::kVBD && vx != Xpos::kVBZ && vx != Xpos::kVBP) return false;
  // After a quotation mark, or after a comma that ends a clause with a verb
  // of its own (not the comma that closes an apposition: "Joe Biden, the
  // nominee, announced").
  bool after_clause = false;
  if (v.start >= 2 && toks.ids[v.start - 1] == w.comma)
    for (size_t t = v.start - 1; t-- > 0 && toks.ids[t] != w.comma && !after_clause;) {
      const Xpos x = toks.tags[t].xpos;
      after_clause = x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD;
    }
  const bool after_quote = IsQuoteMark(toks.upper[v.start - 1]);
  if (!after_quote && !after_clause) return false;
  // "Officials in Malaysia, which produce rubber, said they expected": a
  // pronoun after the verb opens its complement; only after a quotation
  // does one speak ('"...," said he').
  if (!after_quote && v.end < toks.size() && toks.tags[v.end].xpos == Xpos::kPRP) return false;
  // Only where a noun phrase follows ("said a spokesman", "said Pompeo"):
  // not "..., the minister said" nor "said on Monday".
  const size_t n = toks.size();
  const auto nominal = [&](size_t t) {
    const Xpos x = toks.tags[t].xpos;
    return x == Xpos::kDT || x == Xpos::kJJ || x == Xpos::kNN || x == Xpos::kNNP;
  };
  if (v.end >= n || !(nominal(v.end) || a.group_at[v.end] >= 0)) return false;
  size_t k = v.end;
  while (k < n && k < v.end + 3 && a.group_at[k] < 0 && (nominal(k) || toks.tags[k].xpos == Xpos::kRB)) ++k;
  const bool named = k < n && a.group_at[k] >= 0 && a.groups[static_cast<size_t>(a.group_at[k])].start == k;
  *speaker = named ? a.group_at[k] : -1;
  return true;
}

bool UnknownNameFirstAfterVerb(const SentenceTokens& toks, const Words& w, const Analysis& a,
                               const VerbHit& v, int object) {
  if (toks.tags.empty() || object < 0) return false;
  size_t k = v.end;
  if (k < toks.size() && (toks.ids[k] == w.the || toks.ids[k] == w.a)) ++k;
  auto proper = [&](size_t t) {
    return t < toks.size() && a.group_at[t] < 0 && toks.capitalized[t] &&
           (toks.tags[t].xpos == Xpos::kNNP || toks.tags[t].xpos == Xpos::kNNPS) &&
           !IsTimeWord(toks.upper[t]);
  };
  size_t e = k;
  // (through "of" and "for" inside a title: "Secretary of State Aragorn")
  while (proper(e) || (e > k && e + 1 < toks.size() && (toks.ids[e] == w.of || toks.ids[e] == w.for_) &&
                       (proper(e + 1) || a.group_at[e + 1] >= 0)))
    ++e;
  // ... not a name that runs into the actor ("sued Manhattan District
  // Attorney Cyrus Vance") or that an apposition names ("killing Qasem
  // Soleimani, the head of the Quds Force").
  const size_t at = a.groups[static_cast<size_t>(object)].start;
  const bool apposition = e + 1 < toks.size() && toks.ids[e] == w.comma && at > e && at <= e + 9 &&
                          (toks.ids[e + 1] == w.the || toks.ids[e + 1] == w.a || toks.ids[e + 1] == w.an ||
                           at == e + 1);
  return e > k && at > k && e != at && !apposition;
}

void SubjectOfAListOfVerbs(const SentenceTokens& toks, const Analysis& a, size_t from, size_t comma_after,
                           int* subject) {
  // The subject of the list: what comes before its first verb.
  const size_t i = comma_after;
  size_t first_verb = i;
  for (size_t t = from; t + 1 < i; ++t) {
    const Xpos x = toks.tags[t].xpos;
    if ((x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) && a.group_at[t] < 0) {
      first_verb = t;
      break;
    }
  }
  if (first_verb == i) return;
  *subject = -1;
  for (size_t g = 0; g < a.groups.size(); ++g)
    if (a.groups[g].start >= from && a.groups[g].end <= first_verb && !a.aside[a.groups[g].start]) {
      *subject = static_cast<int>(g);
      return;
    }
}

bool NoSuchEvent(std::string_view code, std::string_view block_code, std::string_view source,
                 std::string_view target, const CoderOptions& options) {
  // The media and academics only comment, also through a statement verb's
  // pattern ("Hungarian daily Magyar Nemzet revealed a deal": the paper
  // signed nothing).
  if (options.media_statements_are_commentary &&
      (code.compare(0, 2, "01") == 0 || block_code.compare(0, 2, "01") == 0) && IsCommentator(source))
    return true;
  // Nor is speaking to them an event with them ("declined to comment to
  // Reuters", "told NBC"): an interview.
  // (Not taking responsibility for a journalist's killing: 015-019.)
  // ("told Reuters the G-7 will meet": no meeting with Reuters either.)
  // (Nor speaking to a think tank or a university: "speaking to the
  // Atlantic Council" is an audience.)
  if (options.media_statements_are_commentary && code.size() >= 3 &&
      ((code.compare(0, 2, "01") == 0 && code[2] <= '4' && IsCommentator(target)) ||
       (code.compare(0, 2, "03") == 0 && IsNewsMedium(target))))
    return true;
  // A government's rallies are campaign events, not demonstrations
  // ("holding up to five rallies a day throughout such states").
  if (code == "141" && IsCountryPrefix(source) && source.size() >= 6 && source.compare(3, 3, "GOV") == 0)
    return true;
  // Nor do news media appeal, consult or cooperate: a reporter who
  // "reached out to" a candidate, "NBC reported ... finalized"; nor do they
  // do deeds, which they report ("Beirut radio stations said Israeli
  // helicopter gunships raided south Lebanon", "the official Iraqi news
  // agency quoted a correspondent as saying Baghdad's forces were pursuing
  // retreating Iranian troops"). An apology is theirs to make ("ABS-CBN
  // apologized to Duterte").
  if (options.media_statements_are_commentary && code.size() >= 2 && IsNewsMedium(source) &&
      ((code[0] == '0' && code[1] >= '2' && code[1] <= '5' && code.compare(0, 3, "055") != 0) ||
       MaterialDeed(code)))
    return true;
  // Two firms' talks, deals, offers, rebuffs and lawsuits are business
  // ("KLM expands talks with British and Commonwealth", "is discussing
  // licensing with other companies", "filed a lawsuit against a number of
  // companies"), not political events; cutting supplies, seizing and
  // attacking (16-20) stay.
  if (options.commerce_is_no_event && code.size() >= 2 && code.compare(0, 2, "16") < 0 &&
      IsFirmCode(source) && IsFirmCode(target))
    return true;
  // Cooperation at home is work (CoderOptions::domestic_cooperation_is_work).
  if (options.domestic_cooperation_is_work && code == "050" && IsCountryPrefix(source) &&
      target.size() >= 3 && source.compare(0, 3, target.substr(0, 3)) == 0) {
    auto challenger = [](std::string_view c) {
      for (std::string_view r : {"OPP", "REB", "INS", "SEP", "RAD"})
        if (c.find(r, 3) != std::string_view::npos) return true;
      return false;
    };
    if (!challenger(source) && !challenger(target)) return true;
  }
  // A world region is a place and does nothing ("the Black Death spread
  // across the Mediterranean and Europe", "Middle East observers say"),
  // except the West or Europe speaking as a bloc, and never to another
  // region (places_as_targets: the peers, whose made-up codes may look like
  // regions, "SAM").
  auto bare_region = [](std::string_view x) { return x.size() == 3 && IsRegionCode(x); };
  return !options.places_as_targets && bare_region(source) &&
         ((source != "WST" && source != "EUR") || bare_region(target));
}

void SubjectPastOpeningParticiple(const SentenceTokens& toks, const Words& w, const Analysis& a,
                                  size_t clause, const VerbHit& v, int* subject) {
  if (*subject < 0 || toks.tags.empty() || clause >= v.start ||
      (toks.tags[clause].xpos != Xpos::kVBG && toks.tags[clause].xpos != Xpos::kVBN))
    return;
  size_t comma = v.start;
  for (size_t t = clause; t < v.start; ++t)
    if (toks.ids[t] == w.comma) { comma = t; break; }
  if (comma == v.start || a.groups[static_cast<size_t>(*subject)].start > comma) return;
  *subject = -1;
  for (size_t g = 0; g < a.groups.size() && *subject < 0; ++g)
    if (a.groups[g].start > comma && a.groups[g].end <= v.start && !a.aside[a.groups[g].start])
      *subject = static_cast<int>(g);
}

bool PlaceAfterClauseVerb(const SentenceTokens& toks, const Words& w, const Analysis& a,
                          size_t from, int subject) {
  if (subject < 0 || toks.tags.empty()) return false;
  const size_t at = a.groups[static_cast<size_t>(subject)].start;
  if (at == 0 || (toks.ids[at - 1] != w.in && toks.ids[at - 1] != w.at)) return false;
  for (size_t t = from; t + 1 < at; ++t) {
    const Xpos x = toks.tags[t].xpos;
    if (x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) return true;
  }
  return false;
}

bool OpensAdverbialGerund(std::string_view u) {
  return u == "INCLUDING" || u == "BY" || u == "WHILE" || u == "AFTER" || u == "BEFORE" || u == "WITHOUT" ||
         u == "WHEN" || u == "UPON";
}

void ImpliedStateAgent(const SentenceTokens& toks, const Words& w, const Analysis& a,
                       const Analyzer& analyzer, const VerbHit& v, std::string_view code,
                       size_t clause_start, size_t clause_end, int target,
                       std::string_view doc_country, std::string* source_code,
                       std::string* target_code, int* people) {
  if (code.compare(0, 3, "173") != 0 && code.compare(0, 3, "115") != 0 &&
      code.compare(0, 3, "116") != 0)
    return;
  // "at least 71 people were arrested": people no dictionary names, of the
  // country where it happened.
  if (target < 0) {
    size_t k = v.start;
    while (k > 0 && analyzer.IsAuxiliaryOrAdverb(toks.ids[k - 1], toks.upper[k - 1])) --k;
    if (k > 1 && a.group_at[k - 1] < 0) {
      const std::string& h = toks.upper[k - 1];
      if (h == "PEOPLE" || h == "PERSONS" || h == "INDIVIDUALS" || h == "MEN" || h == "WOMEN" ||
          h == "CIVILIANS" || h == "RESIDENTS")
        *people = static_cast<int>(k - 1);
    }
    if (*people < 0) return;
  }
  auto country_of = [&](size_t g) -> std::string {
    for (size_t u : a.groups[g].units)
      for (const std::string& c : a.units[u].codes)
        if (IsCountryPrefix(c) && !IsRegionCode(c.substr(0, 3))) return c.substr(0, 3);
    return "";
  };
  // The place nearest the verb in its clause, else before it in the
  // sentence ("a trial is underway in Saudi Arabia in which eleven
  // individuals have been charged").
  std::string country;
  size_t best = SIZE_MAX;
  for (size_t g = 0; g < a.groups.size(); ++g) {
    size_t b = a.groups[g].start;
    if (b >= clause_end || static_cast<int>(g) == target) continue;
    if (b > 0 && toks.ids[b - 1] == w.the) --b;
    if (b == 0 || toks.ids[b - 1] != w.in) continue;
    const size_t d = b >= clause_start ? (b > v.start ? b - v.start : v.start - b) : 1000 + (v.start - b);
    std::string c = country_of(g);
    if (!c.empty() && d < best) { best = d; country = std::move(c); }
  }
  if (country.empty() && target >= 0) country = country_of(static_cast<size_t>(target));
  if (country.empty() && IsCountryPrefix(doc_country)) country = std::string(doc_country);
  // (A sentence alone: its first country, "Serbian police said ...".)
  for (size_t g = 0; g < a.groups.size() && country.empty(); ++g) country = country_of(g);
  if (country.empty()) return;
  if (*people >= 0) *target_code = country + "CVL";
  // Arrests are the police's; charges, verdicts and sentences the courts';
  // impeachment the legislature's.
  const std::string& verb = toks.upper[v.pos];
  const char* role = code.compare(0, 3, "173") == 0 ? "COP" : "JUD";
  if (verb.compare(0, 7, "SENTENC") == 0 || verb.compare(0, 8, "IMPRISON") == 0 ||
      verb.compare(0, 4, "JAIL") == 0)
    role = "JUD";
  if (verb.compare(0, 7, "IMPEACH") == 0) role = "LEG";
  *source_code = country + role;
}

bool DatedLongBefore(const SentenceTokens& toks, const Analysis& a, const VerbHit& v, int32_t date) {
  // Up to 16 words after the verb ("mediated an end to the conflict between
  // Israel and Egypt at the Camp David Accords in 1978"), but past 8 only
  // when no clause of its own comes between.
  const DateMention* period = PeriodForVerb(a.dates, a.words, v.pos, 16);
  if (!period || PeriodEnd(*period) > date - 10000) return false;
  if (period->start <= v.pos + 8) return true;
  for (size_t t = v.end; t < period->start && t < toks.size(); ++t) {
    if (a.clause_break[t]) return false;
    if (!toks.tags.empty()) {
      const Xpos x = toks.tags[t].xpos;
      if (x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kMD) return false;
    }
  }
  return true;
}

const DateMention* DateOfVerb(const Analysis& a, const VerbHit& v) {
  auto in_aside = [&](size_t t) { return t < a.aside.size() && a.aside[t] != 0; };
  if (in_aside(v.pos)) return DateForVerb(a.dates, v.pos);
  // The nearest mention after the verb, else before it (DateForVerb's
  // search), among those outside asides.
  const DateMention* after = nullptr;
  const DateMention* before = nullptr;
  for (const DateMention& m : a.dates) {
    if (in_aside(m.start)) continue;
    std::span<const DateMention> one(&m, 1);
    if (!DateForVerb(one, v.pos)) continue;  // a coarse one, a noun's, or too far
    if (m.start > v.pos) {
      if (!after) after = &m;
    } else {
      before = &m;
    }
  }
  return after ? after : before;
}

bool DatedAfterStory(const Analysis& a, const VerbHit& v, int32_t date) {
  // Only a date after the verb: one before it may belong to another clause
  // ("a candidate for the election to be held on August 9, held a rally").
  const DateMention* d = PeriodForVerb(a.dates, a.words, v.pos);
  return d && date > 0 && d->start > v.pos && d->date > date;
}

bool FutureClauseOfTime(const SentenceTokens& toks, const VerbHit& v) {
  if (toks.tags.empty() || v.pos >= toks.size()) return false;
  const Xpos x = toks.tags[v.pos].xpos;
  if (x != Xpos::kVBZ && x != Xpos::kVBP) return false;
  // The subordinator, past the clause's subject (no verb or comma between).
  size_t k = v.start;
  bool found = false;
  while (k > 0 && v.start - k < 7) {
    --k;
    const std::string& u = toks.upper[k];
    if (u == "WHEN" || u == "AFTER" || u == "ONCE" || u == "UNTIL" || u == "BEFORE" ||
        u == "WHENEVER") {
      found = k + 1 < v.start;  // a subject between
      break;
    }
    if (IsVerbTag(toks.tags[k]) || u == "," || u == ";") return false;
  }
  if (!found) return false;
  // ... under a future: "will", "'ll", "shall", "would" before it.
  for (size_t t = 0; t < k; ++t) {
    const std::string& u = toks.upper[t];
    if (u == "WILL" || u == "'LL" || u == "SHALL" ||
        (u == "WOULD" && !(t + 1 < toks.size() && toks.upper[t + 1] == "HAVE")))
      return true;
  }
  return false;
}

bool BareCountryToItsOrgan(const Analysis& a, int x, int y) {
  const ActorGroup& gx = a.groups[static_cast<size_t>(x)];
  const ActorGroup& gy = a.groups[static_cast<size_t>(y)];
  if (gx.units.size() != 1 || gy.units.size() != 1) return false;
  const std::vector<std::string>& cx = a.units[gx.units[0]].codes;
  const std::vector<std::string>& cy = a.units[gy.units[0]].codes;
  if (cx.size() != 1 || cy.size() != 1 || cx[0].size() != 3 || cy[0].size() < 6) return false;
  return cy[0].compare(0, 3, cx[0]) == 0 && IsStateRole(std::string_view(cy[0]).substr(3, 3));
}

bool UndergoesTheActAskedFor(const SentenceTokens& toks, const ActorGroup& g) {
  return !toks.tags.empty() && g.end + 2 < toks.size() && toks.upper[g.end] == "TO" &&
         toks.upper[g.end + 1] == "BE" && toks.tags[g.end + 2].xpos == Xpos::kVBN;
}

bool VictimOfACrime(const SentenceTokens& toks, const Words& w, size_t start) {
  // Past "the" and lower-case words of a title: "in the assassination of
  // the general Qasem Soleimani".
  size_t b = start;
  while (b > 0 && start - b < 4 && !toks.capitalized[b - 1] && toks.ids[b - 1] != w.of &&
         (toks.ids[b - 1] == w.the || toks.tags.empty() || toks.tags[b - 1].xpos == Xpos::kJJ ||
          toks.tags[b - 1].xpos == Xpos::kNN))
    --b;
  if (b < 2 || toks.ids[b - 1] != w.of) return false;
  const std::string& c = toks.upper[b - 2];
  return c == "KILLING" || c == "KILLINGS" || c == "MURDER" || c == "MURDERS" ||
         c == "ASSASSINATION" || c == "DEATH" || c == "DEATHS" || c == "KIDNAPPING" ||
         c == "ABDUCTION" || c == "RAPE" || c == "DISAPPEARANCE" || c == "POISONING" ||
         c == "SHOOTING" || c == "STABBING" || c == "BEATING";
}

bool StandingState(const SentenceTokens& toks, const VerbHit& v) {
  if (toks.tags.empty() || v.start == 0 || toks.tags[v.pos].xpos != Xpos::kVBN) return false;
  size_t b = v.start;  // past adverbs: "is also backed by"
  while (b > 1 && toks.tags[b - 1].xpos == Xpos::kRB) --b;
  const std::string& aux = toks.upper[b - 1];
  if (aux != "IS" && aux != "ARE" && aux != "AM") return false;
  static constexpr std::string_view kStates[] = {
      "SUPPORTED", "BACKED", "OCCUPIED", "CONTROLLED", "FUNDED", "FINANCED", "RULED",
      "GOVERNED", "ARMED", "RECOGNIZED", "RECOGNISED", "OWNED", "ALLIED", "SPONSORED"};
  for (std::string_view k : kStates)
    if (toks.upper[v.pos] == k) return true;
  return false;
}

bool CommaThenFiniteVerb(const SentenceTokens& toks, const Words& w, size_t from, size_t to) {
  if (toks.tags.empty()) return false;
  for (size_t t = from; t + 1 < to; ++t)
    if (toks.ids[t] == w.comma &&
        (toks.tags[t + 1].xpos == Xpos::kVBD || toks.tags[t + 1].xpos == Xpos::kVBZ))
      return true;
  return false;
}

bool WhereAnIncursionGoes(const SentenceTokens& toks, size_t start) {
  size_t b = start;  // past "the" and a lower-case direction: "into northeast Syria"
  while (b > 0 && start - b < 2 && !toks.capitalized[b - 1] && toks.upper[b - 1] != "INTO") --b;
  return b > 0 && toks.upper[b - 1] == "INTO";
}

bool AfterAsDid(const SentenceTokens& toks, const Words& w, const Analysis& a, size_t start) {
  // ("as did Trump-critic and former National Security Advisor John
  // Bolton": past the words of his title.)
  for (size_t k = start; k-- > 1 && start - k <= 8 && a.group_at[k] < 0;) {
    const std::string& u = toks.upper[k];
    if (toks.ids[k - 1] == w.as && (u == "DID" || u == "DOES" || u == "DO" || u == "HAS" || u == "HAD"))
      return true;
    if (toks.ids[k] == w.comma) break;
  }
  return false;
}

bool NeitherNor(const SentenceTokens& toks, const Words& w, const ActorGroup& g) {
  size_t b = g.start;
  if (b > 0 && toks.ids[b - 1] == w.the) --b;
  if (b == 0) return false;
  const std::string& u = toks.upper[b - 1];
  return u == "NEITHER" || u == "NOR" || u == "NOBODY";
}

bool PatientOfAReportedFact(const SentenceTokens& toks, const Analysis& a, const ActorGroup& g,
                            const VerbHit& v) {
  const ClauseAnalysis& ca = a.clauses;
  auto befell = [&](size_t t) {
    if (t >= ca.role_of.size() || ca.role_of[t] != ClauseRole::kSubject || ca.clause_of[t] < 0)
      return false;
    const Clause& c = ca.clauses[static_cast<size_t>(ca.clause_of[t])];
    if (c.group_begin <= v.pos) return false;
    if (c.passive) return true;
    // What befell them or where they were: "said ISIS fighters escaped",
    // "declared Soleimani was 'martyred'", "said FSB officers were present".
    const std::string_view lemma = ca.lemma(c);
    if (lemma == "escape" || lemma == "flee" || lemma == "die" || lemma == "survive" ||
        lemma == "disappear" || lemma == "vanish" || lemma == "martyr" || lemma == "perish")
      return true;
    if (lemma != "be" || c.group_end >= toks.size()) return false;
    size_t k = c.group_end;  // (past a quotation mark: "was 'martyred'")
    if (k + 1 < toks.size() && IsQuoteMark(toks.upper[k])) ++k;
    const std::string& p = toks.upper[k];
    return p == "PRESENT" || p == "ALIVE" || p == "DEAD" || p == "MISSING" || p == "SAFE" ||
           p == "UNHURT" || p == "AMONG" || p == "INSIDE" || p == "THERE" || p == "MARTYRED" ||
           p == "KILLED" || p == "WOUNDED" || p == "INJURED";
  };
  for (size_t t = g.start; t < g.end; ++t)
    if (befell(t)) return true;
  // ("said hundreds of ISIS (Islamic State ...) fighters escaped": the
  // noun after the name, past a bracketed aside, heads the subject.)
  // (The aside may be in the group, "ISIS (Islamic State)", or be it.)
  size_t open = g.start + 1;
  while (open < g.end && toks.upper[open] != "(") ++open;
  if (g.start > 0 && toks.upper[g.start - 1] == "(") open = g.start - 1;
  if (toks.tags.empty() || open >= toks.size() || toks.upper[open] != "(") return false;
  size_t close = open;
  while (close < toks.size() && close < open + 12 && toks.upper[close] != ")") ++close;
  return close + 1 < toks.size() && toks.upper[close] == ")" &&
         (toks.tags[close + 1].xpos == Xpos::kNN || toks.tags[close + 1].xpos == Xpos::kNNS) &&
         befell(close + 1);
}

bool NationalityOfAThing(const SentenceTokens& toks, const Analysis& a, const ActorGroup& g) {
  if (toks.tags.empty() || g.end >= toks.size()) return false;
  // ("underlined Turkish and Turkish Cypriot mining rights": each of them.)
  for (size_t k : g.units) {
    const ActorUnit& u = a.units[k];
    if (!u.has_actor || !u.agents.empty() || u.person || !IsDemonymLike(toks.upper[u.end - 1]) ||
        (u.end - u.start != 1 && !IsDemonymLike(toks.upper[u.start])))
      return false;
  }
  const ActorUnit& u = a.units[g.units.back()];
  size_t j = u.end;  // past adjectives: "Russian state television"
  while (j + 1 < toks.size() && j < u.end + 2 && toks.tags[j].xpos == Xpos::kJJ) ++j;
  const Xpos x = toks.tags[j].xpos;
  const std::string& h = toks.upper[j];
  // ("the Japanese side", "European countries", "the Iranian people" are
  // the country.)
  if (h == "SIDE" || h == "COUNTRIES" || h == "NATIONS" || h == "STATES" || h == "PEOPLE" ||
      h == "PUBLIC" || h == "NATION" || h == "STATE" || h == "PEOPLES")
    return false;
  return !toks.capitalized[j] && (x == Xpos::kNN || x == Xpos::kNNS);
}

bool RelativeThatWithoutActorSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                                     size_t at) {
  if (toks.tags.empty() || at + 1 >= toks.size() || toks.tags[at].xpos != Xpos::kWDT) return false;
  size_t s = at + 1;  // past "only", "the": "a position that only Northern Cyprus has"
  while (s + 1 < toks.size() && (toks.tags[s].xpos == Xpos::kRB || toks.ids[s] == w.the)) ++s;
  return a.group_at[s] < 0;
}

bool PlaceAtHome(const Analysis& a, int source, int target) {
  if (source < 0 || target < 0 || source == target || !SameCountry(a, source, target)) return false;
  for (size_t u : a.groups[static_cast<size_t>(target)].units) {
    const ActorUnit& unit = a.units[u];
    if (!unit.agents.empty() || unit.person || unit.pronoun || unit.anaphor) return false;
    for (const std::string& c : unit.codes)
      if (c.size() != 3) return false;
  }
  return true;
}

bool ForceBetweenPersons(const Analysis& a, int source, int target, std::string_view code) {
  if (source < 0 || target < 0 || code.size() < 2 ||
      !(code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0))
    return false;
  auto persons = [&](int g) {
    for (size_t u : a.groups[static_cast<size_t>(g)].units)
      if (!a.units[u].person) return false;
    return true;
  };
  return persons(source) && persons(target);
}

bool ForceOnAnIdea(const SentenceTokens& toks, const Analysis& a, const VerbHit& v,
                   std::string_view code) {
  if (toks.tags.empty() || code.size() < 2 ||
      !(code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0))
    return false;
  const std::string_view verb = toks.upper[v.pos];
  auto starts = [&](std::string_view p) { return verb.substr(0, p.size()) == p; };
  if (!(starts("ATTACK") || starts("ASSAIL") || starts("FIGHT") || verb == "FOUGHT" ||
        starts("BLAST") || starts("SLAM") || starts("BATTL")))
    return false;
  // The head of the object: the last of the common nouns that follow the
  // verb past determiners, adjectives, numbers and names.
  size_t head = toks.size();
  for (size_t t = v.end; t < toks.size() && t < v.end + 8 && !a.clause_break[t]; ++t) {
    const Xpos x = toks.tags[t].xpos;
    const bool noun = x == Xpos::kNN || x == Xpos::kNNS;
    if (noun && a.group_at[t] < 0) {
      head = t;
      continue;
    }
    if (head < toks.size()) break;
    if (a.group_at[t] >= 0 || x == Xpos::kDT || x == Xpos::kPRPS || x == Xpos::kJJ ||
        x == Xpos::kJJR || x == Xpos::kJJS || x == Xpos::kPOS || x == Xpos::kCD ||
        x == Xpos::kNNP || x == Xpos::kNNPS || x == Xpos::kVBN || x == Xpos::kRB)
      continue;
    break;
  }
  if (head >= toks.size()) return false;
  static constexpr std::string_view kIdeas[] = {
      "CONTROLS", "FORECAST", "FORECASTS", "PLAN", "PLANS", "POLICY", "POLICIES", "PROPOSAL",
      "PROPOSALS", "DECISION", "DECISIONS", "BILL", "BILLS", "REPORT", "REPORTS", "SALE",
      "MEASURE", "MEASURES", "REMARKS", "COMMENTS", "STATEMENT", "STATEMENTS", "BUDGET",
      "LEGISLATION", "LAW", "LAWS", "RULING", "MOVE", "MOVES", "IDEA", "IDEAS", "PROGRAM",
      "PROGRAMME", "STANCE", "ATTITUDE", "PRACTICES", "TACTICS", "TARIFF", "TARIFFS",
      "RESTRICTIONS", "REFORM", "REFORMS", "RECORD", "HANDLING", "DEAL", "AGREEMENT", "ACCORD",
      "PACT", "TREATY", "VIEWS", "CLAIMS", "CLAIM", "CRITICISM", "SUGGESTION", "RESOLUTION",
      "DOCTRINE", "STRATEGY", "QUOTAS", "SUBSIDIES", "PRICES", "RATES", "CUTS", "TAX", "TAXES",
      "REGULATIONS", "RULES", "INFLATION", "PROTECTIONISM", "CORRUPTION", "DEFICIT", "DEFICITS",
      "SURPLUS", "SURPLUSES", "ELECTION", "RESULTS", "TRADE", "EXPORTS", "IMPORTS"};
  for (std::string_view w : kIdeas)
    if (w == toks.upper[head]) return true;
  return false;
}

bool AllowedByAnInfinitive(const SentenceTokens& toks, const Words& w, size_t at) {
  if (at > 0 && (toks.ids[at - 1] == w.the || toks.ids[at - 1] == w.a)) --at;
  if (at < 2 || toks.ids[at - 2] != w.to) return false;
  const std::string& v = toks.upper[at - 1];
  return v == "ALLOW" || v == "PERMIT" || v == "ENABLE" || v == "LET" || v == "EMPOWER" ||
         v == "AUTHORIZE" || v == "AUTHORISE";
}

int ObjectControlledSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                            const VerbHit& v) {
  if (toks.tags.empty() || v.start < 2) return -1;
  size_t end = v.start;  // where the group asked must end
  if (toks.ids[v.start - 1] == w.to) {
    end = v.start - 1;
  } else if (toks.tags[v.pos].xpos != Xpos::kVB && toks.tags[v.pos].xpos != Xpos::kVBP) {
    return -1;  // ("requested Germany impose": a bare verb after the one asked)
  }
  if (end == 0 || a.group_at[end - 1] < 0) return -1;
  const int g = a.group_at[end - 1];
  size_t b = a.groups[static_cast<size_t>(g)].start;
  if (b > 0 && toks.ids[b - 1] == w.the) --b;
  if (b == 0) return -1;
  size_t k = b - 1;
  // "called on Israel to lift": the verb before "on".
  if (toks.upper[k] == "ON" && k > 0 && toks.upper[k - 1].compare(0, 4, "CALL") == 0) --k;
  static constexpr std::string_view kStems[] = {
      "ASK", "URG", "TOLD", "TELL", "ORDER", "FORC", "COMPEL", "REQUEST", "CALL", "INVIT",
      "ALLOW", "PERMIT", "ENCOURAG", "PERSUAD", "PRESS", "WANT", "EXPECT", "ADVIS", "INSTRUCT",
      "DIRECT", "AUTHORI", "EMPOWER", "ENABL", "REQUIR", "BEGG", "IMPLOR", "WARN", "DEMAND",
      "APPEAL", "PUSH"};
  const std::string& u = toks.upper[k];
  if (!IsVerbTag(toks.tags[k])) return -1;
  for (std::string_view st : kStems)
    if (u.compare(0, st.size(), st) == 0) return g;
  return -1;
}

void SubjectOfAnEarlierFiniteVerb(const SentenceTokens& toks, const Analysis& a, size_t clause_start,
                                  const VerbHit& v, int* subject) {
  if (toks.tags.empty() || v.start < 2) return;
  const Xpos vx = toks.tags[v.pos].xpos;
  if (vx != Xpos::kVBD && vx != Xpos::kVBZ) return;
  size_t k = v.start - 1;
  while (k > 0 && toks.tags[k].xpos == Xpos::kRB) --k;
  if (toks.upper[k] != "AND" || k == 0) return;
  // The verb group before "and": a bare verb under a modal ("would lose").
  size_t t = k;
  bool modal = false, bare = false;
  while (t-- > clause_start) {
    const Xpos x = toks.tags[t].xpos;
    if (x == Xpos::kMD) { modal = true; break; }
    if (x == Xpos::kVB) bare = true;
    else if (x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP) break;
  }
  if (!modal || !bare) return;
  // The finite verb of v's own form before it (a past tense may be the
  // tagger's participle: "Hawkins predicted/VBN").
  auto past_participle = [&](size_t i) {
    if (vx != Xpos::kVBD || toks.tags[i].xpos != Xpos::kVBN || i == 0) return false;
    const std::string_view b = toks.upper[i - 1];
    return toks.tags[i - 1].xpos != Xpos::kVBD && toks.tags[i - 1].xpos != Xpos::kVBZ &&
           toks.tags[i - 1].xpos != Xpos::kVBP && toks.tags[i - 1].xpos != Xpos::kVBN &&
           toks.tags[i - 1].xpos != Xpos::kVB && b != "BEEN" && b != "BEING";
  };
  while (t-- > clause_start)
    if (toks.tags[t].xpos == vx || past_participle(t)) {
      int first = -1;
      for (size_t g = 0; g < a.groups.size() && first < 0; ++g)
        if (a.groups[g].start >= clause_start && a.groups[g].end <= t) first = static_cast<int>(g);
      *subject = first;
      return;
    }
}

size_t ToneEnd(const SentenceTokens& toks, const Analysis& a, const VerbHit& v) {
  const bool aside = a.aside[v.pos] != 0;
  const bool participle = aside || (!toks.tags.empty() && toks.tags[v.pos].xpos == Xpos::kVBG);
  if (!participle) return toks.size();
  for (size_t t = v.end; t < toks.size(); ++t)
    if ((aside && !a.aside[t]) ||
        (!toks.tags.empty() && (toks.tags[t].xpos == Xpos::kVBD || toks.tags[t].xpos == Xpos::kVBZ)))
      return t;
  return toks.size();
}

}  // namespace dyad::code
