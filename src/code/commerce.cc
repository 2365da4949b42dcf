// Business news that uses the words of material cooperation: trade in
// goods, currencies and securities ("Colombia bought 25,000 tonnes of
// French soft wheat", "the central bank bought dollars", "sold its stake in
// the venture") is commerce, not a political event
// (CoderOptions::commerce_is_no_event); nor is a central bank's
// intervention in a market ("the Bank of Japan intervened to support the
// dollar").
#include <string>
#include <string_view>

#include "code/analysis.h"
#include "code/arguments.h"

namespace dyad::code {

namespace {

bool StartsWith(std::string_view w, std::string_view p) {
  return w.size() >= p.size() && w.compare(0, p.size(), p) == 0;
}

// A word for buying, selling or trading: "bought", "sells", "exporting",
// "purchases", "traded".
bool IsTradeWord(std::string_view w) {
  return StartsWith(w, "BUY") || w == "BOUGHT" || StartsWith(w, "SELL") || w == "SOLD" ||
         StartsWith(w, "RESELL") || w == "RESOLD" || StartsWith(w, "PURCHAS") ||
         StartsWith(w, "IMPORT") || StartsWith(w, "EXPORT") || StartsWith(w, "TRADE") ||
         w == "TRADING";
}

// A unit that counts goods or money: "tonnes", "barrels", "bushels",
// "shares", "pct", "worth", a currency ("dlrs", "yen").
bool IsMeasureWord(std::string_view w) {
  return IsCurrencyWord(w) ||
         OneOf(w, {"TONNES", "TONNE", "TONS", "TON", "BARRELS", "BARREL", "BPD", "BUSHELS",
                   "BUSHEL", "BALES", "BAGS", "SACKS", "LBS", "POUNDS", "OUNCES", "OZ", "KILOS",
                   "KILOGRAMS", "KG", "CARGOES", "CARGO", "LOTS", "CONTRACTS", "SHARES", "PCT",
                   "PERCENT", "WORTH", "CUBIC", "CARTONS", "HEAD", "MARKS", "CROWNS"});
}

// What a firm or a market buys and sells: currencies, securities, stakes,
// companies and their parts.
bool IsAssetWord(std::string_view w) {
  return IsCurrencyWord(w) ||
         OneOf(w, {"SHARES", "SHARE", "STOCK", "STOCKS", "STAKE", "STAKES", "HOLDING", "HOLDINGS",
                   "BONDS", "BOND", "BILLS", "NOTES", "SECURITIES", "DEBENTURES", "PAPER",
                   "CERTIFICATES", "FUTURES", "OPTIONS", "CONTRACTS", "ASSETS", "OPERATIONS",
                   "INTERESTS", "INTEREST", "SUBSIDIARY", "SUBSIDIARIES", "UNIT", "UNITS",
                   "DIVISION", "BUSINESS", "BUSINESSES", "PLANT", "PLANTS", "MILL", "REFINERY",
                   "COMPANY", "COMPANIES", "FIRM", "FIRMS", "BANK", "BANKS", "EQUITY", "CURRENCY",
                   "CURRENCIES", "MARKS", "CROWNS", "DEBT", "LOANS", "BLOCKS",
                   "CHAIN", "STORES", "HOTELS", "BRAND", "BRANDS", "PORTFOLIO"});
}

// Arms are sold by states to states: military cooperation, never commerce.
bool IsArmsWord(std::string_view w) {
  return OneOf(w, {"ARMS", "WEAPONS", "WEAPONRY", "MISSILE", "MISSILES", "JET", "JETS", "FIGHTER",
                   "FIGHTERS", "TANK", "TANKS", "DRONE", "DRONES", "WARSHIP", "WARSHIPS",
                   "FRIGATE", "FRIGATES", "SUBMARINE", "SUBMARINES", "HELICOPTER", "HELICOPTERS",
                   "AIRCRAFT", "WARPLANE", "WARPLANES", "BOMBER", "BOMBERS", "ARTILLERY",
                   "AMMUNITION", "MUNITIONS", "RIFLES", "ROCKET", "ROCKETS", "RADARS", "F-16S",
                   "F-35S", "S-400", "S-400S", "PATRIOT"});
}

bool IsNounTag(Xpos x) {
  return x == Xpos::kNN || x == Xpos::kNNS || x == Xpos::kNNP || x == Xpos::kNNPS;
}

// Tokens [from, to) hold a quantity of goods or money: a number and a
// measure ("25,000 tonnes", "800 billion yen worth", "10.9 mln shares").
bool QuantityBetween(const SentenceTokens& toks, size_t from, size_t to) {
  for (size_t t = from; t < to; ++t) {
    if (toks.tags[t].xpos != Xpos::kCD) continue;
    size_t m = t + 1;
    while (m < to && m < t + 4 &&
           (toks.tags[m].xpos == Xpos::kCD || toks.upper[m] == "-" ||
            OneOf(toks.upper[m], {"MLN", "BLN", "BILLION", "MILLION", "TRILLION", "THOUSAND"})))
      ++m;
    if (m < to && IsMeasureWord(toks.upper[m])) return true;
  }
  return false;
}

}  // namespace

bool MarketDeal(const SentenceTokens& toks, const Analysis& an, const VerbHit& v, int target) {
  if (toks.tags.empty() || !IsTradeWord(toks.upper[v.pos])) return false;
  // "agreed to buy", "will sell": a state's undertaking is trade policy.
  if (toks.tags[v.pos].xpos == Xpos::kVB) return false;
  const size_t n = toks.size();
  // The verb's clause, after it (at most a dozen words: its object).
  size_t end = v.end;
  while (end < n && end < v.end + 12 && !an.clause_break[end] && toks.upper[end] != ";") ++end;
  for (size_t t = v.end; t < end; ++t)
    if (IsArmsWord(toks.upper[t])) return false;
  // "455,000 tonnes of wheat sold to China": a participle after its goods.
  // (In a headline in capitals the tagger may not read the participle:
  // "455,000 TONNES OF WHEAT SOLD TO CHINA", so a noun right before the
  // verb counts as its goods too.)
  size_t from = v.end;
  if (toks.tags[v.pos].xpos == Xpos::kVBN ||
      (v.start > 0 && an.group_at[v.start - 1] < 0 && IsNounTag(toks.tags[v.start - 1].xpos)))
    from = v.start >= 6 ? v.start - 6 : 0;
  if (QuantityBetween(toks, from, end)) return true;
  // The head noun of the object: "bought dollars", "sold operations",
  // "buys banks", "selling its stake".
  size_t o = v.end;
  while (o < end && (toks.tags[o].xpos == Xpos::kDT || toks.tags[o].xpos == Xpos::kPRPS ||
                     toks.tags[o].xpos == Xpos::kJJ || toks.tags[o].xpos == Xpos::kRB ||
                     toks.tags[o].xpos == Xpos::kVBN))
    ++o;
  while (o + 1 < end && IsNounTag(toks.tags[o].xpos) && IsNounTag(toks.tags[o + 1].xpos) &&
         an.group_at[o + 1] < 0)
    ++o;
  if (o < end && IsNounTag(toks.tags[o].xpos) && an.group_at[o] < 0 && IsAssetWord(toks.upper[o]))
    return true;
  // "bought Canadian rapeseed", "importing Brazilian goods": the target
  // only says where the goods come from; no one is dealt with.
  if (target >= 0) {
    const ActorGroup& g = an.groups[target];
    if (g.start >= v.end && g.start < end && g.units.size() == 1 && g.end < n &&
        an.group_at[g.end] < 0) {
      size_t h = g.end;
      while (h < n && h < g.end + 4 &&
             (toks.tags[h].xpos == Xpos::kJJ || toks.tags[h].xpos == Xpos::kVBN ||
              (IsNounTag(toks.tags[h].xpos) && h + 1 < n && IsNounTag(toks.tags[h + 1].xpos))) &&
             an.group_at[h] < 0)
        ++h;
      const bool counterpart_word =
          g.start > 0 && (toks.upper[g.start - 1] == "TO" || toks.upper[g.start - 1] == "FROM" ||
                          toks.upper[g.start - 1] == "WITH");
      if (!counterpart_word && h < n && IsNounTag(toks.tags[h].xpos) && an.group_at[h] < 0)
        return true;
    }
  }
  return false;
}

bool MarketIntervention(const SentenceTokens& toks, const Analysis& an, const VerbHit& v) {
  if (!StartsWith(toks.upper[v.pos], "INTERVEN")) return false;
  const size_t n = toks.size();
  for (size_t t = v.start; t-- > 0 && v.start - t <= 8 && !an.clause_break[t];) {
    const std::string& w = toks.upper[t];
    if ((w == "BANK" || w == "BANKS") && (t == 0 || toks.upper[t - 1] != "WEST")) return true;
    if (OneOf(w, {"BUNDESBANK", "FED", "RESERVE", "TREASURY"})) return true;
  }
  for (size_t t = v.end; t < n && t < v.end + 12 && !an.clause_break[t]; ++t) {
    const std::string& w = toks.upper[t];
    if (IsCurrencyWord(w) || OneOf(w, {"MARKET", "MARKETS", "TRADING", "FOREX"})) return true;
  }
  return false;
}

bool MonetaryRoutine(const std::string& bank_code, const std::string& bank_text,
                     const std::string& other_code) {
  if (bank_code.size() < 6 || bank_code.compare(3, 3, "GOV") != 0 || !IsFirmCode(other_code))
    return false;
  const std::string u = UpperForm(bank_text);
  const bool bank = (u.find("BANK") != std::string::npos && u.find("WEST BANK") == std::string::npos) ||
                    u.find("RESERVE") != std::string::npos || u.find("MONETARY") != std::string::npos;
  return bank && (other_code.compare(0, 3, bank_code, 0, 3) == 0 ||
                  other_code.compare(0, 3, "BUS") == 0 || other_code.compare(0, 3, "---") == 0);
}

bool ApprovalVerb(const SentenceTokens& toks, const VerbHit& v) {
  for (size_t t = v.start; t < v.end && t < toks.size(); ++t)
    if (StartsWith(toks.upper[t], "APPROV")) return true;
  return false;
}

int RecipientPastGoods(const SentenceTokens& toks, const Analysis& an, const VerbHit& v,
                       int target) {
  if (target < 0 || toks.tags.empty()) return target;
  const std::string& w = toks.upper[v.pos];
  const bool giving = IsTradeWord(w) || StartsWith(w, "SUPPL") || StartsWith(w, "DELIVER") ||
                      StartsWith(w, "SEND") || w == "SENT" || StartsWith(w, "SHIP") ||
                      StartsWith(w, "TRANSFER") || StartsWith(w, "GIV") || w == "GAVE" ||
                      StartsWith(w, "PROVID") || StartsWith(w, "DONAT");
  const ActorGroup& g = an.groups[static_cast<size_t>(target)];
  if (!giving || g.start < v.end || g.start > v.end + 3) return target;
  for (size_t u : g.units)
    if (an.units[u].has_actor || !IsArmsWord(toks.upper[an.units[u].end - 1])) return target;
  // "... to Algeria": the recipient, if the clause names one.
  for (size_t t = g.end; t < toks.size() && t < g.end + 4; ++t) {
    if (toks.upper[t] == "TO" && t + 1 < toks.size()) {
      size_t s = t + 1;
      if (s + 1 < toks.size() && toks.upper[s] == "THE") ++s;
      const int r = an.group_at[s];
      return r >= 0 && an.groups[static_cast<size_t>(r)].start == s ? r : -1;
    }
    if (an.clause_break[t]) break;
  }
  return -1;
}

}  // namespace dyad::code
