// dyad/cameo.h — the CAMEO event-code ontology: a built-in, read-only table
// giving each CAMEO event code its root, quad class, Goldstein value (GDELT's
// numbers), PLOVER event type, PLOVER mode and context, and a short description.
//
//   const dyad::CameoCode* c = dyad::FindCameo("042");
//   if (c) {
//     // c->root == "04", c->quad_class == 1, c->goldstein == 1.9,
//     // c->plover == "CONSULT", c->plover_mode == "visit"
//   }
//   // A code the table does not know: fall back to its parent, then its root.
//   const dyad::CameoCode* a = dyad::FindCameoOrAncestor("1951");  // -> "195"
//   for (const dyad::CameoCode& e : dyad::AllCameoCodes()) { /* sorted by code */ }
//
// Codes are strings of ASCII digits with their leading zeros ("042", not 42):
// 2 digits for the twenty roots "01".."20", 3 for base codes, 4 for sub-codes.
// The roots are entries of their own, with GDELT's own Goldstein value for the
// root (usually that of its "x0" code, but "13" is -6.0 while "130" is -4.4).
//
// Where the numbers come from (transcribed into the C++ table; nothing is read
// at build or run time):
//  * root, quad_class, goldstein: GDELT's CAMEO lookup (CAMEO.eventcodes /
//    CAMEO.goldsteinscale). quad_class is 1 verbal cooperation (roots 01-05),
//    2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material
//    conflict (15-20).
//  * plover, plover_mode, plover_context: the CAMEO→PLOVER conversion table of
//    the PLOVER manual draft 0.8 (CAMEO2PLOVER-2021), verbatim apart from
//    trimmed spaces. PLOVER drops CAMEO roots 01 and 02, so every 01x/02x code
//    has plover == "" (and empty mode and context).
//    Quirks kept as the conversion table has them: the root "08" is listed
//    twice there (CONCEDE, then RETREAT); its first listing, CONCEDE, is used,
//    the same as "080". Some codes cross the root's usual type: 0813, 0814 and
//    084-087 are RETREAT; 163, 191, 192 are COERCE; 175, 1712 are ASSAULT;
//    09x is ACCUSE. A few mode/context words are not in the manual's own
//    vocabulary (e.g. mode "ease", "ban", "massacre"; "pro_autocracy" as the
//    mode of 175; context "democracy", "humanitarian") and are kept as given.
//  * 1213 and 1214 (reject judicial / intelligence cooperation) are CAMEO
//    codes used by the CAMEO dictionaries and listed in the conversion table
//    but missing from GDELT's lookup: their quad class and Goldstein value are
//    those of their parent "121".
//  * description: our own short wording, for people reading output; not the
//    CAMEO codebook's names. It follows the CAMEO codebook's meaning, which for
//    101 and 105-108 differs from GDELT's labels (GDELT: 101 "information",
//    105 mediation, 106 withdrawal, 107 ceasefire, 108 meeting; CAMEO and the
//    dictionaries: 101 material cooperation, 105 yield, 106 meeting, 107
//    settlement, 108 mediation). All of these are -5.0 and REQUEST either way.
//
// All functions are thread-safe, never allocate, and return pointers/views
// into a static table that lives for the whole program.
#ifndef DYAD_CAMEO_H_
#define DYAD_CAMEO_H_

#include <span>
#include <string_view>

namespace dyad {

struct CameoCode {
  std::string_view code;         // "042", "0331", "20"
  std::string_view root;         // 2-digit root, "04"
  int quad_class;                // 1..4, see above
  double goldstein;              // -10..10, GDELT's value for this code
  std::string_view plover;       // PLOVER event type ("CONSULT"), "" for roots 01/02
  std::string_view plover_mode;  // PLOVER mode ("visit", "assist"), often ""
  std::string_view plover_context;  // PLOVER context ("diplomatic", "economic"),
                                    // often ""; several are joined by "; "
  std::string_view description;  // short human wording, "decline to comment"
};

// The entry for exactly `code`, or nullptr when the table has no such code
// (including anything that is not 2-4 ASCII digits: "", "21", "abc", "0421x").
const CameoCode* FindCameo(std::string_view code);

// Like FindCameo, but when `code` itself is unknown falls back to its nearest
// known ancestor: 4 digits -> its first 3 -> its first 2 ("0875" -> "087",
// "1951" -> "195", "176" -> "17"). Returns nullptr when `code` is not 2-4
// ASCII digits or when even its root is unknown ("000", "21", "2101").
const CameoCode* FindCameoOrAncestor(std::string_view code);

// True when FindCameo(code) != nullptr.
bool IsValidCameo(std::string_view code);

// The 2-digit root of a known code ("0331" -> "03", "20" -> "20"); "" when
// the code is not in the table. The view points into the static table.
std::string_view CameoRoot(std::string_view code);

// Every entry, sorted by code in byte order ("01" < "010" < "019" < "02" <
// "020" < "021" < "0211" < "022").
std::span<const CameoCode> AllCameoCodes();

}  // namespace dyad

#endif  // DYAD_CAMEO_H_
