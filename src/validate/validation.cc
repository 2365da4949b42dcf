// Running a validation suite and reporting it.
#include "dyad/validation.h"

#include "util/read_file.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

namespace dyad {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Show(const ExpectedEvent& e) {
  return (e.source.empty() ? "---" : e.source) + " -> " + (e.target.empty() ? "---" : e.target) + " " + e.code;
}

}  // namespace

Result<ValidationSuite> ReadTabariValidation(const std::string& path);  // tabari_validate.cc

Result<ValidationSuite> ReadValidationSuite(const std::string& path) {
  if (EndsWith(path, ".xml")) {
    Result<std::string> data = ReadWholeFile(path);
    if (!data.ok()) return data.status();
    Result<ValidationSuite> suite = ParsePetrarchRecords(*data, path);
    if (!suite.ok() || suite->pico_path.empty()) return suite;
    Result<std::string> pico = ReadWholeFile(suite->pico_path);
    if (!pico.ok()) return pico.status();
    Result<PicoNegations> neg = ParsePicoNegations(*pico, suite->pico_path);
    if (!neg.ok()) return neg.status();
    suite->negated_codes = std::move(neg->negated);
    for (std::string& w : neg->warnings) suite->warnings.push_back(std::move(w));
    return suite;
  }
  return ReadTabariValidation(path);
}

Result<Lexicon> LoadSuiteLexicon(const ValidationSuite& suite, const LexiconOptions& options) {
  Lexicon lex;
  if (suite.dictionaries.empty()) return InvalidArgumentError(suite.path + ": names no dictionaries");
  for (const auto& [kind, path] : suite.dictionaries) {
    Status s = LoadDictionaryFile(path, kind, options, &lex);
    if (!s.ok()) return s;
  }
  return lex;
}

namespace {

// "FRO/BIL/SAM" -> FRO, BIL, SAM; a code without '/' -> itself.
std::vector<std::string> SplitSlashes(const std::string& code) {
  std::vector<std::string> out;
  size_t p = 0;
  while (true) {
    const size_t q = code.find('/', p);
    out.push_back(code.substr(p, q == std::string::npos ? std::string::npos : q - p));
    if (q == std::string::npos) break;
    p = q + 1;
  }
  return out;
}

// TABARI's clause of token `t`: how many of the sentence's conjunctions
// (AND, OR, BUT, NOR outside compound actors) come before it.
size_t ConjunctionClause(uint32_t t, const std::vector<uint32_t>& conjunctions) {
  return static_cast<size_t>(std::lower_bound(conjunctions.begin(), conjunctions.end(), t) -
                             conjunctions.begin());
}

// Whether `e` is one of the events the case's peer would code: under CODE
// BY CLAUSE only the first coding verb of each clause, under CODE BY
// SENTENCE only the first of the sentence (events come in verb order).
// `conjunctions`: TABARI's clauses are delimited by conjunctions alone
// (null: the coder's clauses, which "that", "who" and commas also begin).
bool Kept(const CodedEvent& e, const std::vector<CodedEvent>& all, CodeBy code_by,
          const std::vector<uint32_t>* conjunctions) {
  if (code_by == CodeBy::kAll) return true;
  auto same_clause = [&](const CodedEvent& x) {
    if (!conjunctions) return x.clause == e.clause;
    return ConjunctionClause(x.verb, *conjunctions) == ConjunctionClause(e.verb, *conjunctions);
  };
  for (const CodedEvent& x : all)
    if (code_by == CodeBy::kSentence || same_clause(x)) return x.verb == e.verb;
  return true;
}

}  // namespace

CoderOptions PeerCoderOptions(const ValidationSuite& suite) {
  CoderOptions co;
  co.all_moods = true;             // the peers code intentions and negations alike
  co.allow_missing_actors = true;  // and write "---" for a missing actor
  co.infer_agent_country = false;  // the suites expect "---" for an agent alone
  co.persons_of_a_country_are_civilians = false;  // "A Pakistani woman" is PAK there
  co.places_as_targets = true;     // "in Gondor" may be a target there
  co.partners_act_on_each_other = false;
  co.complement_subjects = false;
  co.media_statements_are_commentary = false;
  co.commerce_is_no_event = false;
  co.domestic_cooperation_is_work = false;
  co.history_is_background = false;
  co.implied_state_agent = false;
  co.loose_pattern_gaps = true;
  // TABARI's DEFAULT command gives codes to missing sources (RunValidation
  // drops the events that miss an actor when no DEFAULT is in force).
  co.keep_sourceless = suite.format == "tabari";
  co.tabari_actor_search = suite.format == "tabari";
  co.verb_in_verbless_clause = true;  // "Estonia act on a resolution with Libya"
  return co;
}

namespace {

// TABARI's record length: words and commas (SET: MINIMUM WORDS).
int TabariWords(std::string_view text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == ',') { ++n; in_word = false; continue; }
    if (std::isspace(u)) { in_word = false; continue; }
    if (!in_word && (std::isalnum(u) || u >= 0x80)) { ++n; in_word = true; }
  }
  return n;
}

// An actor TABARI did not find: "---", and an agent without an actor
// ("---MIL") unless CONVERT AGENTS makes it one.
bool Missing(const std::string& code, const TabariOptions& o) {
  return code.empty() || code == "---" || (!o.convert_agents && code.rfind("---", 0) == 0);
}

// The code of the first of TABARI's <TIME> phrases that discards ("###")
// or rejects ("+++") a sentence and occurs in `text`, else "".
std::string TimeDiscard(const Lexicon& lex, std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char ch : text) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || ch == '\'' || u >= 0x80) {
      w += static_cast<char>(std::toupper(u));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  for (const Lexicon::TimePhrase& t : lex.tabari_time) {
    if ((t.code != "###" && t.code != "+++") || t.phrase.words.empty()) continue;
    const size_t n = t.phrase.words.size();
    for (size_t i = 0; i + n <= words.size(); ++i) {
      size_t k = 0;
      while (k < n && words[i + k] == t.phrase.words[k].text) ++k;
      if (k == n) return t.code;
    }
  }
  return "";
}

}  // namespace

ValidationReport RunValidation(const ValidationSuite& suite, const EventCoder& coder) {
  ValidationReport report;
  report.skipped = suite.skipped;
  auto scratch = coder.NewScratch();
  std::vector<CodedEvent> coded;
  // TABARI's DEFAULT PRIOR and AFTER change its actor search: a coder with
  // those CoderOptions for the records under them, built from this one's.
  std::unique_ptr<EventCoder> variants[4];
  auto coder_for = [&](const TabariOptions* t) -> const EventCoder& {
    const CoderOptions& o = coder.options();
    if (!t || !o.tabari_actor_search) return coder;
    const bool prior = t->default_prior && !t->default_source.empty();
    const bool after = t->default_after && !t->default_target.empty();
    if (prior == o.tabari_default_prior && after == o.tabari_default_after) return coder;
    std::unique_ptr<EventCoder>& v = variants[prior * 2 + after];
    if (!v) {
      CoderOptions vo = o;
      vo.tabari_default_prior = prior;
      vo.tabari_default_after = after;
      Result<std::unique_ptr<EventCoder>> made = EventCoder::Create(coder.lexicon(), vo);
      if (!made.ok()) return coder;
      v = std::move(*made);
    }
    return *v;
  };
  for (const ValidationCase& c : suite.cases) {
    coded.clear();
    CaseResult r;
    r.c = &c;
    const TabariOptions* tabari = c.tabari.get();
    bool discard_story = false;
    std::vector<uint32_t> conjunctions;
    if (tabari && TabariWords(c.text) < tabari->minimum_words) {
      r.not_coded = "fewer than " + std::to_string(tabari->minimum_words) + " words (SET: MINIMUM WORDS)";
    } else {
      std::string text = c.text;
      if (tabari) {
        // TABARI's filter keeps letters, digits and punctuation it reads:
        // an underscore in the text ("Dol_Amroth") joins nothing.
        std::replace(text.begin(), text.end(), '_', ' ');
        text = tabari->DropCommaPhrases(text);
      } else if (c.petrarch) {
        text = DropCommaPhrases(text, c.petrarch->comma);
      }
      const EventCoder& cc = coder_for(tabari);
      if (tabari && tabari->forward)
        cc.CodeStorySentence(text, c.date, !c.continues_story, scratch.get(), &coded, &discard_story);
      else
        cc.CodeSentence(text, c.date, scratch.get(), &coded, &discard_story);
      if (tabari) {
        SentenceFacts facts = cc.Facts(scratch.get());
        conjunctions = std::move(facts.conjunction_tokens);
        // SET: TIME SHIFT (on by default when the .verbs file has <TIME>
        // phrases): a "###" time phrase discards, a "+++" one rejects.
        const std::string time = tabari->time_shift != 0 ? TimeDiscard(coder.lexicon(), c.text) : "";
        if (facts.discard || time == "###") r.not_coded = time == "###" ? "a time phrase coded ###" : "a discard code ###";
        else if (time == "+++") r.not_coded = "too complex: a time phrase coded +++";
        else if (std::string why = tabari->ComplexReason(facts); !why.empty()) r.not_coded = "too complex: " + why;
      }
    }
    if (!r.not_coded.empty()) coded.clear();
    if (tabari) {
      // TABARI codes no event that misses its source or target, unless a
      // DEFAULT command gives a code for it.
      std::vector<CodedEvent> kept;
      for (CodedEvent& e : coded) {
        if (Missing(e.source, *tabari)) {
          if (tabari->default_source.empty()) continue;
          e.source = tabari->default_source;
        }
        if (Missing(e.target, *tabari)) {
          if (tabari->default_target.empty()) continue;
          e.target = tabari->default_target;
        }
        kept.push_back(std::move(e));
      }
      coded.swap(kept);
    }
    // PETRARCH's require_dyad: no event without a source and a target.
    if (c.petrarch && c.petrarch->require_dyad)
      std::erase_if(coded, [](const CodedEvent& e) {
        return e.source.empty() || e.source == "---" || e.target.empty() || e.target == "---";
      });
    // UD-PETRARCH's ontology gives some negated codes a reading of their own.
    for (CodedEvent& e : coded) {
      if (e.mood != Mood::kNegated) continue;
      if (auto it = suite.negated_codes.find(e.code); it != suite.negated_codes.end()) {
        e.code = it->second;
        e.mood = Mood::kAsserted;
      }
    }
    std::set<ExpectedEvent> produced;
    if (!discard_story)
      for (const CodedEvent& e : coded)
        if (Kept(e, coded, c.code_by, tabari ? &conjunctions : nullptr)) produced.insert(ExpectedEvent{e.source, e.target, e.code});
    // UD-PETRARCH writes an actor of several codes as one ("FRO/BIL/SAM");
    // dyad codes one event per actor, as TABARI and PETRARCH-2 do.
    std::set<ExpectedEvent> expected;
    for (const ExpectedEvent& x : c.expected)
      for (const std::string& src : SplitSlashes(x.source))
        for (const std::string& tgt : SplitSlashes(x.target))
          expected.insert(ExpectedEvent{src, tgt, x.code});
    // "-{...}": the record lists only some of its events.
    if (c.open_ended)
      std::erase_if(produced, [&](const ExpectedEvent& e) { return !expected.count(e); });
    std::set_difference(expected.begin(), expected.end(), produced.begin(), produced.end(),
                        std::back_inserter(r.missed));
    std::set_difference(produced.begin(), produced.end(), expected.begin(), expected.end(),
                        std::back_inserter(r.spurious));
    for (const ExpectedEvent& x : r.spurious) {
      std::string why;
      for (const CodedEvent& e : coded) {
        if (e.source != x.source || e.target != x.target || e.code != x.code) continue;
        why = coder.lexicon().Where(e.pattern);
        if (const size_t slash = why.rfind('/'); slash != std::string::npos) why.erase(0, slash + 1);
        if (e.mood != Mood::kAsserted) why += std::string(", ") + std::string(MoodName(e.mood));
        break;
      }
      r.spurious_why.push_back(std::move(why));
    }
    for (CategoryScore* s : {&report.categories[c.category], &report.total}) {
      s->cases += 1;
      s->passed += r.passed();
      s->expected += static_cast<int>(expected.size());
      s->found += static_cast<int>(expected.size() - r.missed.size());
      s->produced += static_cast<int>(produced.size());
      s->spurious += static_cast<int>(r.spurious.size());
    }
    report.results.push_back(std::move(r));
  }
  return report;
}

std::string ValidationReport::ToText(bool list_cases) const {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%-12s %6s %7s %9s %7s %9s %9s\n", "category", "cases", "passed",
                "expected", "found", "produced", "spurious");
  out += line;
  auto row = [&](const std::string& name, const CategoryScore& s) {
    std::snprintf(line, sizeof line, "%-12s %6d %7d %9d %7d %9d %9d\n", name.c_str(), s.cases,
                  s.passed, s.expected, s.found, s.produced, s.spurious);
    out += line;
  };
  for (const auto& [name, s] : categories) row(name, s);
  row("TOTAL", total);
  std::snprintf(line, sizeof line, "expected events found: %.1f%%; produced events spurious: %.1f%%\n",
                100 * recall(), 100 * spurious_share());
  out += line;
  if (list_cases) {
    for (const CaseResult& r : results) {
      if (r.passed()) continue;
      out += r.c->id + " (line " + std::to_string(r.c->line) + "): ";
      for (const auto& m : r.missed) out += "missed " + Show(m) + "; ";
      for (size_t i = 0; i < r.spurious.size(); ++i) {
        out += "spurious " + Show(r.spurious[i]);
        if (i < r.spurious_why.size() && !r.spurious_why[i].empty()) out += " (" + r.spurious_why[i] + ")";
        out += "; ";
      }
      if (!r.not_coded.empty()) out += "not coded: " + r.not_coded;
      out += "\n";
    }
    int held = 0;
    for (const CaseResult& r : results) held += !r.not_coded.empty();
    if (held) {
      out += std::to_string(held) + " records not coded, as the peer's options say:\n";
      for (const CaseResult& r : results)
        if (!r.not_coded.empty())
          out += "  " + r.c->id + " (line " + std::to_string(r.c->line) + "): " + r.not_coded +
                 (r.passed() ? "" : " [failed]") + "\n";
    }
  }
  if (!skipped.empty()) {
    out += std::to_string(skipped.size()) + " records skipped";
    if (list_cases) {
      out += ":\n";
      for (const SkippedRecord& s : skipped)
        out += "  " + s.id + " (line " + std::to_string(s.line) + "): " + s.reason + "\n";
    } else {
      out += " (" + skipped.front().reason + ")\n";
    }
  }
  std::snprintf(line, sizeof line, "%d passed, %d failed\n", total.passed, total.cases - total.passed);
  out += line;
  return out;
}

}  // namespace dyad
