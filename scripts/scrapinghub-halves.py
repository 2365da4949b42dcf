#!/usr/bin/python3
"""Split the Scrapinghub article-extraction benchmark into two halves (issue 5, audit).

Usage: scrapinghub-halves.py GROUND_TRUTH_JSON OUT_DIR

Writes OUT_DIR/development.jsonl (pages whose key's first byte is even) and
OUT_DIR/heldout.jsonl (odd), one JSON record per page: id ("sh-" + the first
10 hex digits of the key), text (the ground-truth article body), date
(2019-11-20: the benchmark's pages are from 2019 and carry no date) and url.
Nothing from the benchmark is written into the repository; the held-out half
is the unseen set of docs/audit/heldout-judged-021564b.tsv. Standard library only.
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        pages = json.load(f)
    os.makedirs(sys.argv[2], exist_ok=True)
    out = {name: open(os.path.join(sys.argv[2], name + ".jsonl"), "w", encoding="utf-8")
           for name in ("development", "heldout")}
    counts = {"development": 0, "heldout": 0}
    for key, page in sorted(pages.items()):
        half = "development" if int(key[:2], 16) % 2 == 0 else "heldout"
        rec = {"id": "sh-" + key[:10], "text": page.get("articleBody", ""), "date": "2019-11-20",
               "url": page.get("url", "")}
        out[half].write(json.dumps(rec) + "\n")
        counts[half] += 1
    for f in out.values():
        f.close()
    print("development: %d pages, heldout: %d pages" % (counts["development"], counts["heldout"]))


if __name__ == "__main__":
    main()
