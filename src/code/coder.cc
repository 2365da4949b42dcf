// The event coder: patterns, sources and targets, events, documents.
#include "dyad/coder.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "code/analysis.h"
#include "code/coder_impl.h"
#include "code/arguments.h"
#include "code/compiled.h"
#include "code/coref.h"
#include "code/deeds.h"
#include "code/location.h"
#include "code/pattern_matcher.h"
#include "code/tabari_actors.h"
#include "dyad/cameo.h"

namespace dyad {

using code::VerbHit;

using namespace code;  // the argument rules (arguments.h, deeds.h), the pattern matcher

void EventCoder::Impl::CodeTokens(const SentenceTokens& toks, std::string_view text,
                                  const SplitResult& split, size_t first, int32_t date,
                                  std::string_view doc_country,
                                  const code::Discourse* discourse, Analysis* an,
                                  std::vector<CodedEvent>* out, bool* discard_story) const {
  an->clear();
  // Discards.
  for (size_t i = 0; i < toks.size(); ++i) {
    bool sentence_discard = false;
    compiled.discards.MatchAt(toks, i, [&](size_t, const code::Payload& p) {
      if (lex.discards[p.index].whole_story && discard_story) *discard_story = true;
      sentence_discard = true;
    });
    if (sentence_discard) return;
  }
  analyzer->Run(toks, date, discourse, an);
  // (TABARI's DEFAULT codes a verb with no actor at all.)
  if (an->groups.empty() && !options.keep_sourceless) return;
  for (size_t i = 0; i < toks.size(); ++i) an->words.push_back(split.TokenText(text, first + i));
  FindDateMentions(an->words, date, &an->dates);
  if (!toks.tags.empty() && !an->verbs.empty()) {
    ChunkSentence(an->words, toks.tags, &an->chunks);
    AnalyzeClauses(an->words, toks.tags, an->chunks, &an->clauses);
  }
  if (options.persons_of_a_country_are_civilians) MarkPrivatePersons(toks, an);
  if (!options.tabari_actor_search) ShareTheCountryOfAList(an, toks, words);
  if (options.commerce_is_no_event) FirmsSeat(an, toks);
  if (options.infer_agent_country) InferAgentCountries(an, doc_country, toks, words, discourse);
  PatternMatcher matcher(compiled, toks, *an, options.tabari_actor_search, options.loose_pattern_gaps);

  auto unit_text = [&](size_t unit) -> std::string {
    const code::ActorUnit& u = an->units[unit];
    uint32_t b = split.tokens[first + u.start].start, e = split.tokens[first + u.end - 1].end;
    return std::string(text.substr(b, e - b));
  };

  // One event per source, target and code in a sentence (several verbs or
  // patterns may say the same thing).
  const size_t first_event = out->size();
  std::string location;  // of the verb being coded
  int32_t event_date = 0;
  uint32_t event_verb = 0, event_clause = 0;
  auto Push = [&](CodedEvent e) {
    e.location = location;
    e.date = event_date;
    e.verb = event_verb;
    e.clause = event_clause;
    for (size_t i = first_event; i < out->size(); ++i) {
      const CodedEvent& x = (*out)[i];
      if (x.source == e.source && x.target == e.target && x.code == e.code) return;
    }
    out->push_back(std::move(e));
  };
  const bool question = code::EndsWithAQuestion(toks);
  int last_subject = -1;
  bool subject_known = false;  // a verb before set last_subject (maybe to none)
  std::vector<uint32_t> tabari_conjunctions;
  if (options.tabari_actor_search) code::TabariConjunctions(toks, words, *an, &tabari_conjunctions);
  for (const VerbHit& v : an->verbs) {
    const code::CVerbForm& form = *v.form;
    const VerbBlock& block = lex.verbs[form.block];
    const VerbEntry& entry = block.verbs[form.entry];
    std::string code = entry.code.empty() ? block.code : entry.code;
    std::string paired = entry.code.empty() ? block.paired_code : entry.paired_code;
    SourceLoc loc = entry.loc;
    MatchState st;
    bool matched = false, literal = false;
    const bool noun = v.noun_reading && !(options.verb_in_verbless_clause &&
                                          VerblessClauseAfterActor(toks, *an, v));
    // TABARI: a noun is no verb at all ("in an accord with": manual 7.4).
    if (noun && options.tabari_actor_search) continue;
    for (const CPattern& p : compiled.patterns[form.block]) {
      MatchState s;
      if (noun && !p.literal_before) continue;
      // TABARI's "too complex" mark means nothing to PETRARCH-2, which reads
      // on to the next pattern ("- * FXLL DIPLOMATIC [+++]").
      if (p.code == "+++" && !options.tabari_actor_search) continue;
      if (matcher.Match(p, v, &s)) {
        matched = true;
        literal = !p.before.empty() || !p.after.empty();
        code = p.code;
        paired = p.paired_code;
        loc = p.loc;
        st = s;
        break;
      }
    }
    if (noun && !matched) continue;
    if (code == "###") return;  // the pattern discards the sentence
    if (code == "+++") an->complex_code = true;  // TABARI: too complex to code
    if (code.empty() || code == "---" || code == "+++" || code.find('?') != std::string::npos)
      continue;  // null codes, and the peers' "unsure" marks

    // Clause of the verb: back to the nearest clause word before it.
    size_t clause_start = 0;
    for (size_t i = v.start; i-- > 0;)
      if (an->clause_break[i] && !(an->aside[i] && !an->aside[v.pos])) {
        clause_start = i + 1;  // (a relative clause in an aside does not end it)
        break;
      }
    size_t clause_end = toks.size();
    for (size_t i = v.end; i < toks.size(); ++i)
      if (an->clause_break[i]) { clause_end = i; break; }
    // "Biden referred to himself as X and said ...": a verb phrase after "and" is a clause for
    // its objects, not for its subject (unless one follows: ", and the second accused him").
    auto clause_before = [&](size_t at) {
      for (size_t i = at; i-- > 0;)
        if (an->clause_break[i]) return i + 1;
      return size_t{0};
    };
    size_t subject_clause = clause_start;
    while (subject_clause > 0 && (toks.ids[subject_clause - 1] == words.and_ ||
                                  toks.ids[subject_clause - 1] == words.or_) &&
           !(toks.tags.size() > subject_clause && (toks.tags[subject_clause].xpos == Xpos::kDT ||
                                                   toks.tags[subject_clause].xpos == Xpos::kPRP)))
      subject_clause = clause_before(subject_clause - 1);

    event_verb = static_cast<uint32_t>(v.pos);
    event_clause = static_cast<uint32_t>(clause_start);
    {
      const DateMention* d = code::DateOfVerb(*an, v);
      event_date = d ? d->date : 0;
      if (options.history_is_background && date > 0 && code::DatedLongBefore(toks, *an, v, date)) continue;
      if (code::StandingState(toks, v)) continue;  // "who is supported by the Chinese government"
      auto [b, e] = code::FindLocation(toks, words, *an, clause_start, clause_end, v.start);
      location.clear();
      if (e > b)
        location = text.substr(split.tokens[first + b].start,
                               split.tokens[first + e - 1].end - split.tokens[first + b].start);
    }
    int source = st.source, target = st.target;
    const bool passive = analyzer->IsPassive(toks, v) ||
                         (options.complement_subjects && code::ReducedPassive(toks, words, *an, v));
    // Subject. After a comma ("X did Y, officials said") the actor nearest the verb; otherwise
    // the first actor of the clause that is not the object of a preposition ("Soldiers from
    // Gondor", "Gondor, backed by Arnor, attacked"); a verb coordinated with the one before
    // ("condemned X and promised Y") keeps that verb's subject.
    size_t last_comma = subject_clause;
    for (size_t i = subject_clause; i < v.start; ++i)
      if (toks.ids[i] == words.comma && an->group_at[i] < 0) last_comma = i + 1;
    // "Trump said Iran attacked Israel", "NPR reported Abdul-Mahdi
    // recommended": after another finite verb of the clause, the verb's
    // subject is an actor that follows that verb (the complement's own
    // subject), not the first of the clause.
    size_t subject_from = subject_clause;
    bool doubted = false;  // the verb is in the complement of "claimed", "alleged" ...
    const Xpos vx = toks.tags.empty() ? Xpos::kNN : toks.tags[v.pos].xpos;
    const bool finite_verb = analyzer->IsFinite(toks, v);
    if (!toks.tags.empty() && options.complement_subjects && finite_verb) {
      // ("claimed that Ukraine attacked": across the "that" to its verb.)
      size_t reach = subject_clause;
      if (reach > 1 && toks.ids[reach - 1] == words.that) reach = clause_before(reach - 1);
      code::FindComplementSubject(toks, words, *an, *analyzer, v, reach, &subject_from, &doubted);
    } else if (!toks.tags.empty() && options.complement_subjects) {  // (a participle's claim)
      doubted = code::InAClaimedComplement(toks, words, *analyzer, 0, v.pos);
    }
    int subject = -1, first_in_clause = -1, first_plain = -1, after_comma = -1;
    // ("In Washington, Josh Earnest condemned the attack and said ...": for
    // a verb after "and", an actor after the comma before any verb, not the
    // object of the verb it is joined to.)
    size_t verb_after_comma = v.start;
    const bool joined = v.start > 0 && toks.ids[v.start - 1] == words.and_ && !toks.tags.empty();
    for (size_t t = last_comma; t < v.start && joined; ++t)
      if (IsVerbTag(toks.tags[t]) && an->group_at[t] < 0 &&
          !analyzer->IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t])) {
        verb_after_comma = t;
        break;
      }
    for (size_t g = 0; g < an->groups.size(); ++g) {
      const code::ActorGroup& grp = an->groups[g];
      if (grp.start < subject_from || grp.end > v.start) continue;
      if (an->aside[grp.start] && !an->aside[v.pos]) continue;
      if (first_in_clause < 0) first_in_clause = static_cast<int>(g);
      const bool prep = code::AfterAPreposition(toks, words, *an, grp.start);
      if (!prep && first_plain < 0) first_plain = static_cast<int>(g);
      if (!prep && last_comma > subject_clause && grp.start >= last_comma &&
          grp.start < verb_after_comma)
        after_comma = static_cast<int>(g);
    }
    subject = after_comma >= 0 ? after_comma : first_plain >= 0 ? first_plain : first_in_clause;
    // "Banking sources in London said": where a subject no dictionary knows is, not who it is.
    if (subject >= 0 && subject == first_in_clause && first_plain < 0 && after_comma < 0 &&
        !toks.tags.empty() && code::PlaceOfAnUnknownSubject(toks, words, *an, an->groups[subject]))
      subject = -1;
    if (options.complement_subjects) {
      code::SubjectPastOpeningParticiple(toks, words, *an, subject_clause, v, &subject);
      if (subject == first_in_clause && first_plain < 0 && after_comma < 0 &&
          code::PlaceAfterClauseVerb(toks, words, *an, subject_from, subject))
        subject = -1;
    }
    // "captured the U.S. embassy, taking dozens of people hostage", "struck
    // Gondor, killing ...": a participle after a comma shares the main
    // verb's subject, never that verb's object.
    // So does one after "including", "by", "while", "after", "before",
    // "without" ("met world leaders ..., including meeting Pope Francis"),
    // where the subject rules of the tagger are in force (not for the
    // peers' suites: "celebrated Iftar ... after leaving Eriador" is no event there).
    if (vx == Xpos::kVBG && v.start > 0 &&
        (toks.ids[v.start - 1] == words.comma ||
         (options.complement_subjects && OpensAdverbialGerund(toks.upper[v.start - 1])) ||
         (v.start > 1 && toks.ids[v.start - 1] == words.and_ && toks.ids[v.start - 2] == words.comma))) {
      const int right_before = code::ActorRightBeforeFiniteVerb(toks, *an, *analyzer, subject_clause, v.start);
      if (right_before >= 0 && options.complement_subjects) {
        subject = right_before;
      } else if (subject_known) {
        subject = last_subject;
      } else if (subject >= 0) {
        for (size_t t = subject_clause; t < an->groups[subject].start; ++t) {
          const Xpos x = toks.tags[t].xpos;
          if ((x == Xpos::kVBD || x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kVBN) &&
              !analyzer->IsAuxiliaryOrAdverb(toks.ids[t], toks.upper[t])) {
            subject = -1;  // the first actor comes after a verb: an object
            break;
          }
        }
      }
    }
    // "condemned Arnor for attacking Gondor", "accused Iran of attacking":
    // the gerund's subject is the object before "for"/"of".
    if (vx == Xpos::kVBG && v.start >= 2 && an->group_at[v.start - 2] >= 0 &&
        (toks.ids[v.start - 1] == words.for_ || toks.ids[v.start - 1] == words.of))
      subject = an->group_at[v.start - 2];
    // "with farmers blockading banks": after "with", the actor right before
    // the gerund is its subject.
    if (vx == Xpos::kVBG && v.start >= 2 && an->group_at[v.start - 1] >= 0) {
      const int g = an->group_at[v.start - 1];
      size_t b = an->groups[g].start;
      if (b > 1 && (toks.ids[b - 1] == words.the || toks.ids[b - 1] == words.a)) --b;
      if (b > 0 && (toks.upper[b - 1] == "WITH" || toks.upper[b - 1] == "WITHOUT")) subject = g;
    }
    // '"Iran must stop its attacks," said Mike Pompeo': after a quotation
    // the speaker follows the verb of saying; what the quotation names is
    // what the statement is about.
    int speaker = -1, inverted_about = -1;
    const bool inverted = st.source < 0 && code::SpeakerAfterVerb(toks, words, *an, v, &speaker);
    if (inverted) inverted_about = std::exchange(subject, speaker);
    // "anyone accused of a crime", "delegates pledged to Sanders": a
    // participle right after a noun describes that noun; its doer is not
    // an actor further back.
    if (subject >= 0 && !passive && ReducedRelative(toks, *an, v)) subject = -1;
    // "..., the same day that he dropped out, Bloomberg endorsed": an
    // unknown name is the subject; the event has no source we can code.
    if (subject >= 0 && !passive && UnknownNameBeforeVerb(toks, words, *an, *analyzer, v, subject,
                                                          options.complement_subjects))
      subject = -1;
    // "Hawkins predicted Trump would lose ... and asked voters": the main verb's subject.
    if (options.complement_subjects)
      code::SubjectOfAnEarlierFiniteVerb(toks, *an, subject_clause, v, &subject);
    // "The UN asked Israel to lift the blockade": Israel lifts it.
    if (options.complement_subjects && !passive) {
      const int asked = code::ObjectControlledSubject(toks, words, *an, v);
      if (asked >= 0) subject = asked;
    }
    {
      size_t i = v.start;
      while (i > 0 && (toks.upper[i - 1].size() > 2 && toks.upper[i - 1].compare(toks.upper[i - 1].size() - 2, 2, "LY") == 0)) --i;
      // "Warren commended Biden ... and said ...": the coordinated verb
      // keeps the first verb's subject, even one the dictionaries do not
      // know, rather than an actor from that verb's object.
      // (Not when the complement's subject is nobody we know: "confirmed
      // it has infected 200 people and killed three".)
      if (i > 0 && toks.ids[i - 1] == words.and_ && an->group_at[i - 1] < 0 &&
          subject_from != v.start) {
        if (last_subject >= 0 && (i < 2 || an->group_at[i - 2] < 0)) subject = last_subject;
        else if (last_subject < 0 && subject_known) subject = -1;
      }
      // "called it a terrible event but urged ...": the same subject.
      if (subject < 0 && clause_start > 0 && toks.ids[clause_start - 1] == words.but)
        subject = last_subject;
      // "he asked about the Muslim Brotherhood, called Omar a terrorist and
      // said ...": a finite verb right after a comma is the next of a list
      // of the same subject's verbs.
      if (i > 1 && toks.ids[i - 1] == words.comma && !toks.tags.empty() &&
          (vx == Xpos::kVBD || vx == Xpos::kVBZ) && !an->aside[i - 2] &&
          !analyzer->IsAuxiliaryOrAdverb(toks.ids[v.start], toks.upper[v.start]))
        code::SubjectOfAListOfVerbs(toks, *an, subject_clause, i, &subject);
    }
    // A relative clause ("her husband, who was arrested in May, and
    // promised ...") does not give the next coordinated verb its subject.
    const bool relative = clause_start > 0 && (toks.ids[clause_start - 1] == words.who ||
                                               toks.ids[clause_start - 1] == words.which);
    // Nor does a gerund or participle ("accused Trump of ignoring the facts
    // and said ..." is Pelosi's "said"): "and" joins finite verbs.
    const bool nonfinite = !toks.tags.empty() && !finite_verb &&
                           (vx == Xpos::kVBG || vx == Xpos::kVBN);
    if (!relative && !nonfinite) {
      last_subject = subject;
      subject_known = true;
    }
    // Object: the first actor after the verb in its clause; for "expressed
    // hopes that X ...", the subject of the "that" clause.
    int object = -1, by_agent = -1;
    const bool statement = code.compare(0, 2, "01") == 0;
    const bool compound_subject = subject >= 0 && an->groups[subject].units.size() > 1;
    const std::string_view code_root = std::string_view(code).substr(0, 2);
    const bool domestic_force = code_root == "14" || code_root == "17" || code_root == "18" ||
                                code_root == "19" || code_root == "20";
    // '"The authorities must show respect for life," said Philip Luther
    // at Amnesty International': a verb inside a quotation acts on nobody
    // in the attribution past its closing mark (a verb of saying within
    // six words after it; not scare quotes, 'said politicians have
    // "vilified" educators').
    size_t quote_end = toks.size();
    if (options.complement_subjects) {
      bool inside = false;
      for (size_t t = 0; t < v.start; ++t) inside = inside != IsQuoteMark(toks.upper[t]);
      size_t close = toks.size();
      for (size_t t = v.end; inside && t < toks.size() && close == toks.size(); ++t)
        if (IsQuoteMark(toks.upper[t])) close = t;
      for (size_t t = close + 1; t < toks.size() && t <= close + 6; ++t)
        if (SaysOrThinks(toks.upper[t])) {
          quote_end = close;
          break;
        }
    }
    auto find_object = [&](size_t from, size_t to) {
      bool comma = false;
      size_t scanned = from;
      for (size_t g = 0; g < an->groups.size(); ++g) {
        const code::ActorGroup& grp = an->groups[g];
        if (grp.start < from || grp.start >= to) continue;
        if (grp.start > quote_end) break;
        for (; scanned < grp.start; ++scanned) comma = comma || toks.ids[scanned] == words.comma;
        if (code::CommaThenFiniteVerb(toks, words, from, grp.start)) break;  // another verb's phrase
        if (an->aside[grp.start] == code::kAttribution && !an->aside[v.pos]) continue;
        // What the pattern names, of the subject's own country, is its instrument ("sent its
        // envoy to", "deployed troops"), not its target ("expelled the Libyan ambassador").
        if (g < 64 && (st.named >> g & 1) && SameCountry(*an, subject, static_cast<int>(g))) continue;
        // Past a comma, an actor that is the subject of a verb of its own (", a senior official
        // said") is not this verb's object. (", Reuters reported": any finite verb the tagger sees,
        // not only a dictionary verb.)
        if (comma && (SubjectOfNextVerb(*an, grp) ||
                      (!toks.tags.empty() && grp.end < toks.size() &&
                       (toks.tags[grp.end].xpos == Xpos::kVBD || toks.tags[grp.end].xpos == Xpos::kVBZ) &&
                       SaysOrThinks(toks.upper[grp.end]))))
          continue;
        // "... refused the offer, Arroyo told reporters": past a comma, the
        // hearer of another verb of saying is that verb's, not this one's.
        if (comma && options.complement_subjects && !toks.tags.empty()) {
          size_t b = grp.start;
          if (b > 1 && toks.ids[b - 1] == words.the) --b;
          const size_t t = b > 0 ? b - 1 : 0;
          const Xpos tx = toks.tags[t].xpos;
          if (t >= v.end && SaysOrThinks(toks.upper[t]) &&
              (tx == Xpos::kVBD || tx == Xpos::kVBZ || tx == Xpos::kVBP))
            continue;
        }
        // "stated arrests were made in Australia", "X and Y held talks in
        // Brussels": a place, not the one a statement is about, nor the
        // partner of a compound subject (who act on each other); nor, for
        // a plain statement, "travel from China", "outside Washington".
        // "Turkey and Libya agreed on a line ... between Crete and Cyprus"
        // (CoderOptions::partners_act_on_each_other).
        if (options.partners_act_on_each_other && compound_subject &&
            (!matched || (st.target < 0 && code_root != "03")) &&
            (code_root == "03" || code_root == "04" || MutualCooperation(code) || code_root == "06") &&
            grp.start != v.end && !(grp.start > 0 && toks.ids[grp.start - 1] == words.with))
          continue;
        // "Trump withdrew the US from a treaty with Iran": a state organ does
        // not act on its own country; "as did Bolton" is another subject.
        if (subject >= 0 && !domestic_force && OwnCountry(toks, *an, subject, static_cast<int>(g))) {
          // ... when another actor follows in the clause to be the target
          // ("Trump visited California" stays a domestic visit).
          bool other = false;
          for (size_t h = g + 1; h < an->groups.size() && !other; ++h)
            other = an->groups[h].start < to && !OwnCountry(toks, *an, subject, static_cast<int>(h));
          if (other) continue;
        }
        // (Nor "as did X", one to undergo what an appeal asks for, the victim
        // of the crime a charge is about, a state organ a country's plain
        // statement names: subjects.cc.)
        if (code::AfterAsDid(toks, words, *an, grp.start) ||
            (code_root == "02" && code::UndergoesTheActAskedFor(toks, grp)) ||
            ((code_root == "09" || code_root == "11" || code_root == "17") &&
             code::VictimOfACrime(toks, words, grp.start)) ||
            (code == "010" && subject >= 0 && code::BareCountryToItsOrgan(*an, subject, static_cast<int>(g))))
          continue;
        // "announced deals between Israel and Bahrain": the pair are the
        // parties of the deal the object names, not the subject's partners
        // (CoderOptions::partners_act_on_each_other)
        // (criticism of the deal is aimed at them: "denounced the memoranda
        // between Turkey and Libya").
        if (grp.start > 0 && toks.upper[grp.start - 1] == "BETWEEN" &&
            (code_root == "05" || code_root == "06") && options.partners_act_on_each_other)
          continue;
        // "a security initiative for the Persian Gulf", "the dawn of a new
        // Middle East": a world region is a topic or a place, not a party,
        // except to a show of force or a mediation.
        // ("African countries", "European leaders" are states and people).
        if (code_root != "15" && code_root != "04") {
          bool region = true;
          for (size_t u : grp.units)
            for (const std::string& c : an->units[u].codes)
              region = region && IsRegionCode(c) && c.size() == 3;
          const std::string_view after = grp.end < toks.size() ? std::string_view(toks.upper[grp.end]) : "";
          if (after == "COUNTRIES" || after == "NATIONS" || after == "STATES" || after == "PEOPLES")
            region = false;
          if (region) continue;
        }
        // "to discuss Libya-Turkey relations": the actors name a topic;
        // "a statue of President Jackson": a likeness.
        if (code::AllowedByAnInfinitive(toks, words, grp.start)) break;  // (nor what it would do)
        if (NamesRelations(toks, *an, g) || LikenessOf(toks, words, grp.start) ||
            (statement && !matched && (code::PatientOfAReportedFact(toks, *an, grp, v) ||
                                       (code == "010" && code::NationalityOfAThing(toks, *an, grp)))) ||
            (code == "010" && code::WhereAnIncursionGoes(toks, grp.start)))
          continue;
        // A place is no target ("met in Cairo", "spoke in Wilmington,
        // Delaware"), except that protest, coercion and force at home are
        // aimed at the place's people ("police arrested twelve people in
        // Tamil Nadu, India": IND -> IND; "in the federal court of Canada").
        size_t before_article = grp.start;
        if (before_article > 1 && (toks.ids[before_article - 1] == words.the ||
                                   toks.ids[before_article - 1] == words.a))
          --before_article;
        const uint32_t prep_before = before_article > 0 ? toks.ids[before_article - 1] : code::kNoWord;
        // (But an international lender's aid goes to the country it is
        // spent in: "approved two loans for projects in Bangladesh and Nepal".)
        const bool aid_to_place = prep_before == words.in && subject >= 0 &&
                                  (code.compare(0, 3, "033") == 0 || code.compare(0, 2, "07") == 0) &&
                                  GroupOfInternationalBody(*an, subject);
        if (grp.start > 0 && !options.places_as_targets && !aid_to_place &&
            (prep_before == words.in || PlaceApposition(toks, words, *an, grp.start) ||
             PlacePreposition(toks, words, grp.start)) &&
            !(domestic_force && SameCountry(*an, subject, static_cast<int>(g))))
          continue;
        // "clashed in front of parliament with the police", "rallied
        // outside the embassy against X": a building where it happened,
        // when another actor follows in the clause to be the target (a
        // protest outside an embassy alone is aimed at it).
        if (!options.places_as_targets && BeforeABuilding(toks, words, grp.start) &&
            g + 1 < an->groups.size() && an->groups[g + 1].start < to)
          continue;
        // "called for the safe zone for refugees", "talks for US troops to
        // begin leaving": whom something is for (after a noun, not "called
        // for X") benefits from it; it is not the party acted on (but what is
        // said, pledged, aid, support and cooperation "for X" go to X).
        // (Not for the peers, whose coders take such actors: places_as_targets.)
        if (!matched && !options.places_as_targets && grp.start > 1 &&
            toks.ids[grp.start - 1] == words.for_ && grp.start - 1 > v.end && code_root != "01" &&
            code_root != "03" && code_root != "05" && code_root != "06" && code_root != "07")
          continue;
        // "a press conference discussing concerns about Russian
        // interference": what a consultation is about is not a party to it.
        if (code_root == "04" && grp.start > 0) {
          size_t k = grp.start;
          while (k > v.end && (toks.ids[k - 1] == words.the || toks.ids[k - 1] == words.and_ ||
                               toks.ids[k - 1] == words.comma || an->group_at[k - 1] >= 0))
            --k;
          const std::string& p = toks.upper[k - 1];
          if (p == "ABOUT" || p == "REGARDING" || p == "CONCERNING" || p == "OVER") continue;
        }
        // "with the exception of Cyprus", "except Turkey": left out.
        if (grp.start >= 2 && (toks.upper[grp.start - 1] == "EXCEPT" ||
                               (toks.upper[grp.start - 1] == "OF" &&
                                toks.upper[grp.start - 2] == "EXCEPTION") ||
                               (toks.upper[grp.start - 1] == "THAN" &&
                                toks.upper[grp.start - 2] == "OTHER") ||
                               toks.upper[grp.start - 1] == "EXCLUDING"))
          continue;
        if ((statement || compound_subject) && grp.start > 0) {
          const uint32_t prev = toks.ids[grp.start - 1];
          const std::string& p = toks.upper[grp.start - 1];
          if (prev == words.in || prev == words.at || prep_before == words.at ||
              (code == "010" && (prev == words.from || p == "OUTSIDE" || p == "NEAR" ||
                                 p == "ACROSS" || p == "THROUGHOUT" || p == "INSIDE" ||
                                 p == "WITHIN" || p == "AROUND")))
            continue;
        }
        // "said he would": a subject pronoun starts a clause of its own.
        const code::ActorUnit& lead = an->units[grp.units[0]];
        // "acknowledged their government had ...": the subject's own
        // agents are not what it acts on.
        // "Corbyn said his Labour Party ...": nor its own party.
        if (grp.start > 0) {
          const uint32_t prev = toks.ids[grp.start - 1];
          const bool own = prev == words.its || prev == words.his || prev == words.her ||
                           prev == words.their || prev == words.our;
          bool same = false;
          if (own && lead.has_actor && subject >= 0)
            for (size_t su : an->groups[subject].units)
              for (const std::string& c : an->units[su].codes)
                same = same || (!lead.codes.empty() && c == lead.codes[0]);
          if (own && (!lead.has_actor || same)) continue;
        }
        if (lead.pronoun && !lead.description && toks.upper[lead.start] != "HIM" &&
            toks.upper[lead.start] != "THEM")
          continue;
        if (object < 0) object = static_cast<int>(g);
        // "by X", "by members of X": the agent of a passive verb, unless
        // another verb comes first ("was said to have been injured by X").
        for (size_t k = grp.start; by_agent < 0 && k > 0 && k + 4 > grp.start && k > v.end; --k)
          if (toks.ids[k - 1] == words.by && !VerbBetween(toks, *an, v.end, k - 1) &&
              OnlyDeterminersBetween(toks, words, k, grp.start))
            by_agent = static_cast<int>(g);
      }
    };
    find_object(v.end, clause_end);
    // (Force keeps a possessive: "captured one of Iraq's fortifications".)
    if (object >= 0 && !matched && options.complement_subjects && !domestic_force &&
        code_root != "17" && code::PossessiveInAnotherPhrase(toks, words, *an, v, object))
      object = -1;
    // "urging the PUC to establish ... and make the companies provide": a
    // proper name no dictionary knows right after the verb is its object
    // (the tagger's subject rules in force).
    if (object >= 0 && !matched && options.complement_subjects && code.compare(0, 2, "01") != 0 &&
        code::UnknownNameFirstAfterVerb(toks, words, *an, v, object))
      object = -1;
    // "attacked the proclamation of the Golan Heights as Israeli territory
    // by the US President", "condemned the annexation of Crimea by Russia":
    // the doer of the act the object names is what the verb is aimed at.
    if (!passive && object >= 0 && by_agent > object) {
      const size_t at = an->groups[object].start;
      if (at >= 2 && toks.ids[at - 1] == words.of && NamesAnAct(toks.upper[at - 2]))
        object = by_agent;
    }
    if (inverted) {
      object = inverted_about != subject ? inverted_about : -1;
      by_agent = -1;
    }
    // (Not the "that" of a relative clause: "proposed a bill that would have allowed X".)
    if (object < 0 && clause_end < toks.size() && toks.ids[clause_end] == words.that && !inverted &&
        !(options.complement_subjects && code::RelativeThatWithoutActorSubject(toks, words, *an, clause_end))) {
      size_t next_end = toks.size();
      for (size_t i = clause_end + 1; i < toks.size(); ++i)
        if (an->clause_break[i]) { next_end = i; break; }
      find_object(clause_end + 1, next_end);
      by_agent = -1;
    }
    // A bare statement verb is addressed to its direct object or about an actor the dictionaries
    // name, not about whatever its report mentions.
    if (!matched && object >= 0 &&
        code::NotWhatAStatementIsAbout(toks, words, *an, *analyzer, v, code, object,
                                       options.complement_subjects))
      object = -1;
    // "Weinberger said four U.S. destroyers attacked the platform", "Reagan
    // said the U.S. military would protect Kuwaiti oilers": a state's
    // account of what its own forces or agencies do is no act toward them
    // (unless said to them: "told the Pentagon").
    if (!matched && object >= 0 && code == "010" && subject >= 0 && options.complement_subjects &&
        !AddressedDirectly(toks, words, v, an->groups[object].start) &&
        OwnStateOrgan(*an, subject, object))
      object = -1;
    // "said the crash was likely Iran's doing": a statement that blames is
    // an accusation (112), one that disparages ("null and void") criticism
    // (111), also through a pattern that only says "that" follows.
    if (code == "010" && object >= 0) {
      const char* sharper = StatementTone(toks, v.end, code::ToneEnd(toks, *an, v));
      if (sharper) code = sharper;
    }
    // "a ceasefire plan put forward by mediators from Saudi Arabia": a
    // participle after a noun with its own "by" agent is a reduced passive;
    // its doer is the agent and what it was done to is the noun, not the
    // clause's subject.
    const bool reduced_passive =
        !passive && by_agent >= 0 && !toks.tags.empty() && toks.tags[v.pos].xpos == Xpos::kVBN &&
        v.start > 0 && (toks.tags[v.start - 1].xpos == Xpos::kNN || toks.tags[v.start - 1].xpos == Xpos::kNNS) &&
        an->group_at[v.start - 1] < 0;
    if (!passive && !reduced_passive && by_agent < 0 && options.complement_subjects &&
        code::ParticipleWithUnnamedDoer(toks, *an, v))
      subject = -1;
    if (reduced_passive) {
      if (source < 0) source = by_agent;
      if (target == by_agent) target = -1;
    } else if (passive) {
      if (source < 0) source = by_agent;
      if (target < 0) target = subject;
    } else {
      if (source < 0) source = subject;
      if (target < 0) target = object;
    }
    // "Eriador agrees with the Philippines and France": a pattern's "%"
    // after the verb is its target when the clause has a subject of its own
    // (as PETRARCH reads it; TABARI's members still act on each other).
    bool pattern_reciprocal = st.source >= 0 && st.source == st.target;
    if (pattern_reciprocal && !passive && !options.tabari_actor_search && subject >= 0 && subject != st.source &&
        an->groups[st.source].start >= v.end && source == st.source) {
      source = subject;
      pattern_reciprocal = false;
    }
    // "Two Americans were arrested in Iran": the state there did it.
    std::string implied_source, implied_target;
    int people = -1;
    // (Before the story names a country, the dateline's: "MOSCOW - A
    // journalist was arrested".)
    const std::string_view home =
        doc_country.empty() && discourse ? std::string_view(discourse->DatelineCountry()) : doc_country;
    if (passive && source < 0 && options.implied_state_agent)
      code::ImpliedStateAgent(toks, words, *an, *analyzer, v, code, clause_start, clause_end, target,
                              home, &implied_source, &implied_target, &people);
    // "sold fighter jets to Algeria": the jets are goods, Algeria the target.
    if (!passive) target = code::RecipientPastGoods(toks, *an, v, target);
    // "Colombia bought 25,000 tonnes of French soft wheat": commerce.
    if (options.commerce_is_no_event && code_root == "06" && code::MarketDeal(toks, *an, v, target))
      continue;
    // "The Bank of Japan intervened ... to support the dollar": no force.
    if (options.commerce_is_no_event && code::MarketIntervention(toks, *an, v)) continue;
    // TABARI's own search instead (CoderOptions::tabari_actor_search).
    bool tabari_reciprocal = false;
    int only_unit = -1;  // TABARI: a compound source's member is the target
    if (options.tabari_actor_search) {
      const code::TabariRoles r =
          code::TabariActorSearch(*an, v, st.source, st.target, st.skipped, passive,
                                  tabari_conjunctions, options.tabari_default_prior,
                                  options.tabari_default_after);
      source = r.source;
      target = r.target;
      tabari_reciprocal = r.reciprocal || r.target_unit >= 0;
      only_unit = r.target_unit;
    }
    Mood mood = analyzer->MoodOf(toks, *an, v);
    mood = code::ClauseMood(toks, words, *an, v, clause_start, mood);
    if (options.complement_subjects) mood = code::WantedDeedMood(toks, *an, v, mood);
    // A question asserts nothing: "What can you do to improve relations?"
    if (mood == Mood::kAsserted && question) mood = Mood::kHypothetical;
    if (mood == Mood::kAsserted && doubted) mood = Mood::kHypothetical;
    // "announced plans to impose tariffs": a statement whose pattern names a
    // deed (163) tells of a plan when a word of one comes before the deed's
    // word: a threat (1312) or an intent (071 -> 0331), else not done.
    if (mood == Mood::kAsserted && matched && literal && block.code.compare(0, 2, "01") == 0 &&
        code.compare(0, 2, "01") != 0 && st.first_word_after < toks.size() &&
        PlannedBefore(toks, v.end, st.first_word_after)) {
      const std::string planned = code::PlannedDeedCode(code);
      if (planned.empty()) mood = Mood::kHypothetical;
      else code = planned;
    }
    // "visits Japan next Monday", "will explain ... when he visits": what the
    // text dates after the story, or puts in a clause of time under a future,
    // is to come.
    if (mood == Mood::kAsserted &&
        (code::DatedAfterStory(*an, v, date) || code::FutureClauseOfTime(toks, v)))
      mood = Mood::kHypothetical;
    // (Not "said no talks were held", which was said.)
    if (mood == Mood::kAsserted && options.complement_subjects && !statement &&
        code::NothingDone(toks, v))
      mood = Mood::kNegated;
    // "Neither the House nor the Senate have provided the money": no one did.
    if (mood == Mood::kAsserted && source >= 0 && NeitherNor(toks, words, an->groups[source]))
      mood = Mood::kNegated;

    // One group as both source and target ("was joined by A, B and C" read
    // as "+ *" and a passive) acts on itself: nothing, unless a pattern's
    // "%" said the members act on each other.
    const bool reciprocal = pattern_reciprocal || tabari_reciprocal;
    // src_unit / tgt_unit >= 0: only that unit of the group.
    auto emit = [&](int src, int tgt, const std::string& c, int src_unit, int tgt_unit) {
      if (src >= 0 && src == tgt && !reciprocal) return;
      std::vector<std::pair<std::string, std::string>> srcs, tgts;  // code, text
      // "Eight people were killed in a blast", "500 people arrested during
      // the riots": a crowd counted by the head is the doer of a protest or
      // a fight only ("10,000 people marched", "people ... attacking
      // troops").
      // (Nor on another crowd: "it has infected over 200 people and killed
      // three people" is the virus's.)
      bool crowd_on_crowd = tgt >= 0;
      if (tgt >= 0)
        for (size_t u : an->groups[tgt].units) crowd_on_crowd = crowd_on_crowd && an->units[u].counted;
      const bool crowd_acts =
          c.compare(0, 2, "14") == 0 || (c.compare(0, 2, "19") == 0 && !crowd_on_crowd);
      if (src >= 0)
        for (size_t u : an->groups[src].units)
          if ((src_unit < 0 || u == static_cast<size_t>(src_unit)) &&
              (!an->units[u].counted || crowd_acts))
            for (const std::string& cc : an->units[u].codes) srcs.emplace_back(cc, unit_text(u));
      // (Nor what a protest is aimed at: "staged protests ... and three
      // people died".)
      if (tgt >= 0)
        for (size_t u : an->groups[tgt].units)
          if ((tgt_unit < 0 || u == static_cast<size_t>(tgt_unit)) &&
              !(an->units[u].counted && c.compare(0, 2, "14") == 0))
            for (const std::string& cc : an->units[u].codes) tgts.emplace_back(cc, unit_text(u));
      code::DropCoveredCodes(&srcs);
      code::DropCoveredCodes(&tgts);
      // Actors joined with no object act on each other: "X and Y met";
      // three or four in meetings, agreements and cooperation ("Cyprus,
      // Greece and Israel met"), but not in what each does alone ("all
      // three offered assistance").
      // Two act on each other in meetings, agreements, intents, cutting
      // ties and fighting; not in statements, appeals, criticism or protest
      // ("X and Y called for calm", "boycotted by X and Y"), and "they", one
      // word for a pair, only in the first four ("they are worried").
      const std::string_view root = std::string_view(c).substr(0, 2);
      const bool mutual_root = root == "04" || MutualCooperation(c) || root == "06";
      const bool one_pronoun = src >= 0 && an->groups[src].units.size() == 1 &&
                               an->units[an->groups[src].units[0]].pronoun;
      const bool mutual_pair = mutual_root || root == "03" ||
                               (!one_pronoun && (root == "16" || root == "19" || root == "20") &&
                                !ActsOnAThing(toks, *an, v));
      auto rejected = [&](const std::string& a, const std::string& b) {
        return code::NoSuchEvent(c, block.code, a, b, options);
      };
      // A meeting or cooperation needs a counterpart: "X met" alone is none
      // (unless a peer fills in default actors: TABARI's DEFAULT).
      if (tgt < 0 && mutual_root && srcs.size() < 2 && !options.keep_sourceless) return;
      if (tgt < 0 && src >= 0 && !options.tabari_actor_search &&
          ((srcs.size() == 2 && mutual_pair) || (mutual_root && srcs.size() >= 2 && srcs.size() <= 4))) {
        for (const auto& a : srcs)
          for (const auto& b : srcs)
            if (a.first != b.first && !rejected(a.first, b.first))
              Push(CodedEvent{a.first, b.first, a.second, b.second, c, mood, loc, {}, 0});
        return;
      }
      // Every event needs a source; without allow_missing_actors a target too.
      const bool sourceless = options.keep_sourceless && options.allow_missing_actors;
      if (srcs.empty() && !implied_source.empty()) srcs.emplace_back(implied_source, "");
      if (srcs.empty()) {
        if (!sourceless) return;
        srcs.emplace_back("---", "");
      }
      if (tgts.empty() && !implied_target.empty()) {
        const auto& t = split.tokens[first + static_cast<size_t>(people)];
        tgts.emplace_back(implied_target, std::string(text.substr(t.start, t.end - t.start)));
      }
      // "Hong Kong residents marched against the extradition bill", "9,000
      // miners went on strike": a protest or strike by the people (the
      // opposition, workers, students, farmers, civilians, refugees), aimed
      // at nothing coded, is aimed at their own country: a domestic event.
      // (Not a firm's, nor a state's: "Spain protested" is diplomacy.)
      if (tgts.empty() && c.compare(0, 2, "14") == 0 && !srcs.empty() &&
          options.complement_subjects) {
        const std::string& s = srcs.front().first;
        if (s.size() >= 6 && IsCountryPrefix(s) && !IsRegionCode(s.substr(0, 3)) &&
            code::PeoplesRole(std::string_view(s).substr(3, 3)))
          tgts.emplace_back(s.substr(0, 3), "");
      }
      // "Thailand declared a state of emergency", "Vucic eased lockdown
      // measures": a state's curfew or lockdown, emergency or martial law
      // (1723, 1724) and their easing (0813, 0814), aimed at nothing coded
      // or at a place of its own ("in Bangkok"), bind its own people (THA ->
      // THACVL). (Not every ban or restriction: "the court prohibited
      // Tangent from acquiring shares", "Pakistan suspended the licences".)
      if (!srcs.empty() && options.complement_subjects &&
          (c == "1723" || c == "1724" || c == "0813" || c == "0814")) {
        const std::string& s = srcs.front().first;
        if (s.size() >= 3 && IsCountryPrefix(s) && !IsRegionCode(s.substr(0, 3)) &&
            (s.size() == 3 || IsStateRole(std::string_view(s).substr(3)))) {
          const std::string own_people = s.substr(0, 3) + "CVL";
          if (tgts.empty()) tgts.emplace_back(own_people, "");
          for (auto& t : tgts)
            if (t.first.size() == 3 && s.compare(0, 3, t.first) == 0) t.first = own_people;
        }
      }
      if (tgts.empty()) {
        if (!options.allow_missing_actors &&
            !(options.one_sided_events && OneSidedCode(c, literal, srcs.front().first)))
          return;
        // "..., a senior official said on Saturday": a bare statement verb
        // with nobody addressed is the attribution of the sentence, not an
        // event (PETRARCH-2 codes none; TABARI's DEFAULT may fill one in).
        if (!literal && c.compare(0, 2, "01") == 0 && !options.keep_sourceless) return;
        // PETRARCH-2 takes a missing target from the phrase after the verb
        // ("said on Saturday": "---"); with none there ("said today.") no event.
        if (!options.keep_sourceless && NothingAfter(an->words, v.end, clause_end)) return;
        tgts.emplace_back("---", "");
      }
      auto known = [](const std::string& x) { return !x.empty() && x.compare(0, 3, "---") != 0; };
      // "The US carried out the airstrike", "the Pentagon justified the
      // strike": an earlier event by the source's own state (USA, USAMIL,
      // USAGOV) is its own deed, not something done to it.
      const bool anaphor_target = tgt >= 0 && an->units[an->groups[tgt].units[0]].anaphor;
      // One answers an earlier deed ("condemned the attack", "rejected the
      // accusation"), but does not meet or consult it: "discussed how their
      // lives had been affected by ... the restrictions".
      if (anaphor_target && root == "04") return;
      // Two people of one role are still two actors ("President Trump lashed
      // out at the mayor"): the same code on both sides only then, in
      // conflict (10-20; cooperation within one government is mostly
      // routine), and never for one name twice ("Trump ... Trump opponent").
      auto named_persons = [&](int g) {
        for (size_t u : an->groups[g].units)
          if (!an->units[u].person || an->units[u].pronoun || an->units[u].anaphor) return false;
        return true;
      };
      const bool two_people = src >= 0 && tgt >= 0 && c.compare(0, 2, "10") >= 0 &&
                              named_persons(src) && named_persons(tgt);
      // "The Federal Reserve Board approved the company's purchase": a
      // regulator's or a court's approval of a firm's business is commerce,
      // not an endorsement.
      const bool approval = options.commerce_is_no_event && c.compare(0, 3, "051") == 0 &&
                            code::ApprovalVerb(toks, v);
      // "It said Chrysler is discussing the supply of engines": a bare
      // statement about a firm of the speaker's own country, not made to
      // it, is business news.
      const bool about_a_firm = options.commerce_is_no_event && c == "010" &&
                                !(tgt >= 0 && AddressedDirectly(toks, words, v, an->groups[tgt].start));
      for (const auto& a : srcs)
        for (const auto& b : tgts) {
          if (a.first == b.first && known(a.first) &&
              (!two_people || LastWord(a.second) == LastWord(b.second)))
            continue;
          if (anaphor_target && StateOrgansOfOneCountry(a.first, b.first)) continue;
          if (rejected(a.first, b.first)) continue;
          // "Azerbaijan's foreign ministry said Baku welcomed ...": a
          // statement about one's own country is no interaction.
          if (c.compare(0, 2, "01") == 0 && b.first.size() == 3 && known(b.first) &&
              a.first.compare(0, 3, b.first) == 0)
            continue;
          // Nor its appeals, intents, criticism or threats ("claiming a right for Turkey").
          if (OwnCountryAlone(c, a.first, b.first, b.second)) continue;
          // An event needs at least one actor we can place; where actors
          // may be missing, an agent of no known country will do ("a
          // senior official said on Saturday": ---GOV -> ---).
          const bool agent_source = options.allow_missing_actors && a.first.size() > 3;
          if (!known(a.first) && !known(b.first) && !sourceless && !agent_source) continue;
          if (approval && IsFirmCode(b.first)) continue;
          // (A state's statement about a foreign firm may be trade policy:
          // "the Finance Ministry said all the British banks had promised".)
          if (about_a_firm && IsFirmCode(b.first) &&
              !(IsCountryPrefix(a.first) && IsCountryPrefix(b.first) &&
                a.first.compare(0, 3, b.first, 0, 3) != 0 && !IsFirmCode(a.first)))
            continue;
          // "The Bundesbank provided banks with liquidity": a central bank
          // dealing with its own country's banks and investors.
          if (options.commerce_is_no_event &&
              (code::MonetaryRoutine(a.first, a.second, b.first) ||
               code::MonetaryRoutine(b.first, b.second, a.first)))
            continue;
          // Firms wage no war: "the meat industry will seek to have the
          // government retaliate", "BANK BOARD TAKES CONTROL OF FLORIDA THRIFT".
          if (options.commerce_is_no_event && IsFirmCode(a.first) &&
              (c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0))
            continue;
          Push(CodedEvent{a.first, b.first, a.second, b.second,
                          CooperationKind(c, a.first, b.first, options.commerce_is_no_event), mood,
                          loc, {}, 0});
        }
    };
    // "Bankers said China's debt rose", "oil traders said Nigerian Brass
    // River sold": market commentators' remarks are no political
    // statement (unless made to someone: "bankers told Brazil").
    if (code.compare(0, 2, "01") == 0 && source >= 0 && MarketCommentators(toks, *an, source) &&
        !(target >= 0 && AddressedDirectly(toks, words, v, an->groups[target].start)))
      continue;
    if (code::ForceBetweenPersons(*an, source, target, code)) code = "111";
    if (options.complement_subjects && code::ForceOnAnIdea(toks, *an, v, code)) code = "111";
    // "France protested over Canada's fishing ban", "Britain has protested
    // the Japanese limitations": a state's protest is a formal complaint
    // (114), not a demonstration (14), unless it takes to the streets.
    if (code.compare(0, 2, "14") == 0 && code.compare(0, 3, "145") != 0 && source >= 0 &&
        toks.upper[v.pos].compare(0, 7, "PROTEST") == 0 && StateSpeaks(toks, *an, source) &&
        !StreetsAfter(toks, v.end, clause_end))
      code = "114";
    emit(source, target, code, -1, only_unit);
    // "warrants for 36 people, including US President Donald Trump": an
    // actor a crowd includes is aimed at too.
    if (options.complement_subjects && target >= 0 && !options.tabari_actor_search) {
      const int included = code::IncludedInACrowd(toks, *an, target);
      if (included >= 0 && included != source) emit(source, included, code, -1, -1);
    }
    // ("Trump started the month visiting Kenosha, Wisconsin": no place at home hosts him.)
    if (!paired.empty() && paired != "---" && !code::PlaceAtHome(*an, source, target))
      emit(target, source, paired, only_unit, -1);
  }
  // "Warren announced she was endorsing Biden", "Pompeo posted a message
  // blaming Iran": a plain statement (010) between two actors says nothing
  // that a more telling event between them in the sentence does not.
  auto says_more = [&](const CodedEvent& x) {
    for (size_t j = first_event; j < out->size(); ++j) {
      const CodedEvent& y = (*out)[j];
      if (y.code != "010" && y.source == x.source && y.target == x.target && y.mood == x.mood)
        return true;
    }
    return false;
  };
  size_t kept = first_event;
  for (size_t i = first_event; i < out->size(); ++i) {
    const bool drop = (*out)[i].code == "010" && says_more((*out)[i]);
    if (!drop) {
      if (kept != i) (*out)[kept] = std::move((*out)[i]);
      ++kept;
    }
  }
  out->resize(kept);
}

}  // namespace dyad
