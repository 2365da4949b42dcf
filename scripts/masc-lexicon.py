#!/usr/bin/python3
# Makes the word lexicon that `dyad train tagger --lexicon` reads from NLTK's
# MASC part-of-speech corpus (masc_tagged.zip: "word_TAG" tokens): how often
# each word has each Penn XPOS there, one line a word,
#   word<TAB>TAG count<TAB>TAG count...
# Brackets and quotes get the XPOS of UD English EWT ("(" is -LRB-); tags EWT
# does not use are left out. The counts are MASC's, conventions and errors
# included: the tagger learns how far to trust each word's class.
#
#   /usr/bin/python3 scripts/masc-lexicon.py ../shared/corpus/pos-nltk/masc_tagged.zip -o masc.lexicon
#
# The output is derived from MASC (Manually Annotated Sub-Corpus of the Open
# American National Corpus, free for any use); it is training input, not part
# of the project, and the model trained with it names it in its header.
import argparse
import collections
import sys
import zipfile

# UD English EWT's XPOS tags.
EWT_XPOS = set("""ADD AFX CC CD DT EX FW GW HYPH IN JJ JJR JJS LS MD NFP NN NNP NNPS NNS PDT
POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB XX $ `` '' , . :
-LRB- -RRB-""".split())

BRACKETS = {"(": "-LRB-", "[": "-LRB-", "{": "-LRB-", ")": "-RRB-", "]": "-RRB-", "}": "-RRB-"}
QUOTES = {"\u201c": "``", "``": "``", "\u201d": "''", "''": "''"}
SOURCE = ("MASC (Manually Annotated Sub-Corpus, Open American National Corpus; free for any "
          "use) via NLTK's masc_tagged.zip: counts of Penn tags per word")


def ewt_tag(word, tag):
    """The XPOS EWT would give the token, or None to leave it out."""
    if word in BRACKETS:
        return BRACKETS[word]
    if word in QUOTES:
        return QUOTES[word]
    if tag == "-":
        return "HYPH"
    return tag if tag in EWT_XPOS else None


def main():
    ap = argparse.ArgumentParser(description="MASC word lexicon for dyad train tagger --lexicon")
    ap.add_argument("zip", help="masc_tagged.zip")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    counts = collections.defaultdict(collections.Counter)
    tokens = skipped = 0
    with zipfile.ZipFile(args.zip) as z:
        for name in sorted(z.namelist()):
            if not name.endswith(".txt") or name.endswith("categories.txt"):
                continue
            for tok in z.read(name).decode("utf-8", errors="replace").split():
                word, sep, tag = tok.rpartition("_")
                xpos = ewt_tag(word, tag) if sep and word and "\t" not in word else None
                if xpos is None:
                    skipped += 1
                    continue
                tokens += 1
                counts[word][xpos] += 1
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"# source: {SOURCE}\n")
        for word in sorted(counts):
            tags = sorted(counts[word].items(), key=lambda kv: (-kv[1], kv[0]))
            out.write(word + "".join(f"\t{t} {n}" for t, n in tags) + "\n")
    print(f"{args.output}: {len(counts)} words from {tokens} tokens ({skipped} left out)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
