// Private: the rules that decide which actors of a sentence can be a verb's
// source or target, and how a plain statement is read: places, topics, names
// of things, quotations, reported clauses, passives ("by"), a state's own
// country, and the country of a bare agent. The coder (coder.cc) applies them.
#ifndef DYAD_SRC_CODE_ARGUMENTS_H_
#define DYAD_SRC_CODE_ARGUMENTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/analysis.h"
#include "code/coref.h"

namespace dyad::code {

// A CAMEO country (or region) prefix: three letters, not a role or group
// prefix such as IGO, NGO, MED.
bool IsCountryPrefix(std::string_view code);

// A CAMEO world-region code ("CRB" the Caribbean, "MEA" the Middle East):
// where a story happens, never the state its unnamed officials serve.
bool IsRegionCode(std::string_view code);

// The CAMEO code of announcing a plan to do `deed`: a threat for
// sanctions, cuts and force (163 -> 1312, 19 -> 138), an intent for
// cooperation (071 -> 0331, 06 -> 031, 08 -> 035); "" when CAMEO has none.
std::string PlannedDeedCode(std::string_view deed);

// "Danish media and government": an agent alone right after "and" and a
// country's agent shares that country (DNKMED, DNKGOV); "officials in
// Fornost and Gondor" are officials of each; "lawmakers and officials in
// Fornost" both of Fornost. In every mode.
void ShareTheCountryOfAList(Analysis* an, const SentenceTokens& toks, const code::Words& w);

// "Richco Grain Ltd of New York", "<Quintette Coals Ltd> of Canada": a
// country right after a firm's name and "of" is the firm's seat; the unit
// stands for a business of that country (USABUS, CANBUS), not the state.
void FirmsSeat(Analysis* an, const SentenceTokens& toks);

// One person known only by a country, as a national or a civilian ("An
// Australian": AUS; "a German tourist": DEUCVL); not an official, a former
// one (ELI), a rebel, a firm's man or a title ("his U.S. counterpart").
// Their nationality says less of where the story happens than a place or a
// state's organ.
bool OneNational(const ActorUnit& u, const SentenceTokens& toks);
// A state's mission abroad, named by its last word: "the US embassy", "the
// Russian ambassador", "Iranian diplomats". Where it stands is another
// state's country.
bool ForeignMission(const ActorUnit& u, const SentenceTokens& toks);
// A role of the people outside the state, who protest and strike: the
// opposition, workers, students, farmers, civilians, refugees ("OPP",
// "LAB", "EDU", "AGR", "CVL", "REF").
bool PeoplesRole(std::string_view role);

// Gives agents without a country ("---GOV") one: the unit named before with
// the same head word ("the embassy"), else the nearest country before them in
// the sentence, else the document's main country.
void InferAgentCountries(Analysis* an, std::string_view doc_country, const SentenceTokens& toks,
                         const code::Words& w, const code::Discourse* discourse);

// Events that need no target, when a pattern's words (not the bare verb)
// say what happened: claiming or denying responsibility and expressing
// sympathy (015, 016, 018: "claimed responsibility"), intentions (03 but
// the bare 030, meeting 036 and economic or humanitarian aid 0331, 0333, which
// need a recipient unless an international body (`source` IGO...) gives it:
// "promised to hold new elections") and force posture (15: "strengthened
// security measures").
bool OneSidedCode(std::string_view code, bool literal, std::string_view source = "");

// A verb starts right after group g (within two tokens): g is its subject.
bool SubjectOfNextVerb(const Analysis& a, const code::ActorGroup& g);

// "both Iran and Iraq have been attacking shipping": the verb at `v` has an
// object that is a thing no dictionary names (not a fight such as "a war",
// "fire", "accusations", nor "ties"), so the actors of a compound subject do
// not act on each other.
// Needs the clause analysis (false without tags).
bool ActsOnAThing(const SentenceTokens& toks, const Analysis& a, const VerbHit& v);

// of, in, from, by, with, for, at, on, to, against.
bool IsPreposition(uint32_t id, const code::Words& w);

// Both codes name one country's state: the country itself, its government,
// military, police or intelligence ("USA", "USAGOVMIL", "USAMIL").
bool StateOrgansOfOneCountry(std::string_view a, std::string_view b);

// A noun naming an act ("proclamation", "annexation", "killing", "seizure"),
// by its ending or from a few short words. (names_of_things.cc)
bool NamesAnAct(std::string_view u);

// A straight or curly double quotation mark, or `` and ''.
bool IsQuoteMark(std::string_view u);

// A quotation opens right after the verb ending at `from` (past a comma or
// a colon: 'said, "', 'wrote: "') and before `to`: what the verb says is a
// direct quote, and the words at `to` are in it.
bool QuoteOpensBetween(const SentenceTokens& toks, size_t from, size_t to);

// "in Wilmington, Delaware", "from Bishkek, Kyrgyzstan": the actor at `at`
// names where a place after in/at/from/near lies.
bool PlaceApposition(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                     size_t at);

// The actor at `at` follows a preposition of place other than "in" ("near
// the White House", "along", "across", "throughout", "the border with
// Mexico", "the city of Aleppo", "south of Los Angeles"): where something
// is, not whom it is done to; also "on" after a meeting ("a meet on Crete",
// "talks on Syria": its venue or topic).
bool PlacePreposition(const SentenceTokens& toks, const code::Words& w, size_t at);

// The actor at `at` follows "in front of", "outside", "opposite", "beside"
// or "next to": a building where something happened ("in front of
// parliament"), which may still be what a protest is aimed at.
bool BeforeABuilding(const SentenceTokens& toks, const code::Words& w, size_t at);

// Groups a and b (indexes, -1: none) name the same country first.
bool SameCountry(const Analysis& an, int a, int b);

// Group g (and a group joined to it by a dash) modifies "relations", "ties":
// "Libya-Turkey relations", "US ties"; or it is one of a pair joined by a
// dash before "border": "along the Syrian-Turkish border" (a place).
bool NamesRelations(const SentenceTokens& toks, const Analysis& an, size_t g);

// "a statue of X", "a portrait of X": X is depicted, not acted on.
bool LikenessOf(const SentenceTokens& toks, const code::Words& w, size_t at);

// Between "by" and an actor only words that lead up to it ("by the",
// "by members of", "by both"), not another noun ("hit by hurricanes according
// to CNN").
bool OnlyDeterminersBetween(const SentenceTokens& toks, const code::Words& w, size_t from,
                            size_t to);

// Group b is the bare country of the state organ that group a names
// (USAGOV and "the US"), by its name.
// A demonym ("Thai royals") names the country's people: a domestic target.
bool OwnCountry(const SentenceTokens& toks, const Analysis& an, int a, int b);

// A finite verb of saying, reporting or thinking that takes a clause.
bool SaysOrThinks(std::string_view u);

// A source whose role is the media or academia: "BBC" (GBRMED), "a
// professor" (USAEDU), "Reuters" (MED).
bool IsCommentator(std::string_view code);
// The media alone: "NBC News" (USAMED), "a reporter", "Reuters" (MED).
bool IsNewsMedium(std::string_view code);

// Verbs whose complement is put forward, not told as fact: "claimed",
// "alleged", "suggested", "believes", "fears", "suspects".
bool Doubts(std::string_view u);

// The code a plain statement's words make it: "112" when they blame
// someone (responsible, doing, perpetrators, illegal, interfering ...), "111"
// when they disparage (failed, void, disgrace, hoax ...), else null.
const char* StatementTone(const SentenceTokens& toks, size_t from, size_t to);

// A verb among tokens [from, to): by the tagger, else a dictionary verb.
bool VerbBetween(const SentenceTokens& toks, const Analysis& a, size_t from, size_t to);

// Among tokens [from, to) a reported clause's own verb: a verb by the
// tagger other than a copula ("was", "is" with no verb after them: "said
// the crash was likely Iran's doing" is about Iran), or a modal or
// auxiliary before one ("said he would meet", "said it is making").
// Needs tags (false without).
bool ReportedVerbBefore(const SentenceTokens& toks, const Analysis& a, const Analyzer& an,
                        size_t from, size_t to);

// "his Greek counterpart, Nikos Dendias": one actor named twice (GRC,
// GRCGOV) is one side; of (code, text) pairs, drops each code that another
// extends or repeats earlier, so the more specific code stays.
void DropCoveredCodes(std::vector<std::pair<std::string, std::string>>* codes);

// Group `object` after verb v is not what a bare statement of this code is
// about: for 010, not its direct object (or one after "to") nor an actor
// the dictionaries name, or a news medium, a description of an earlier
// event, a name in quoted words, the object of a reported clause whose
// subject no dictionary knows, or (complement_subjects) an actor past the
// reported clause's own verb or in an adverbial phrase of the verb ("said
// in addition to Benin"); for other comments (011-014), with
// complement_subjects, an actor past the reported clause's own verb.
bool NotWhatAStatementIsAbout(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                              const Analyzer& analyzer, const VerbHit& v, std::string_view code,
                              int object, bool complement_subjects);

// "with Spain's position unclear", "in line with Indonesia's production
// ceiling": group `object` is a possessive in a phrase that verb v does not
// govern (a preposition not right after the verb opens it); it owns a thing
// the sentence mentions and is not what a bare verb acts on.
bool PossessiveInAnotherPhrase(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                               const VerbHit& v, int object);

// "missions to the region hit by last Thursday's quake": verb v is a past
// participle after a common noun, with a "by" doer no dictionary names
// (`by_agent` found none); it describes the noun, and the clause's subject
// did not do it.
bool ParticipleWithUnnamedDoer(const SentenceTokens& toks, const Analysis& an, const VerbHit& v);

// "the Saudis buy nothing from Brazil", "sold no arms to Iran": verb v's
// object is "nothing", "none" or "no" + noun, so nothing was done.
bool NothingDone(const SentenceTokens& toks, const VerbHit& v);

// "Colombia bought 25,000 tonnes of French soft wheat", "the central bank
// bought dollars", "sold its stake", "importing Brazilian goods": verb v
// buys, sells or trades goods by the quantity, currencies, securities or
// firms, or goods whose origin is all that `target` (a group index, -1:
// none) names; not arms, and not "agreed to buy" (a base form: an
// undertaking). Business news, not a political event
// (CoderOptions::commerce_is_no_event; commerce.cc). Needs tags.
bool MarketDeal(const SentenceTokens& toks, const Analysis& an, const VerbHit& v, int target);

// "The Bank of Japan intervened in early afternoon Tokyo trading to support
// the dollar", "JAPAN CENTRAL BANK INTERVENES": verb v intervenes in a
// market: a bank (not the West Bank) before it in its clause, or a market
// or currency word in the dozen words after it. A central bank's dealing,
// not a political event (CoderOptions::commerce_is_no_event; commerce.cc).
bool MarketIntervention(const SentenceTokens& toks, const Analysis& an, const VerbHit& v);

// A state actor whose text names a bank ("Bank of Japan", "Bundesbank",
// "central bank", "Federal Reserve") with a firm of its own country (or of
// none) on the other side: monetary routine, not a political event
// (CoderOptions::commerce_is_no_event; commerce.cc).
bool MonetaryRoutine(const std::string& bank_code, const std::string& bank_text,
                     const std::string& other_code);

// Verb v is "approve" or "approval" ("has approved", "received approval"):
// with a firm as its target, a regulator's leave for business
// (CoderOptions::commerce_is_no_event; commerce.cc).
bool ApprovalVerb(const SentenceTokens& toks, const VerbHit& v);

// The role part of a state actor's code ("GOV", "MILSPY", "LEG", "JUD"):
// government, military, police, intelligence, legislature, judiciary.
bool IsStateRole(std::string_view role);

// The actor's text names a people: a demonym ("Thai" of "Thai royals") or
// its plural ("Americans", "the Turks", "Iraqis").
bool NamesAPeople(std::string_view text);

// A business actor's code: "BUS", "USABUS", "---BUS" (a firm's person), "MNC",
// "JPNBUSGOV".
bool IsFirmCode(std::string_view code);

// A state organ's (source) appeal, intent, criticism or threat (01-13 but
// 04) aimed at its own bare country (target), which is then a possessor or
// a topic ("Erdogan called for regional cooperation, claiming a right for
// Turkey"); not when the target's text names its people ("Thai royals",
// "Americans").
bool OwnCountryAlone(std::string_view code, std::string_view source, std::string_view target,
                     std::string_view target_text);

// Diplomatic cooperation (050) with an armed force is military (062), and
// with a firm, when `commerce` (CoderOptions::commerce_is_no_event),
// economic (061: "Boeing is collaborating with NASA"); other codes stay.
std::string CooperationKind(const std::string& code, std::string_view source,
                            std::string_view target, bool commerce);

// A title a state gives one person at a time: "president", "premier",
// "chancellor", "king", "queen", "emir", "sultan".
bool OnePerStateTitle(std::string_view upper);

// Group g follows "in" or "at" after a common noun no dictionary knows
// ("banking sources in London"): the place of a subject, not the subject.
bool PlaceOfAnUnknownSubject(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                             const code::ActorGroup& g);

// "journalists detained by Turkish police", "migrant families held in CBP
// custody": a participle right after the actor it was done to, then the
// actor who did it or the custody it keeps them in; a passive without "be".
bool ReducedPassive(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                    const VerbHit& v);

// "36 people, including US President Donald Trump", "20 people, among
// them two journalists": the group a counted crowd (group g) names after
// "including" or "among them" (-1: none).
int IncludedInACrowd(const SentenceTokens& toks, const Analysis& an, int g);

// The sentence ends with a question mark (possibly inside quotes).
bool EndsWithAQuestion(const SentenceTokens& toks);

// The mood of verb v given its word-walk mood: negation and modality the
// clause analysis sees, and the word opening its clause ("whether", "if",
// the "that" of a claim or of what someone wants done).
Mood ClauseMood(const SentenceTokens& toks, const code::Words& w, const Analysis& an,
                const VerbHit& v, size_t clause_start, Mood mood);
// "requested President Trump declare a state of emergency": a bare verb
// right after the actor asked is not told as done (kHypothetical).
Mood WantedDeedMood(const SentenceTokens& toks, const Analysis& an, const VerbHit& v, Mood mood);

// A verb or noun whose "that" clause is what someone wants done: "suggested",
// "urged", "demands", "proposal", "insisted", "asked".
bool WantsItDone(std::string_view u);

bool NamesAClaim(std::string_view upper);

// "sold fighter jets to Algeria", "supplied drones to Taiwan": group
// `target` right after a verb of giving or trade names the weapons, not a
// party (an agent word only: "fighter jets" would be MIL); the recipient
// after "to" is the target instead (-1: none). Else `target` (commerce.cc).
int RecipientPastGoods(const SentenceTokens& toks, const Analysis& an, const VerbHit& v,
                       int target);

// A comma among tokens [from, to).
bool CommaBetween(const SentenceTokens& toks, const code::Words& w, size_t from, size_t to);

// Verb `v`, read as a noun, follows an actor right away and its clause has
// no verb by the tagger: "Estonia act on a resolution with Libya".
bool VerblessClauseAfterActor(const SentenceTokens& toks, const Analysis& a, const VerbHit& v);

// The last space-separated word of a text ("President Trump" -> "Trump").
std::string_view LastWord(std::string_view text);

// Tokens [from, to) are a noun phrase no dictionary knows ("the plane",
// "evidence", "the first shipment") and perhaps auxiliaries: the subject of
// a reported clause that is no actor. Not a pronoun, and not "the country",
// "the nation" (the speaker's own state, unnamed).
bool NonActorSubject(const SentenceTokens& toks, const Analysis& a, size_t from, size_t to);

// "Ohio man", "a British woman", "Texas residents": a state's name before a
// word for private persons names those persons (USACVL), not the state
// (CoderOptions::persons_of_a_country_are_civilians).
void MarkPrivatePersons(const SentenceTokens& toks, Analysis* an);

// Verb v is a past participle and its preposition right after a noun, an
// actor or an indefinite pronoun, in a clause whose verb came before
// ("extradite anyone accused of a crime", "nominated with some delegates
// pledged to Sanders"): a reduced relative clause that describes the noun;
// it has no doer of its own.
bool ReducedRelative(const SentenceTokens& toks, const Analysis& a, const VerbHit& v);

// A capitalised proper noun no dictionary knows, or a common noun before a
// finite verb (not a time: "last week"), stands right before verb `v`
// (past auxiliaries and adverbs), after the clause's subject group and not
// in a noun phrase running back to it: that noun heads the subject.
// (common_nouns: CoderOptions::complement_subjects.)
bool UnknownNameBeforeVerb(const SentenceTokens& toks, const code::Words& w, const Analysis& a,
                           const Analyzer& analyzer, const VerbHit& v, int subject,
                           bool common_nouns);

// After a verb of saying or thinking earlier in the clause (searched back
// from verb v to `reach`): "said Iran attacked", "said that Iran", "said on
// Monday the United States had", "told police he supported". Sets where
// the subject is looked for (the complement's own subject; v.start: nobody
// we know) and whether the complement is only claimed ("claimed the
// Houthis attacked"). (subjects.cc)
void FindComplementSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                           const Analyzer& analyzer, const VerbHit& v, size_t reach,
                           size_t* subject_from, bool* doubted);

// Whether the non-finite verb at `verb` (a participle or gerund) belongs to
// what a verb of claiming earlier in the clause puts forward: "alleged Mahan
// had contributed to ... by supporting Assad", "claimed that the army had
// shelled the town, killing ten". Searched back to `reach`. (subjects.cc)
bool InAClaimedComplement(const SentenceTokens& toks, const Words& w, const Analyzer& analyzer,
                          size_t reach, size_t verb);

// Whether the actor starting at `start` stands after a preposition, past an
// article and lower-case words of a title ("in the assassination of the
// general Qasem Soleimani"): no subject of a verb after it. (subjects.cc)
bool AfterAPreposition(const SentenceTokens& toks, const Words& w, const Analysis& a, size_t start);
// The group standing right before (past adverbs and auxiliaries) the
// nearest finite verb in [from, end), the tagger's VBN too ("told reporters
// the rebels also scattered leaflets, encouraging ..."), or -1. (subjects.cc)
int ActorRightBeforeFiniteVerb(const SentenceTokens& toks, const Analysis& a,
                               const Analyzer& analyzer, size_t from, size_t end);

// "Addressing a conference on Japanese investment, Tabuchi said": the
// clause opens at `clause` with a participle, so its phrase up to the first
// comma holds no subject; *subject becomes the first group after that comma
// and before verb v (-1: none). (subjects.cc)
void SubjectPastOpeningParticiple(const SentenceTokens& toks, const Words& w, const Analysis& a,
                                  size_t clause, const VerbHit& v, int* subject);

// "while Funaro is in Washington holding talks": group `subject` follows
// "in" or "at" past a finite verb of the clause (searched from `from`): a
// place where the subject is, not the subject. (subjects.cc)
bool PlaceAfterClauseVerb(const SentenceTokens& toks, const Words& w, const Analysis& a,
                          size_t from, int subject);

// '"Iran must stop its attacks," said Mike Pompeo', "Russia attacked,
// said Germany": a finite verb of saying after a quotation or a clause
// whose speaker follows it. True then, with *speaker the group that names
// it (-1: none the dictionaries know).
bool SpeakerAfterVerb(const SentenceTokens& toks, const Words& w, const Analysis& a, const VerbHit& v,
                      int* speaker);

// "urging the PUC to establish ... and make the companies provide": a
// proper name no dictionary knows comes right after verb v, before the
// group `object` (and neither runs into it nor is named by an apposition
// before it), so that group is not the verb's object.
bool UnknownNameFirstAfterVerb(const SentenceTokens& toks, const Words& w, const Analysis& a,
                               const VerbHit& v, int object);

// "he asked about X, called Omar a terrorist": verb v comes right after the
// comma at comma_after - 1 in a list of verbs; *subject becomes the actor
// before the list's first verb in [from, ...) (-1: none), when the list has
// a first verb. (subjects.cc)
void SubjectOfAListOfVerbs(const SentenceTokens& toks, const Analysis& a, size_t from, size_t comma_after,
                           int* subject);

// A source (and target) that make no event of this code: the media and
// academics comment (01 in the verb's block), the media neither appeal,
// consult nor cooperate (02-05), speaking to them (010-014: "declined to
// comment to Reuters") is an interview, a government's rally (141) is a
// campaign, a world region does nothing. (subjects.cc)
bool NoSuchEvent(std::string_view code, std::string_view block_code, std::string_view source,
                 std::string_view target, const CoderOptions& options);

// "including", "by", "while", "after", "before", "without", "when",
// "upon": a gerund after it is the main subject's ("met world leaders,
// including meeting Pope Francis"). (subjects.cc)
bool OpensAdverbialGerund(std::string_view upper);

// A passive arrest (173), charge (115) or conviction (116) with no "by"
// agent, done by the state where it happened (CoderOptions::
// implied_state_agent): sets *source_code to the police (COP), the courts
// (JUD) or, for impeachment, the legislature (LEG) of the place "in ..."
// nearest the verb, else of the target's country, else of the document's,
// else of the sentence's first actor; with no target, "at least 71 people
// were arrested" makes *target_code those people (country + CVL) and
// *people their token. Leaves them when it cannot tell.
void ImpliedStateAgent(const SentenceTokens& toks, const Words& w, const Analysis& a,
                       const Analyzer& analyzer, const VerbHit& v, std::string_view code,
                       size_t clause_start, size_t clause_end, int target,
                       std::string_view doc_country, std::string* source_code,
                       std::string* target_code, int* people);

// The text dates verb v to a period that ended more than a year before the
// document date (YYYYMMDD): "was arrested in 1963", "In 2007, the United
// States labeled", "mediated an end to the conflict ... at Camp David in
// 1978" (CoderOptions::history_is_background). (subjects.cc)
bool DatedLongBefore(const SentenceTokens& toks, const Analysis& a, const VerbHit& v, int32_t date);

// The day the text gives verb v (DateForVerb), or null; a date inside an
// aside dates the aside, not a verb outside it ("On Thursday, X, a
// candidate in the election to be held on August 9, held a rally").
// (subjects.cc)
const DateMention* DateOfVerb(const Analysis& a, const VerbHit& v);

// "visits Japan next Monday", "meets the rebels next week": the text puts
// the verb at a day or period that begins after the story's date
// (YYYYMMDD), so it has not happened yet.
bool DatedAfterStory(const Analysis& a, const VerbHit& v, int32_t date);

// "will explain the plan when he visits the U.S.", "will meet Reagan after
// he arrives": a present tense in a clause of time under a future is to
// come too. Needs tags. (subjects.cc)
bool FutureClauseOfTime(const SentenceTokens& toks, const VerbHit& v);

// Group x is a bare country ("USA") and group y one of its state organs
// ("USAGOV", "USAMIL"), each a single actor: a country's plain statement is
// not about its own organs ("The United States ... pointing to the attack on
// the United States Embassy"). (subjects.cc)
bool BareCountryToItsOrgan(const Analysis& a, int x, int y);

// Group g is followed by "to be" and a participle ("urged for the National
// Guard to be brought in"): it is to undergo the act an appeal asks for, not
// the one asked. (subjects.cc)
bool UndergoesTheActAskedFor(const SentenceTokens& toks, const ActorGroup& g);

// The actor at `start` is the victim of a crime named before it ("arrest
// warrants on 36 people involved in the assassination of the general Qasem
// Soleimani", "charged in the killing of X"): no target of an
// investigation, a charge or an arrest about it. (subjects.cc)
bool VictimOfACrime(const SentenceTokens& toks, const Words& w, size_t start);

// Verb v is a present passive of a lasting relation ("who is supported by
// the Chinese government", "the rebels are backed by Iran", "which is
// occupied by Israel"): a standing state of affairs, no event. (subjects.cc)
bool StandingState(const SentenceTokens& toks, const VerbHit& v);

// Tokens [from, to) hold a comma right before a finite verb ("denied the
// allegations, labeled them as Russian disinformation"): another verb's
// phrase begins, whose actors are not the first verb's targets. (subjects.cc)
bool CommaThenFiniteVerb(const SentenceTokens& toks, const Words& w, size_t from, size_t to);

// The actor at `start` follows "into" ("speaking of an imminent incursion
// into northeast Syria"): where an act goes, which a plain statement about
// the act does not address. (subjects.cc)
bool WhereAnIncursionGoes(const SentenceTokens& toks, size_t start);

// The actor at `start` is the subject of "as did", "as has" before it,
// past the words of a title ("as did former adviser John Bolton"): another
// subject of the same act, not its target. (subjects.cc)
bool AfterAsDid(const SentenceTokens& toks, const Words& w, const Analysis& a, size_t start);

// Group g follows "neither", "nor" or "nobody" (past "the"): "Neither the
// House nor the Senate have provided". (subjects.cc)
bool NeitherNor(const SentenceTokens& toks, const Words& w, const ActorGroup& g);

// Group g is the subject of a clause after verb v that tells what was done
// to it or befell it: a passive ("said Navalny was poisoned", "claimed 790
// soldiers had been killed"), a verb of escaping or dying ("said ISIS
// fighters escaped"), or being somewhere, alive or dead ("said FSB officers
// were present"). A plain statement only passes on that fact, and is not
// about it. (subjects.cc)
bool PatientOfAReportedFact(const SentenceTokens& toks, const Analysis& a, const ActorGroup& g,
                            const VerbHit& v);

// Group g is a bare nationality adjective before a common noun ("said its
// Polish branch had a loss", "was not part of some Russian disinformation
// campaign"): a plain statement about the thing is not about the country.
// (subjects.cc)
bool NationalityOfAThing(const SentenceTokens& toks, const Analysis& a, const ActorGroup& g);

// The actor at `at` is the object of "to allow", "to permit", "to enable"
// ("proposed an amendment to a law to allow the government of mainland
// China to extradite"): whom a proposal would let act, not the verb's
// target. (subjects.cc)
bool AllowedByAnInfinitive(const SentenceTokens& toks, const Words& w, size_t at);

// Force (18-20) between two persons is figurative: politicians who
// "attack", "hit" or "slam" each other criticise (111). (subjects.cc)
bool ForceBetweenPersons(const Analysis& a, int source, int target, std::string_view code);

// Force (18-20) by "attack", "fight", "assail", "blast" or "slam" whose
// object is an idea or a text ("Bankers attacked the controls", "Japan has
// attacked OECD forecasts", "fought the planned sale") is criticism (111).
// Needs tags. (subjects.cc)
bool ForceOnAnIdea(const SentenceTokens& toks, const Analysis& a, const VerbHit& v,
                   std::string_view code);

// Group `target` is only a place (a country's or a region's bare code, no
// agent) of the country of group `source` ("Trump visited Kenosha,
// Wisconsin"): it does nothing back (no paired code). (subjects.cc)
bool PlaceAtHome(const Analysis& a, int source, int target);

// "The UN asked Israel to lift the blockade", "France requested Germany
// impose sanctions": the one asked, ordered or allowed does what the
// infinitive (or bare verb) after it says; that group, or -1. (subjects.cc)
int ObjectControlledSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                            const VerbHit& v);

// Verb v, finite and after "and", follows a verb group under a modal
// ("Hawkins predicted President Trump would lose in a landslide and asked
// voters ..."): it is coordinated with the last finite verb of its own form
// before that group ("predicted"), whose subject is the first actor before
// it in the clause, or none; sets *subject so. (subjects.cc)
void SubjectOfAnEarlierFiniteVerb(const SentenceTokens& toks, const Analysis& a, size_t clause_start,
                                  const VerbHit& v, int* subject);

// Where the words that give a statement verb its tone end: the sentence's
// end, but for a participle ("Mitsotakis, speaking to the Atlantic Council,
// called the deal null and void") its aside's end or the next finite verb.
// (subjects.cc)
size_t ToneEnd(const SentenceTokens& toks, const Analysis& a, const VerbHit& v);

// Token `at` is the "that" of a relative clause (WDT to the tagger) whose
// subject is no actor ("a bill that would have allowed the Chinese
// government to ..."): its actors are not the main verb's object. (One
// whose subject is an actor, "a plan that Arnor proposed", names the plan's
// author, which criticism of the plan is aimed at.) (subjects.cc)
bool RelativeThatWithoutActorSubject(const SentenceTokens& toks, const Words& w, const Analysis& a,
                                     size_t at);

}  // namespace dyad::code

#endif  // DYAD_SRC_CODE_ARGUMENTS_H_
