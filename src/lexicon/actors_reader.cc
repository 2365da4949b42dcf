// Actors, agents and discards in the PETRARCH-2 and TABARI formats.
#include <cctype>
#include <string>

#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace dyad::lexicon {
namespace {

bool IsDateLine(std::string_view content) {
  std::string_view t = Trim(content);
  return !t.empty() && t[0] == '[';
}

// TABARI .actors files carry <NOUN>, <ADJECTIVE> ... sections for its parser.
// "<! -- ... -->" (a comment with a stray space, as in PETR.Validate.actors)
// is not one: it would hide the rest of the file.
bool IsSectionTag(std::string_view t) {
  return t.size() >= 3 && t.front() == '<' && t.back() == '>' &&
         (std::isalpha(static_cast<unsigned char>(t[1])) || t[1] == '/');
}

// "<! -- NEW ACTORS -->": a comment line the XML-comment reader missed.
bool IsLooseComment(std::string_view t) { return t.size() >= 2 && t[0] == '<' && t[1] == '!'; }

}  // namespace

Status ReadActors(std::string_view name, std::string_view text, uint32_t file,
                  const LexiconOptions& options, Lexicon* lex) {
  IssueSink issues(name, options, lex);
  // TABARI's .actors files read a last word without '_' as a stem
  // ("ARGENTIN"); PETRARCH-2 and dyad-dict files name whole words.
  const bool dyad_format = DeclaresDyadFormat(text);
  const bool stems = name.size() >= 7 && name.substr(name.size() - 7) == ".actors" && !dyad_format;
  LineReader lines(text);
  std::string_view raw, content;
  uint32_t line_no;
  ActorEntry* current = nullptr;
  const size_t first_actor = lex->actors.size();
  bool skipping_section = false;  // inside <NOUN> ... </NOUN> and the like
  std::vector<Phrase>* word_list = nullptr;  // <NOUN> or <ADJECTIVE>: its words kept
  std::vector<std::string_view> groups;
  std::string error;
  while (lines.Next(&raw, &content, &line_no)) {
    std::string_view t = Trim(content);
    if (IsSectionTag(t)) {
      skipping_section = t[1] != '/';
      word_list = t == "<NOUN>" ? &lex->tabari_nouns : t == "<ADJECTIVE>" ? &lex->tabari_adjectives : nullptr;
      current = nullptr;
      continue;
    }
    if (word_list && !t.empty() && !IsLooseComment(t)) {
      Phrase phrase;
      if (ParsePhrase(t, stems, &phrase, &error)) word_list->push_back(std::move(phrase));
      else issues.Add(line_no, error);
      continue;
    }
    if (skipping_section || IsLooseComment(t)) continue;
    std::string_view phrase_text;
    if (!SplitCodeGroups(t, &phrase_text, &groups)) {
      issues.Add(line_no, "unclosed '['");
      continue;
    }
    bool synonym = false;
    if (IsDateLine(content)) {
      if (!current) {
        issues.Add(line_no, "code line without an actor before it");
        continue;
      }
      // In dyad-dict files persons have role lines and no code on their
      // name's line (a party's dated lines follow its own code:
      // "REPUBLICAN_PARTY [USAGOV]"); TABARI and PETRARCH-2 files also put a
      // country's one code on a line of its own.
      current->role_lines = current->role_lines || (dyad_format && current->default_code.empty());
    } else {
      phrase_text = Trim(phrase_text);
      synonym = !phrase_text.empty() && phrase_text[0] == '+';
      if (synonym) phrase_text.remove_prefix(1);
      Phrase phrase;
      if (!ParsePhrase(phrase_text, stems, &phrase, &error)) {
        issues.Add(line_no, error);
        continue;
      }
      // "# @cs" in the comment: match only when written in capitals.
      phrase.case_sensitive = CommentHasFlag(raw, "@cs");
      if (synonym) {
        if (!current) {
          issues.Add(line_no, "synonym '+" + std::string(phrase_text) + "' without an actor before it");
          continue;
        }
        current->phrases.push_back(std::move(phrase));
      } else {
        lex->actors.emplace_back();
        current = &lex->actors.back();
        current->phrases.push_back(std::move(phrase));
        current->loc = SourceLoc{file, line_no};
      }
    }
    for (std::string_view g : groups) {
      DatedCode dc;
      bool has_date = false;
      if (!ParseDatedCode(g, &dc, &has_date, &error)) {
        issues.Add(line_no, error);
        continue;
      }
      if (has_date) current->dated.push_back(std::move(dc));
      else if (current->default_code.empty() || !synonym) current->default_code = dc.code;
    }
  }
  for (size_t a = first_actor; a < lex->actors.size(); ++a) {
    ActorEntry& e = lex->actors[a];
    e.person = dyad_format ? e.role_lines : !e.dated.empty();
  }
  // A person outside every dated role of its own (before the first, after
  // the last: "Soleimani" after his death, "Vance" before 2025) is still of
  // its country: an elite, CAMEO's ELI, of the country of its latest role.
  for (size_t a = first_actor; a < lex->actors.size(); ++a) {
    ActorEntry& e = lex->actors[a];
    if (!e.role_lines || !e.default_code.empty() || e.dated.empty()) continue;
    const std::string& last = e.dated.back().code;
    // (Not a person of an organisation: "IGOEEC" names no country.)
    bool country = last.size() >= 3;
    for (std::string_view org : {"IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "---"})
      country = country && last.compare(0, 3, org) != 0;
    if (!country) continue;
    e.elite_code = last.substr(0, 3) + "ELI";
  }
  return issues.status();
}

Status ReadAgents(std::string_view name, std::string_view text, uint32_t file,
                  const LexiconOptions& options, Lexicon* lex) {
  IssueSink issues(name, options, lex);
  // Agents match whole words: their plurals are listed or generated, and a
  // stem would read "DIPLOMAT" into "diplomatic".
  const bool stems = false;
  LineReader lines(text);
  std::string_view raw, content;
  uint32_t line_no;
  std::vector<std::pair<std::string, std::vector<std::string>>> markers;  // !X! = a, b
  std::vector<std::string_view> groups;
  std::string error;
  while (lines.Next(&raw, &content, &line_no)) {
    std::string_view t = Trim(content);
    if (IsSectionTag(t) || IsLooseComment(t)) continue;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t close = t.find('!', 1);
      size_t eq = t.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        issues.Add(line_no, "substitution marker must read !NAME! = A, B, C");
        continue;
      }
      std::vector<std::string> items;
      std::string_view list = t.substr(eq + 1);
      size_t p = 0;
      while (p <= list.size()) {
        size_t q = list.find(',', p);
        if (q == std::string_view::npos) q = list.size();
        std::string_view item = Trim(list.substr(p, q - p));
        if (!item.empty()) items.push_back(Upper(item));
        p = q + 1;
      }
      markers.emplace_back(Upper(t.substr(0, close + 1)), std::move(items));
      continue;
    }
    std::string_view head;
    if (!SplitCodeGroups(t, &head, &groups)) {
      issues.Add(line_no, "unclosed '['");
      continue;
    }
    if (groups.size() != 1) {
      issues.Add(line_no, groups.empty() ? "agent without a [~CODE]" : "agent with more than one code");
      continue;
    }
    std::string_view code = groups[0];
    AgentEntry base;
    base.loc = SourceLoc{file, line_no};
    base.counted = CommentHasFlag(raw, "@counted");
    if (!code.empty() && code.front() == '~') {
      base.code = Upper(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      base.code = Upper(code.substr(0, code.size() - 1));
      base.prefix = true;
    } else {
      issues.Add(line_no, "agent code '" + std::string(code) + "' needs a '~' before or after it");
      continue;
    }
    if (!IsCodeText(base.code)) {
      issues.Add(line_no, "bad agent code '" + std::string(code) + "'");
      continue;
    }
    // PHRASE {PLURAL} : {} means no plural.
    head = Trim(head);
    std::string_view plural;
    bool has_plural_group = false;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        issues.Add(line_no, "unclosed '{'");
        continue;
      }
      plural = Trim(head.substr(brace + 1, close - brace - 1));
      has_plural_group = true;
      head = Trim(head.substr(0, brace));
    }
    // Expand a substitution marker, if any.
    std::vector<std::string> variants{std::string(head)};
    std::string upper_head = Upper(head);
    for (const auto& [mark, items] : markers) {
      size_t at = upper_head.find(mark);
      if (at == std::string::npos || items.empty()) continue;  // "!P! = " lists nothing
      variants.clear();
      for (const std::string& it : items)
        variants.push_back(upper_head.substr(0, at) + it + upper_head.substr(at + mark.size()));
      break;
    }
    const bool marker = variants.size() > 1 || variants[0] != std::string(head);
    for (const std::string& v : variants) {
      AgentEntry e = base;
      if (!ParsePhrase(v, stems, &e.phrase, &error)) {
        issues.Add(line_no, error);
        continue;
      }
      lex->agents.push_back(e);
      if (marker) continue;  // marker items are taken as written
      if (has_plural_group) {
        if (plural.empty()) continue;
        AgentEntry p = base;
        if (ParsePhrase(plural, stems, &p.phrase, &error)) lex->agents.push_back(std::move(p));
        else issues.Add(line_no, error);
      } else {
        AgentEntry p = e;
        p.phrase.words.back().text = RegularPlural(p.phrase.words.back().text);
        lex->agents.push_back(std::move(p));
      }
    }
  }
  return issues.status();
}

Status ReadDiscards(std::string_view name, std::string_view text, uint32_t file,
                    const LexiconOptions& options, Lexicon* lex) {
  IssueSink issues(name, options, lex);
  const bool stems = !DeclaresDyadFormat(text);  // dyad's own lists name whole words
  LineReader lines(text);
  std::string_view raw, content;
  uint32_t line_no;
  std::string error;
  while (lines.Next(&raw, &content, &line_no)) {
    std::string_view t = Trim(content);
    if (IsSectionTag(t) || IsLooseComment(t)) continue;
    DiscardEntry d;
    d.loc = SourceLoc{file, line_no};
    if (t[0] == '+') {
      d.whole_story = true;
      t.remove_prefix(1);
    }
    std::string_view rest;
    std::vector<std::string_view> groups;
    if (SplitCodeGroups(t, &rest, &groups) && !groups.empty()) t = Trim(rest);  // "[###]"
    if (!ParsePhrase(t, stems, &d.phrase, &error)) {
      issues.Add(line_no, error);
      continue;
    }
    // Blanks in discards are plain word separators.
    for (PhraseWord& w : d.phrase.words) w.joined = true;
    lex->discards.push_back(std::move(d));
  }
  return issues.status();
}

}  // namespace dyad::lexicon
