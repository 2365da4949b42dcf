#!/usr/bin/python3
"""Precision audit of dyad's event output on a news corpus (issue 5, "Audit").

Standard library only; run with Debian's /usr/bin/python3.

The corpus text never enters the repository: the judged lists in docs/audit/
identify an event by doc_id, sentence_id, source, target, cameo and pattern, and
a sentence is identified by doc_id and sentence_id.  The `show` commands print
the sentences to stdout for a human judge.

Subcommands (all take --dyad BINARY and --corpus FILE where they run dyad):

  sample      code the corpus, draw N events uniformly at random (fixed seed) and
              write a judging template (TSV, no corpus text) to --out
  show        print each event of a judged/template TSV with its sentence, the
              previous sentence and the words that named the actors (stdout only)
  score       precision = correct / judged, counts per label and per CAMEO root
              and per error class (the first word of the reason column, if it is
              a class tag like "[figurative]"); --second scores a second judge's
              label_b / reason_b columns and the two judges' agreement
  noevent     count the sentences that name two or more actors and yield no
              event; draw a fixed-seed sample of them and write a template to --out
  show-noevent  print the sampled no-event sentences with the actor mentions found
  noevent-score  reason breakdown of a judged no-event TSV

Events are sorted (doc_id, sentence_id, source, target, cameo, pattern,
source_text, target_text) before sampling, so the draw does not depend on the
order in which dyad's worker threads write.
"""

import argparse
import collections
import csv
import json
import os
import random
import re
import subprocess
import sys

DEFAULT_SEED = 20261127
EVENT_COLS = ["n", "doc_id", "sentence_id", "source", "target", "cameo", "mood",
              "pattern", "label", "reason"]
NOEVENT_COLS = ["n", "doc_id", "sentence_id", "mentions", "mention_codes",
                "other_moods", "reason_class", "reason"]
LABELS = ["correct", "wrong-actor", "wrong-code", "not-an-event"]


# --------------------------------------------------------------------- dyad

def run_dyad(dyad, args):
    proc = subprocess.run([dyad] + args, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False)
    if proc.returncode not in (0, 1):
        sys.exit("dyad failed (%d): %s" % (proc.returncode,
                                           proc.stderr.decode("utf-8", "replace")))
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()
            if line.strip()]


def code(dyad, corpus, moods="asserted"):
    args = ["code", corpus, "--quiet", "--no-progress"]
    if moods != "asserted":
        args += ["--moods", moods]
    return run_dyad(dyad, args)


def split(dyad, corpus):
    return run_dyad(dyad, ["split", corpus, "--quiet", "--no-progress"])


def pattern_ref(event):
    """'dyad.verbs.txt:5672' -- the file name without the local folder."""
    pat = event.get("pattern") or ""
    return os.path.basename(pat.rsplit(":", 1)[0]) + ":" + pat.rsplit(":", 1)[-1] \
        if ":" in pat else pat


def event_key(e):
    return (e["doc_id"], int(e["sentence_id"]), e.get("source", ""),
            e.get("target", ""), e.get("cameo", ""), pattern_ref(e),
            e.get("source_text", ""), e.get("target_text", ""))


def sentences_by_id(dyad, corpus):
    return {(s["doc_id"], int(s["sentence_id"])): s for s in split(dyad, corpus)}


# --------------------------------------------------------------------- TSV

def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith("#")),
                                   delimiter="\t"))
    return rows


def write_tsv(path, cols, rows, header_comment):
    with open(path, "w", newline="", encoding="utf-8") as f:
        for line in header_comment:
            f.write("# " + line + "\n")
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t",
                           lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


# --------------------------------------------------------------------- sample

def refuse_overwrite(a):
    if a.out and os.path.exists(a.out) and not a.force:
        sys.exit("%s exists (it may hold judgements); use --force to overwrite" % a.out)


def cmd_sample(a):
    refuse_overwrite(a)
    events = code(a.dyad, a.corpus)
    events.sort(key=event_key)
    rng = random.Random(a.seed)
    picked = sorted(rng.sample(range(len(events)), min(a.n, len(events))))
    rows = []
    for i, idx in enumerate(picked, 1):
        e = events[idx]
        rows.append({"n": i, "doc_id": e["doc_id"], "sentence_id": e["sentence_id"],
                     "source": e.get("source", ""), "target": e.get("target", ""),
                     "cameo": e.get("cameo", ""), "mood": e.get("mood", ""),
                     "pattern": pattern_ref(e), "label": "", "reason": ""})
    write_tsv(a.out, EVENT_COLS, rows, [
        "dyad audit sample: %d of %d events, seed %d" % (len(rows), len(events), a.seed),
        "labels: " + " / ".join(LABELS) + "; reason: own words, no corpus text",
    ])
    print("%d events coded; %d sampled -> %s" % (len(events), len(rows), a.out))


def match_event(events, row):
    """The events of the output that a judged row stands for."""
    return [e for e in events
            if e["doc_id"] == row["doc_id"] and str(e["sentence_id"]) == row["sentence_id"]
            and e.get("source", "") == row["source"] and e.get("target", "") == row["target"]
            and e.get("cameo", "") == row["cameo"] and pattern_ref(e) == row["pattern"]]


def cmd_show(a):
    events = code(a.dyad, a.corpus)
    sents = sentences_by_id(a.dyad, a.corpus)
    for row in read_tsv(a.judged):
        if a.only and row["n"] not in a.only.split(","):
            continue
        key = (row["doc_id"], int(row["sentence_id"]))
        prev = sents.get((key[0], key[1] - 1))
        ms = match_event(events, row)
        words = "; ".join("%s -> %s" % (e.get("source_text", ""), e.get("target_text", ""))
                          for e in ms) or "(event not in current output)"
        print("#%s  %s/%s  %s -> %s  %s  [%s]" % (row["n"], row["doc_id"], row["sentence_id"],
                                               row["source"], row["target"], row["cameo"],
                                               row["pattern"]))
        print("   words: " + words)
        if prev is not None:
            print("   prev : " + prev["text"])
        print("   sent : " + (sents[key]["text"] if key in sents else "?"))
        if row.get("label"):
            print("   judged: %s -- %s" % (row["label"], row.get("reason", "")))
        print()


def error_class(reason):
    """The first [tag] of a reason, past prefixes such as "(re-read, holds)"."""
    m = re.match(r"\s*(?:\([^)]*\)\s*)*\[([^\]]+)\]", reason or "")
    return m.group(1) if m else ""


def cmd_score(a):
    rows = read_tsv(a.judged)
    if a.second:
        # A second judge's labels (label_b, reason_b): score them, and say how
        # often the two judges agree.
        both = [r for r in rows if r.get("label") and r.get("label_b")]
        if both:
            same = sum(1 for r in both if (r["label"] == "correct") == (r["label_b"] == "correct"))
            print("judges agree on correct / not correct for %d of %d rows; both correct %d, "
                  "either correct %d" % (same, len(both),
                                         sum(1 for r in both if r["label"] == r["label_b"] == "correct"),
                                         sum(1 for r in both if "correct" in (r["label"], r["label_b"]))))
        for r in rows:
            r["label"], r["reason"] = r.get("label_b", ""), r.get("reason_b", "")
    judged = [r for r in rows if r["label"]]
    bad = [r for r in judged if r["label"] not in LABELS]
    if bad:
        sys.exit("unknown labels: %s" % sorted({r["label"] for r in bad}))
    n = len(judged)
    lab = collections.Counter(r["label"] for r in judged)
    print("judged %d of %d rows" % (n, len(rows)))
    if not n:
        return
    print("precision = correct / judged = %d / %d = %.1f%%" % (lab["correct"], n,
                                                             100.0 * lab["correct"] / n))
    for l in LABELS:
        print("  %-13s %3d" % (l, lab[l]))
    print("\nper CAMEO root (root: correct / n):")
    by_root = collections.defaultdict(collections.Counter)
    for r in judged:
        by_root[r["cameo"][:2]][r["label"]] += 1
    for root in sorted(by_root):
        c = by_root[root]
        tot = sum(c.values())
        print("  %s: %2d / %2d   %s" % (root, c["correct"], tot,
                                       ", ".join("%s %d" % (l, c[l]) for l in LABELS[1:] if c[l])))
    cls = collections.Counter(error_class(r["reason"]) or "(none)"
                              for r in judged if r["label"] != "correct")
    print("\nerror classes (first [tag] of the reason):")
    for k, v in cls.most_common():
        print("  %3d  %s" % (v, k))


# --------------------------------------------------------------------- actors

ENTRY_RE = re.compile(r"^([^\s\[\]{}#]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


def dict_words(phrase):
    """Split a dictionary phrase into tokens roughly like dyad's splitter."""
    out = []
    for w in phrase.upper().split("_"):
        if not w:
            continue
        if w.endswith("'S") and len(w) > 2:
            out += [w[:-2], "'S"]
        else:
            out.append(w)
    return tuple(out)


def plural(word):
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if re.search(r"(SS|X|CH|SH|S)$", word):
        return word + "ES"
    return word + "S"


def load_actor_phrases(dict_dir):
    """phrase (tuple of upper-case words) -> (kind, code, case_sensitive).

    kind is 'actor' (actors files, a placeable actor), 'agent' (agents file) or
    'block' (an actor entry without a code, which only consumes words)."""
    phrases = {}
    generated = []  # regular plurals made here: added last, so that a listed
    # entry always wins (the plural of ISI must not shadow ISIS)

    def add(words, kind, code, cs):
        if words and words not in phrases:
            phrases[words] = (kind, code, cs)

    def add_plural(words, kind, code, cs):
        generated.append((words[:-1] + (plural(words[-1]),), kind, code, cs))

    for name in sorted(os.listdir(dict_dir)):
        path = os.path.join(dict_dir, name)
        if "actor" in name:
            kind = "actor"
        elif "agent" in name:
            kind = "agent"
        else:
            continue
        markers = {}
        entry = None  # (list of (words, cs), default code)
        pending = []

        def flush():
            if pending:
                codes = [c for (_, _, c) in pending if c]
                for words, cs, _ in pending:
                    k = kind if (kind == "agent" or codes) else "block"
                    add(words, k, codes[0] if codes else "", cs)
                    if kind == "actor" and k == "actor":
                        add_plural(words, k, codes[0], cs)
                pending.clear()

        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                cs = "@cs" in line and "@cs-pending" not in line
                stripped = line.split("#", 1)[0].rstrip() if not line.startswith("\t") \
                    else line.split("#", 1)[0]
                if not stripped.strip():
                    continue
                m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", stripped)
                if m:
                    markers[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
                    continue
                if line.startswith("\t") or line.startswith(" "):
                    # dated code line of the current actor entry
                    cm = re.search(r"\[([A-Z~]+)", stripped)
                    if cm and pending:
                        w, c, code_ = pending[0]
                        pending[0] = (w, c, code_ or cm.group(1))
                    continue
                if stripped.startswith("+"):
                    if kind == "actor" and pending:
                        pending.append((dict_words(stripped[1:].split()[0]), cs, ""))
                        # synonyms share the entry's code: resolved at flush
                        pending[-1] = (pending[-1][0], cs, "")
                    continue
                em = ENTRY_RE.match(stripped)
                if not em:
                    continue
                flush()
                phrase, plur, codepart = em.group(1), em.group(2), em.group(3)
                code_ = codepart[1:-1].split()[0] if codepart and codepart[1:-1].split() else ""
                if code_ == "---":
                    code_ = ""
                if kind == "agent":
                    for mk, items in markers.items():
                        if mk in phrase:
                            for it in items:
                                add(dict_words(phrase.replace(mk, it)), "agent", code_, cs)
                            break
                    else:
                        words = dict_words(phrase)
                        add(words, "agent", code_, cs)
                        if plur is None:
                            add_plural(words, "agent", code_, cs)
                        elif plur.strip("{}").strip():
                            add(dict_words(plur.strip("{}").strip()), "agent", code_, cs)
                else:
                    pending.append((dict_words(phrase), cs, code_))
            flush()
    for g in generated:
        add(*g)
    return phrases


def find_mentions(tokens, phrases, maxlen):
    """Greedy longest-match of dictionary phrases over the sentence's tokens;
    adjacent matches (and matches joined by a possessive 's or by capitalised
    words, as in "Russian President Vladimir Putin") form one mention."""
    up = [t.upper() for t in tokens]
    matches = []  # (start, end, kind, code)
    i = 0
    while i < len(up):
        best = None
        for L in range(min(maxlen, len(up) - i), 0, -1):
            p = tuple(up[i:i + L])
            if p in phrases:
                kind, code_, cs = phrases[p]
                if cs and tuple(tokens[i:i + L]) != p:
                    continue
                best = (i, i + L, kind, code_)
                break
        if best:
            matches.append(best)
            i = best[1]
        else:
            i += 1
    matches = [m for m in matches if m[2] != "block"]

    def bare_place(parts):
        return all(p[2] == "actor" and len(p[3]) == 3 for p in parts)

    mentions = []
    for m in matches:
        if mentions:
            last = mentions[-1]
            gap = tokens[last["end"]:m[0]]
            low = [g.lower() for g in gap]
            joined = (
                # "Russian President Vladimir Putin", "China's foreign minister"
                (len(gap) <= 2 and all(g in ("'s", "'") or (g[:1].isupper() and g.isalpha())
                                       for g in gap))
                # an agent with of/in/from/at and its actor: "president of Russia"
                or (any(p[2] == "agent" for p in last["parts"]) and m[2] == "actor"
                    and 1 <= len(gap) <= 2 and low[0] in ("of", "in", "from", "at")
                    and all(g in ("of", "in", "from", "at", "the") for g in low))
                # "Toronto, Canada": one place named twice
                or (low == [","] and bare_place(last["parts"]) and bare_place([m])
                    and last["parts"][-1][3] == m[3]))
            if joined:
                last["end"] = m[1]
                last["parts"].append(m)
                continue
        mentions.append({"start": m[0], "end": m[1], "parts": [m]})
    out = []
    for mt in mentions:
        # a bare country/city after a locative preposition is where, not who
        j = mt["start"] - 1
        while j >= 0 and tokens[j].lower() == "the":
            j -= 1
        if bare_place(mt["parts"]) and j >= 0 and tokens[j].lower() in LOCATIVE:
            continue
        mt["placeable"] = any(p[2] == "actor" for p in mt["parts"])
        mt["code"] = "+".join(p[3] for p in mt["parts"] if p[3])
        mt["text"] = " ".join(tokens[mt["start"]:mt["end"]])
        out.append(mt)
    return out


LOCATIVE = {"in", "at", "near", "across", "throughout", "around", "outside", "inside",
            "into", "within", "off", "across", "over", "through", "via", "towards"}


def noevent_sentences(a):
    phrases = load_actor_phrases(a.dictionaries)
    maxlen = max(len(p) for p in phrases)
    asserted = {(e["doc_id"], int(e["sentence_id"])) for e in code(a.dyad, a.corpus)}
    other = collections.defaultdict(set)
    for e in code(a.dyad, a.corpus, moods="all"):
        if e.get("mood") != "asserted":
            other[(e["doc_id"], int(e["sentence_id"]))].add(e["mood"])
    stats = collections.Counter()
    out = []
    for s in split(a.dyad, a.corpus):
        key = (s["doc_id"], int(s["sentence_id"]))
        toks = [t["text"] for t in s["tokens"]]
        ms = find_mentions(toks, phrases, maxlen)
        # distinct mentions: the same words twice count once
        distinct = {}
        for m in ms:
            distinct.setdefault(m["text"].lower(), m)
        ms = list(distinct.values())
        stats["sentences"] += 1
        if len(ms) >= 2 and any(m["placeable"] for m in ms):
            stats["two_plus"] += 1
            if key in asserted:
                stats["two_plus_with_event"] += 1
            else:
                stats["two_plus_no_event"] += 1
                if other.get(key):
                    stats["two_plus_no_event_but_other_mood"] += 1
                out.append((key, ms, sorted(other.get(key, ()))))
        if key in asserted:
            stats["with_event"] += 1
    return stats, out


def cmd_noevent(a):
    refuse_overwrite(a)
    stats, cands = noevent_sentences(a)
    for k in ["sentences", "with_event", "two_plus", "two_plus_with_event",
              "two_plus_no_event", "two_plus_no_event_but_other_mood"]:
        print("%-34s %d" % (k, stats[k]))
    cands.sort(key=lambda c: c[0])
    rng = random.Random(a.seed)
    picked = sorted(rng.sample(range(len(cands)), min(a.n, len(cands))))
    rows = []
    for i, idx in enumerate(picked, 1):
        (doc, sid), ms, moods = cands[idx]
        rows.append({"n": i, "doc_id": doc, "sentence_id": sid, "mentions": len(ms),
                     "mention_codes": " ".join(m["code"] or "~" for m in ms),
                     "other_moods": ",".join(moods), "reason_class": "", "reason": ""})
    if a.out:
        write_tsv(a.out, NOEVENT_COLS, rows, [
            "dyad audit: sentences with 2+ actor mentions and no asserted event: "
            "%d of %d sentences; %d sampled, seed %d" % (stats["two_plus_no_event"],
                                                       stats["sentences"], len(rows), a.seed),
            "mention_codes: dictionary codes of each mention (~ = agent only); "
            "other_moods: moods of events that --moods all adds",
        ])
        print("sampled %d -> %s" % (len(rows), a.out))


def cmd_show_noevent(a):
    phrases = load_actor_phrases(a.dictionaries)
    maxlen = max(len(p) for p in phrases)
    sents = sentences_by_id(a.dyad, a.corpus)
    extra = collections.defaultdict(list)
    for e in code(a.dyad, a.corpus, moods="all"):
        if e.get("mood") != "asserted":
            extra[(e["doc_id"], int(e["sentence_id"]))].append(e)
    for row in read_tsv(a.judged):
        key = (row["doc_id"], int(row["sentence_id"]))
        s = sents[key]
        ms = find_mentions([t["text"] for t in s["tokens"]], phrases, maxlen)
        print("#%s  %s/%s  mentions: %s" % (row["n"], key[0], key[1],
                                          " | ".join("%s [%s]" % (m["text"], m["code"] or "~")
                                                     for m in ms)))
        for e in extra.get(key, []):
            print("   %s event: %s -> %s %s (%s -> %s)" % (e["mood"], e["source"], e["target"],
                                                         e["cameo"], e["source_text"],
                                                         e["target_text"]))
        prev = sents.get((key[0], key[1] - 1))
        if prev is not None:
            print("   prev : " + prev["text"])
        print("   sent : " + s["text"])
        if row.get("reason_class"):
            print("   judged: %s -- %s" % (row["reason_class"], row.get("reason", "")))
        print()


def cmd_noevent_score(a):
    rows = [r for r in read_tsv(a.judged) if r["reason_class"]]
    c = collections.Counter(r["reason_class"] for r in rows)
    print("judged %d" % len(rows))
    for k, v in c.most_common():
        print("  %3d  %s" % (v, k))


# --------------------------------------------------------------------- main

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dyad", default=os.path.join(repo, "build/tools/dyad/dyad"))
    ap.add_argument("--corpus",
                    default=os.path.join(repo, "../shared/corpus/news-wikinews/wikinews.jsonl"))
    ap.add_argument("--dictionaries", default=os.path.join(repo, "data/dictionaries"),
                    help="actor/agent dictionaries for the 2+-actor count")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample")
    p.add_argument("-n", type=int, default=150)
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help="overwrite --out")
    p = sub.add_parser("show")
    p.add_argument("judged")
    p.add_argument("--only", help="comma-separated row numbers")
    p = sub.add_parser("score")
    p.add_argument("judged")
    p.add_argument("--second", action="store_true",
                   help="score the second judge's columns (label_b, reason_b) and their agreement")
    p = sub.add_parser("noevent")
    p.add_argument("-n", type=int, default=30)
    p.add_argument("--out")
    p.add_argument("--force", action="store_true", help="overwrite --out")
    p = sub.add_parser("show-noevent")
    p.add_argument("judged")
    p = sub.add_parser("noevent-score")
    p.add_argument("judged")
    a = ap.parse_args()
    {"sample": cmd_sample, "show": cmd_show, "score": cmd_score, "noevent": cmd_noevent,
     "show-noevent": cmd_show_noevent, "noevent-score": cmd_noevent_score}[a.cmd](a)


if __name__ == "__main__":
    main()
