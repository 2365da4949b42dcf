// The event coder's document driver: building a coder, its scratch, and
// coding sentences and documents (the document's discourse, its main country,
// the records); the sentence coding itself is in coder.cc.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "code/analysis.h"
#include "code/arguments.h"
#include "code/coder_impl.h"
#include "code/compiled.h"
#include "code/tabari_actors.h"
#include "code/tag_repair.h"
#include "dyad/cameo.h"
#include "dyad/coder.h"

namespace dyad {

using code::IsCountryPrefix;
using code::IsRegionCode;
using code::VerbHit;

EventCoder::EventCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventCoder::~EventCoder() = default;

Result<std::unique_ptr<EventCoder>> EventCoder::Create(Lexicon lexicon, CoderOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->lex = std::move(lexicon);
  impl->options = options;
  impl->words.Init(&impl->compiled.words);
  code::Compile(impl->lex, impl->splitter, &impl->compiled, &impl->lex.issues);
  impl->compiled.words.Freeze();
  impl->compiled.IndexVerbForms();
  impl->analyzer = std::make_unique<code::Analyzer>(impl->compiled, impl->lex, impl->words,
                                                    options.tabari_actor_search);
  return std::unique_ptr<EventCoder>(new EventCoder(std::move(impl)));
}

EventCoder::ScratchPtr EventCoder::NewScratch() const { return ScratchPtr(new Scratch()); }

void EventCoder::ScratchDeleter::operator()(Scratch* s) const { delete s; }

const Lexicon& EventCoder::lexicon() const { return impl_->lex; }
const CoderOptions& EventCoder::options() const { return impl_->options; }

// One sentence alone: its tokens, tagged when it may yield an event.
void EventCoder::Impl::PrepareSentence(std::string_view sentence, Scratch* s) const {
  splitter.Tokenize(sentence, &s->sentence_split);
  code::MakeSentenceTokens(sentence, s->sentence_split, 0, s->sentence_split.tokens.size(),
                           compiled.words, &s->toks);
  if (options.tagger && (options.keep_sourceless || analyzer->MayCode(s->toks))) {
    Sentence whole;
    whole.token_count = static_cast<uint32_t>(s->sentence_split.tokens.size());
    options.tagger->TagSentence(sentence, s->sentence_split, whole, &s->tag_scratch, &s->toks.tags);
    code::RepairTags(&s->toks);
  }
}

void EventCoder::CodeSentence(std::string_view sentence, int32_t date, Scratch* s,
                              std::vector<CodedEvent>* out, bool* discard_story) const {
  impl_->PrepareSentence(sentence, s);
  impl_->CodeTokens(s->toks, sentence, s->sentence_split, 0, date, "", nullptr, &s->analysis,
                    out, discard_story);
}

void EventCoder::CodeDocument(const Document& doc, Scratch* s, std::vector<Event>* out) const {
  impl_->splitter.Split(doc.text, &s->split);
  const int32_t date = DateToInt(doc.date);
  bool discard_story = false;
  std::vector<Event> events;
  std::string doc_country;
  int doc_country_count = 0;
  s->country_counts.clear();
  s->discourse.Clear();
  for (size_t si = 0; si < s->split.sentences.size(); ++si) {
    const Sentence& sent = s->split.sentences[si];
    code::MakeSentenceTokens(doc.text, s->split, sent.first_token, sent.token_count,
                             impl_->compiled.words, &s->toks);
    if (impl_->options.tagger && impl_->analyzer->MayCode(s->toks, &s->discourse)) {
      impl_->options.tagger->TagSentence(doc.text, s->split, sent, &s->tag_scratch, &s->toks.tags);
      code::RepairTags(&s->toks);
    }
    s->coded.clear();
    impl_->CodeTokens(s->toks, doc.text, s->split, sent.first_token, date, doc_country,
                      &s->discourse, &s->analysis, &s->coded, &discard_story);
    s->discourse.EndSentence(s->analysis, s->coded, &s->toks);
    // The document's main country: the one its actors have named most; a
    // dateline starts the count again (a news digest's next item, "NEW
    // DELHI -", is a story of its own). One person known only by
    // nationality counts half (code::OneNational), and so does a foreign
    // mission (code::ForeignMission): "An Australian ...
    // appeared in Christchurch District Court, New Zealand" is a story of
    // New Zealand, whose police arrested him.
    // The dateline's own place is where the reporter files from: the
    // story's country only until its sentences name one ("CAIRO -- Gunmen
    // opened fire ... at Tunisia's most renowned museum" are Tunisia's).
    if (sent.dateline) {
      s->country_counts.clear();
      doc_country.clear();
      doc_country_count = 0;
      std::string place;
      for (const code::ActorUnit& u : s->analysis.units)
        for (const std::string& c : u.codes)
          if (place.empty() && IsCountryPrefix(c) && !IsRegionCode(c)) place = c.substr(0, 3);
      s->discourse.SetDatelineCountry(place);
    }
    for (const code::ActorUnit& u : s->analysis.units) {
      if (sent.dateline) break;
      if (u.pronoun || u.anaphor) continue;  // counted where it was named
      const int weight =
          code::OneNational(u, s->toks) || code::ForeignMission(u, s->toks) ? 1 : 2;
      for (const std::string& c : u.codes)
        if (IsCountryPrefix(c) && !IsRegionCode(c)) {
          int n = s->country_counts[c.substr(0, 3)] += weight;
          if (n > doc_country_count) { doc_country_count = n; doc_country = c.substr(0, 3); }
        }
    }
    if (discard_story) return;
    for (const CodedEvent& c : s->coded) {
      if (c.mood != Mood::kAsserted && !impl_->options.all_moods) continue;
      const CameoCode* cameo = FindCameo(c.code);
      if (!cameo) cameo = FindCameoOrAncestor(c.code);
      if (!cameo) continue;  // not a CAMEO code (a private dictionary's own)
      Event e;
      e.doc_id = doc.id;
      e.sentence_id = static_cast<int>(si);
      e.sentence = doc.text.substr(sent.start, sent.end - sent.start);
      e.date = c.date ? FormatDate(c.date) : doc.date;
      e.source = RecordActorCode(c.source);
      e.target = RecordActorCode(c.target);
      e.source_text = c.source_text;
      e.target_text = c.target_text;
      e.cameo = std::string(cameo->code);
      e.root = std::string(cameo->root);
      e.quad_class = cameo->quad_class;
      e.goldstein = cameo->goldstein;
      e.plover = std::string(cameo->plover);
      e.mood = c.mood;
      e.pattern = impl_->lex.Where(c.pattern);
      e.location = c.location;
      events.push_back(std::move(e));
    }
  }
  for (Event& e : events) out->push_back(std::move(e));
}

void EventCoder::CodeStorySentence(std::string_view sentence, int32_t date, bool new_story,
                                   Scratch* s, std::vector<CodedEvent>* out,
                                   bool* discard_story) const {
  if (new_story) s->discourse.Clear();
  impl_->PrepareSentence(sentence, s);
  s->coded.clear();
  impl_->CodeTokens(s->toks, sentence, s->sentence_split, 0, date, "", &s->discourse,
                    &s->analysis, &s->coded, discard_story);
  s->discourse.EndSentence(s->analysis, s->coded, &s->toks);
  out->insert(out->end(), s->coded.begin(), s->coded.end());
}

SentenceFacts EventCoder::Facts(const Scratch* s) const {
  SentenceFacts f;
  const Analysis& an = s->analysis;
  const SentenceTokens& toks = s->toks;
  const code::Words& w = impl_->words;
  f.complex = an.complex_code;
  size_t first_verb = static_cast<size_t>(-1), first_null = first_verb;
  for (const VerbHit& v : an.verbs) {
    if (v.noun_reading) continue;
    const VerbBlock& block = impl_->lex.verbs[v.form->block];
    const VerbEntry& entry = block.verbs[v.form->entry];
    const std::string& code = entry.code.empty() ? block.code : entry.code;
    if ((code.empty() || code == "---") && impl_->compiled.patterns[v.form->block].empty()) continue;
    ++f.verbs;
    // A null-coded verb codes only through a pattern: the first verb for
    // NOACTPRIOR is another when there is one ("On accord Gondor repelled").
    if (code.empty() || code == "---") first_null = std::min(first_null, v.start);
    else first_verb = std::min(first_verb, v.start);
  }
  if (first_verb == static_cast<size_t>(-1)) first_verb = first_null;
  f.verb_found = f.verbs > 0;
  code::TabariConjunctions(toks, w, an, &f.conjunction_tokens);
  for (const code::ActorUnit& u : an.units) {
    ++f.actors;
    for (const std::string& c : u.codes) {
      f.complex = f.complex || c == "+++";
      f.discard = f.discard || c == "###";
    }
    if (f.verb_found && u.end <= first_verb) f.actor_before_verb = true;
    if (f.verb_found && u.start > first_verb) f.actor_after_verb = true;
  }
  for (size_t i = 0; i < toks.size() && i < an.group_at.size(); ++i) {
    const uint32_t id = toks.ids[i];
    if ((id == w.and_ || id == w.or_ || id == w.but || toks.upper[i] == "NOR") && an.group_at[i] < 0)
      ++f.conjunctions;
  }
  return f;
}

int32_t DateToInt(std::string_view d) {
  int32_t v = 0;
  int digits = 0;
  for (char c : d) {
    if (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); ++digits; }
    else if (c != '-') return 0;
  }
  return digits == 8 ? v : 0;
}

}  // namespace dyad
