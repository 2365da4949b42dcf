// Verb dictionaries: PETRARCH-2 blocks ("--- NAME [code] ---", verbs, "-"
// patterns, "&" synonym sets, "~" transformations) and TABARI .verbs (one
// verb per "VERB [code]" line, <SYNSETS> sections, {A | B} alternatives).
#include <algorithm>
#include <cctype>
#include <string>

#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace dyad::lexicon {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Whether a final consonant doubles before -ED/-ING (STOP -> STOPPED).
bool DoublesFinal(const std::string& w) {
  const size_t n = w.size();
  if (n < 3) return false;
  char a = w[n - 3], b = w[n - 2], c = w[n - 1];
  if (IsVowel(a) || !IsVowel(b) || IsVowel(c) || c == 'W' || c == 'X' || c == 'Y') return false;
  if (n <= 4) return true;  // BAN, STOP, PLAN, SHUN
  static constexpr std::string_view kEndings[] = {"MIT", "PEL", "TROL", "CUR", "BEL", "GRET",
                                                  "FER", "BED", "VET"};
  for (std::string_view e : kEndings)
    if (w.size() >= e.size() && std::string_view(w).substr(n - e.size()) == e &&
        std::string_view(w) != "OFFER" && std::string_view(w) != "SUFFER")
      return true;
  return false;
}

// The regular forms of an English verb: base, -S, -ED, -ING.
std::vector<std::string> RegularVerbForms(const std::string& v) {
  std::vector<std::string> f{v};
  if (v.empty()) return f;
  const char last = v.back();
  const bool cons_y = last == 'Y' && v.size() >= 2 && !IsVowel(v[v.size() - 2]);
  const bool sibilant = last == 'S' || last == 'X' || last == 'Z' ||
                        (v.size() >= 2 && (v.substr(v.size() - 2) == "CH" || v.substr(v.size() - 2) == "SH"));
  if (cons_y) f.push_back(v.substr(0, v.size() - 1) + "IES");
  else if (sibilant) f.push_back(v + "ES");
  else f.push_back(v + "S");
  if (last == 'E') {
    f.push_back(v + "D");
    if (v.size() >= 2 && v[v.size() - 2] == 'E') f.push_back(v + "ING");  // AGREE -> AGREEING
    else f.push_back(v.substr(0, v.size() - 1) + "ING");
  } else if (cons_y) {
    f.push_back(v.substr(0, v.size() - 1) + "IED");
    f.push_back(v + "ING");
  } else if (DoublesFinal(v)) {
    f.push_back(v + last + "ED");
    f.push_back(v + last + "ING");
  } else {
    f.push_back(v + "ED");
    f.push_back(v + "ING");
  }
  return f;
}

class VerbReader {
 public:
  VerbReader(std::string_view name, uint32_t file, const LexiconOptions& options, Lexicon* lex)
      : issues_(name, options, lex), file_(file), lex_(lex) {}

  Status Read(std::string_view text) {
    dyad_format_ = DeclaresDyadFormat(text);
    {  // PETRARCH-2 files have "--- NAME [code] ---" block headers.
      LineReader scan(text);
      std::string_view raw, content;
      uint32_t n = 0;
      while (!petrarch_file_ && scan.Next(&raw, &content, &n)) petrarch_file_ = Trim(content).rfind("---", 0) == 0;
    }
    LineReader lines(text);
    std::string_view raw, content;
    while (lines.Next(&raw, &content, &line_)) {
      std::string_view t = Trim(content);
      if (t.size() >= 2 && t[0] == '<' && t[1] == '!') continue;  // "<! -- x -->"
      if (t.size() >= 3 && t.front() == '<' && t.back() == '>') {
        Section(t);
        continue;
      }
      if (in_time_ && !t.empty() && t[0] != '-') TimeLine(t);
      if (skip_section_) continue;
      if (t.rfind("---", 0) == 0) BlockHeader(t);
      else if (t[0] == '&') SynsetHeader(t);
      else if (t[0] == '~') lex_->transformations.push_back({std::string(t), Loc()});
      else if (t[0] == '-') PatternLine(t.substr(1));
      else if (t[0] == '+' && in_synset_) SynsetMember(t.substr(1));
      else if (t[0] == '{' && !petrarch_blocks_) IrregularLine(t);
      else VerbLine(t);
    }
    return issues_.status();
  }

 private:
  SourceLoc Loc() const { return SourceLoc{file_, line_}; }

  void Section(std::string_view tag) {
    std::string u = Upper(tag);
    in_synset_ = false;
    in_time_ = u == "<TIME>";
    if (u == "<SYNSETS>" || u == "</SYNSETS>") { skip_section_ = false; return; }
    // <TIME>, <NOUN>, <ADJECTIVE> and the like belong to TABARI's own parser.
    skip_section_ = u[1] != '/';
  }

  void BlockHeader(std::string_view t) {
    in_synset_ = false;
    petrarch_blocks_ = true;
    std::string_view rest;
    std::vector<std::string_view> groups;
    if (!SplitCodeGroups(t, &rest, &groups)) { issues_.Add(line_, "unclosed '['"); return; }
    VerbBlock b;
    b.loc = Loc();
    std::string_view desc = Trim(rest);
    while (!desc.empty() && desc.front() == '-') desc.remove_prefix(1);
    b.description = std::string(Trim(desc));
    if (groups.empty()) b.code = "---";
    else SplitPairedCode(groups[0], &b.code, &b.paired_code);
    if (!IsCodeText(b.code) || (!b.paired_code.empty() && !IsCodeText(b.paired_code)))
      issues_.Add(line_, "bad block code '" + std::string(groups[0]) + "'");
    lex_->verbs.push_back(std::move(b));
  }

  // A <TIME> phrase and its code: "LAST_WEEK [-7]", "KAN_WA_MA_KAN [###]".
  void TimeLine(std::string_view t) {
    std::string_view phrase_text;
    std::vector<std::string_view> groups;
    if (!SplitCodeGroups(t, &phrase_text, &groups) || groups.size() != 1) {
      issues_.Add(line_, "a <TIME> phrase needs one [code]");
      return;
    }
    Lexicon::TimePhrase tp;
    std::string error;
    if (!ParsePhrase(Trim(phrase_text), false, &tp.phrase, &error)) { issues_.Add(line_, error); return; }
    for (char c : groups[0])
      if (!std::isspace(static_cast<unsigned char>(c))) tp.code += c;
    tp.loc = Loc();
    lex_->tabari_time.push_back(std::move(tp));
  }

  void SynsetHeader(std::string_view t) {
    Synset s;
    std::string_view name = Trim(t);
    size_t end = name.find_first_of(" \t");
    name = name.substr(0, end);
    synset_plurals_ = name.back() != '_';
    while (!name.empty() && name.back() == '_') name.remove_suffix(1);
    s.name = Upper(name);
    s.loc = Loc();
    if (s.name.size() < 2) { issues_.Add(line_, "empty synonym set name"); return; }
    s.open = tabari();
    lex_->synsets.push_back(std::move(s));
    in_synset_ = true;
  }

  void SynsetMember(std::string_view t) {
    Phrase p;
    std::string error;
    std::string_view text = Trim(t);
    const bool plural = synset_plurals_ && !text.empty() && text.back() != '_';
    // TABARI: a last word without '_' is a stem ("YUM YENNYEN": yennyener).
    if (!ParsePhrase(text, /*stems=*/tabari(), &p, &error)) { issues_.Add(line_, error); return; }
    Synset& s = lex_->synsets.back();
    s.phrases.push_back(p);
    if (plural && p.words.back().text[0] != '&') {
      p.words.back().text = RegularPlural(p.words.back().text);
      s.phrases.push_back(std::move(p));
    }
  }

  VerbBlock* CurrentBlock() { return lex_->verbs.empty() ? nullptr : &lex_->verbs.back(); }

  void VerbLine(std::string_view t) {
    in_synset_ = false;
    std::string_view rest;
    std::vector<std::string_view> groups;
    if (!SplitCodeGroups(t, &rest, &groups)) { issues_.Add(line_, "unclosed '['"); return; }
    std::string code, paired;
    if (!groups.empty()) SplitPairedCode(groups[0], &code, &paired);
    if ((!code.empty() && !IsCodeText(code)) || (!paired.empty() && !IsCodeText(paired))) {
      issues_.Add(line_, "bad verb code '" + std::string(groups[0]) + "'");
      return;
    }
    if (!petrarch_blocks_ || !CurrentBlock()) {
      // TABARI: every verb line opens its own block.
      VerbBlock b;
      b.loc = Loc();
      b.code = code.empty() ? "---" : code;
      b.paired_code = paired;
      lex_->verbs.push_back(std::move(b));
      code.clear();
      paired.clear();
    }
    // VERB {FORM FORM ...}; the verb word of a multi-word verb is marked "+".
    std::string_view head = Trim(rest);
    std::string_view irregular;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) { issues_.Add(line_, "unclosed '{'"); return; }
      irregular = Trim(head.substr(brace + 1, close - brace - 1));
      head = Trim(head.substr(0, brace));
    }
    VerbEntry v;
    v.loc = Loc();
    v.code = code;
    v.paired_code = paired;
    size_t verb_word = 0;
    std::string error;
    if (!ParseVerbPhrase(head, &v.lemma, &verb_word, &error, !petrarch_blocks_)) {
      issues_.Add(line_, error);
      return;
    }
    const bool stem = v.lemma.stem;
    v.lemma.stem = false;
    v.verb_word = verb_word;
    if (!irregular.empty()) {
      v.forms.push_back(v.lemma);
      size_t p = 0;
      while (p < irregular.size()) {
        while (p < irregular.size() && std::isspace(static_cast<unsigned char>(irregular[p]))) ++p;
        size_t q = p;
        while (q < irregular.size() && !std::isspace(static_cast<unsigned char>(irregular[q]))) ++q;
        if (q > p) {
          Phrase f;
          size_t w;
          if (ParseVerbPhrase(irregular.substr(p, q - p), &f, &w, &error)) v.forms.push_back(std::move(f));
          else issues_.Add(line_, error);
        }
        p = q;
      }
    } else {
      std::vector<std::string> forms = RegularVerbForms(v.lemma.words[verb_word].text);
      // TABARI's regular endings are plain suffixes (manual 5.2.3): S, ED,
      // ES, EN, ING ("DEPART_": "departes", "departen"); none after "=".
      if (tabari() && v.lemma.no_endings) forms.resize(1);
      else if (tabari())
        for (const char* end : {"S", "ED", "ES", "EN", "ING"}) {
          std::string f = v.lemma.words[verb_word].text + end;
          if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
        }
      for (const std::string& form : forms) {
        Phrase f = v.lemma;
        f.words[verb_word].text = form;
        v.forms.push_back(std::move(f));
      }
    }
    if (stem) {  // TABARI "RESTOR": also every word that starts with it
      Phrase f = v.lemma;
      f.stem = true;
      v.forms.push_back(std::move(f));
    }
    CurrentBlock()->verbs.push_back(std::move(v));
  }

  // TABARI's irregular forms, on the line after their verb:
  //   BREAK_ [1717]
  //   { BROKE_ BROKEN_ BROKEN_DOWN_ }
  // Each form is one word or an "_"-joined phrase; a form without a
  // trailing "_" is a stem ("ACTUALITY" -> "actualities"). The verb's
  // regular forms stay.
  void IrregularLine(std::string_view t) {
    in_synset_ = false;
    VerbBlock* b = CurrentBlock();
    if (!b || b->verbs.empty()) { issues_.Add(line_, "verb forms '{...}' before any verb"); return; }
    const size_t close = t.find('}');
    if (close == std::string_view::npos) { issues_.Add(line_, "unclosed '{'"); return; }
    if (!Trim(t.substr(close + 1)).empty()) {
      issues_.Add(line_, "text after the verb forms' '}'");
      return;
    }
    std::string_view list = t.substr(1, close - 1);
    VerbEntry& v = b->verbs.back();
    std::string error;
    size_t p = 0;
    while (p < list.size()) {
      while (p < list.size() && std::isspace(static_cast<unsigned char>(list[p]))) ++p;
      size_t q = p;
      while (q < list.size() && !std::isspace(static_cast<unsigned char>(list[q]))) ++q;
      if (q > p) {
        Phrase f;
        size_t w;
        if (ParseVerbPhrase(list.substr(p, q - p), &f, &w, &error, /*stems=*/true)) v.forms.push_back(std::move(f));
        else issues_.Add(line_, error);
      }
      p = q;
    }
  }

  // "CORDON_OFF", "+CORDON_OFF", "WIRE_+TAP": words; the "+" word is the verb
  // (the first word when none is marked).
  // stems: TABARI's convention, where a last word without a trailing "_"
  // also matches longer words ("RESTOR" -> "restored").
  static bool ParseVerbPhrase(std::string_view text, Phrase* out, size_t* verb_word,
                              std::string* error, bool stems = false) {
    std::string cleaned;
    *verb_word = 0;
    int word = 0;
    bool marked = false;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '_' || c == ' ') ++word;
      if (c == '+') {
        if (!marked) *verb_word = static_cast<size_t>(word);
        marked = true;
        continue;
      }
      cleaned += c;
    }
    if (!ParsePhrase(cleaned, stems, out, error)) return false;
    // Count words as ParsePhrase did (runs of separators are one).
    if (*verb_word >= out->words.size()) *verb_word = out->words.size() - 1;
    return true;
  }

  void PatternLine(std::string_view t) {
    in_synset_ = false;
    VerbBlock* b = CurrentBlock();
    if (!b) { issues_.Add(line_, "pattern before any verb"); return; }
    size_t open = t.rfind('[');
    size_t close = t.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      issues_.Add(line_, "pattern without a [code]");
      return;
    }
    VerbPattern p;
    p.loc = Loc();
    std::string code(t.substr(open + 1, close - open - 1));
    SplitPairedCode(code, &p.code, &p.paired_code);
    if (!IsCodeText(p.code) || (!p.paired_code.empty() && !IsCodeText(p.paired_code))) {
      issues_.Add(line_, "bad pattern code '" + code + "'");
      return;
    }
    std::string error;
    if (!ParseElements(t.substr(0, open), &p.elements, &error)) {
      issues_.Add(line_, error);
      return;
    }
    int verbs = 0;
    for (const PatternElement& e : p.elements) verbs += e.kind == PatternElement::Kind::kVerb;
    if (verbs != 1) {
      issues_.Add(line_, verbs == 0 ? "pattern without '*' for the verb" : "pattern with more than one '*'");
      return;
    }
    p.inflected_words = dyad_format_;
    b->patterns.push_back(std::move(p));
  }

  // Parses pattern elements; `_` joins an element to the one before it.
  bool ParseElements(std::string_view s, std::vector<PatternElement>* out, std::string* error) {
    bool joined = false;
    size_t i = 0;
    while (i < s.size()) {
      char c = s[i];
      if (std::isspace(static_cast<unsigned char>(c))) { joined = false; ++i; continue; }
      if (c == '_') { joined = true; ++i; continue; }
      PatternElement e;
      e.joined = joined && !out->empty();
      joined = false;
      if (c == '{' || c == '(') {
        const char want = c == '{' ? '}' : ')';
        int depth = 0;
        size_t j = i;
        for (; j < s.size(); ++j) {
          if (s[j] == '{' || s[j] == '(') ++depth;
          else if ((s[j] == '}' || s[j] == ')') && --depth == 0) break;
        }
        if (j >= s.size() || s[j] != want) { *error = std::string("unclosed '") + c + "'"; return false; }
        std::string_view inner = s.substr(i + 1, j - i - 1);
        i = j + 1;
        if (c == '{' && inner.find('|') != std::string_view::npos) {
          // TABARI alternatives { A | B }: an anonymous synonym set.
          Synset alt;
          alt.name = "&{" + std::to_string(lex_->synsets.size()) + "}";
          alt.loc = Loc();
          size_t p = 0;
          while (p <= inner.size()) {
            size_t q = inner.find('|', p);
            if (q == std::string_view::npos) q = inner.size();
            Phrase ph;
            if (ParsePhrase(inner.substr(p, q - p), false, &ph, error)) alt.phrases.push_back(std::move(ph));
            else return false;
            p = q + 1;
          }
          e.kind = PatternElement::Kind::kSynset;
          e.text = alt.name;
          alt.open = tabari();
          lex_->synsets.push_back(std::move(alt));
        } else {
          e.kind = c == '{' ? PatternElement::Kind::kNounPhrase : PatternElement::Kind::kPrepPhrase;
          if (!ParseElements(inner, &e.children, error)) return false;
          if (e.children.empty()) { *error = "empty phrase group"; return false; }
        }
        out->push_back(std::move(e));
        continue;
      }
      if (c == '}' || c == ')') { *error = std::string("unbalanced '") + c + "'"; return false; }
      if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
        e.kind = c == '*' ? PatternElement::Kind::kVerb
                 : c == '$' ? PatternElement::Kind::kSource
                 : c == '+' ? PatternElement::Kind::kTarget
                 : c == '%' ? PatternElement::Kind::kCompound
                            : PatternElement::Kind::kSkip;
        ++i;
        out->push_back(std::move(e));
        continue;
      }
      size_t j = i;
      while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) && s[j] != '_' &&
             s[j] != '{' && s[j] != '}' && s[j] != '(' && s[j] != ')' && (j == i || s[j] != '*'))
        ++j;
      std::string_view w = s.substr(i, j - i);
      i = j;
      e.kind = w[0] == '&' ? PatternElement::Kind::kSynset : PatternElement::Kind::kWord;
      // TABARI "BACK~ POLICY", "REAL~_PLEASANT": BACK has any ending and
      // POLICY follows it directly.
      const bool wild = tabari() && w.size() > 1 && w.back() == '~' && e.kind == PatternElement::Kind::kWord;
      if (wild) w.remove_suffix(1);
      e.text = Upper(w);
      if (e.kind == PatternElement::Kind::kWord && tabari())
        e.match = !wild && j < s.size() && s[j] == '_' ? PatternElement::Match::kExact : PatternElement::Match::kStem;
      out->push_back(std::move(e));
      if (wild) {
        while (i < s.size() && (s[i] == '_' || std::isspace(static_cast<unsigned char>(s[i])))) ++i;
        joined = true;
      }
    }
    return true;
  }

  // A TABARI .verbs file: no PETRARCH-2 blocks, not dyad's own format.
  bool tabari() const { return !petrarch_file_ && !dyad_format_; }

  IssueSink issues_;
  uint32_t file_;
  Lexicon* lex_;
  uint32_t line_ = 0;
  bool in_synset_ = false;
  bool synset_plurals_ = true;
  bool skip_section_ = false;
  bool in_time_ = false;  // inside <TIME> ... </TIME>
  bool petrarch_blocks_ = false;
  bool petrarch_file_ = false;  // has a block header somewhere
  bool dyad_format_ = false;  // "dyad-dict 1": pattern words match -ED/-ING too
};

}  // namespace

Status ReadVerbs(std::string_view name, std::string_view text, uint32_t file,
                 const LexiconOptions& options, Lexicon* lex) {
  return VerbReader(name, file, options, lex).Read(text);
}

}  // namespace dyad::lexicon
