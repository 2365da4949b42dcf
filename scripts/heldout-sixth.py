#!/usr/bin/python3
"""Write the unseen news set of the sixth audit (issue 5).

Usage: heldout-sixth.py SHARED_CORPUS_DIR OUT_JSONL

Two sources the coder was never developed on:
  - Reuters-21578: every story whose NEWID ends in 7 (news-reuters21578, 1987 wires),
    dated by its DATE field;
  - the Readability test pages: the text of each page's expected extraction
    (extraction-readability/test-pages/*/expected.html), dated by the published time
    of its expected metadata when it has one, else 2018-01-01.
One JSON record per document: id, text, date. Nothing from the corpus is written into
the repository; the audit keeps only its judged sample in docs/audit/. Standard
library only.
"""
import gzip
import html.parser
import json
import os
import re
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote",
          "section", "article", "figcaption", "pre", "dd", "dt"}


class TextOf(html.parser.HTMLParser):
    """Text of an HTML fragment, one paragraph per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        paras = re.split(r"\n\s*\n", "".join(self.parts))
        return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def reuters_date(s):
    m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", s or "")
    if not m or m.group(2) not in MONTHS:
        return "1987-03-01"
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out_path = sys.argv[1], sys.argv[2]
    n_reuters = n_pages = 0
    with open(out_path, "w", encoding="utf-8") as out:
        with gzip.open(os.path.join(corpus, "news-reuters21578", "reuters21578.jsonl.gz"),
                       "rt", encoding="utf-8") as f:
            for line in f:
                story = json.loads(line)
                body = (story.get("body") or "").strip()
                if story["newid"] % 10 != 7 or not body:
                    continue
                title = (story.get("title") or "").strip()
                text = (title + "\n\n" if title else "") + body
                out.write(json.dumps({"id": "reuters-%d" % story["newid"], "text": text,
                                      "date": reuters_date(story.get("date"))}) + "\n")
                n_reuters += 1
        pages_dir = os.path.join(corpus, "extraction-readability", "test-pages")
        for name in sorted(os.listdir(pages_dir)):
            page = os.path.join(pages_dir, name, "expected.html")
            if not os.path.exists(page):
                continue
            parser = TextOf()
            with open(page, encoding="utf-8", errors="replace") as f:
                parser.feed(f.read())
            date = "2018-01-01"
            meta = os.path.join(pages_dir, name, "expected-metadata.json")
            if os.path.exists(meta):
                with open(meta, encoding="utf-8") as f:
                    published = json.load(f).get("publishedTime") or ""
                if re.match(r"\d{4}-\d{2}-\d{2}", published):
                    date = published[:10]
            out.write(json.dumps({"id": "readability-" + name, "text": parser.text(),
                                  "date": date}) + "\n")
            n_pages += 1
    print("reuters: %d stories, readability: %d pages" % (n_reuters, n_pages))


if __name__ == "__main__":
    main()
