#!/usr/bin/env python3
"""Builds a benchmark corpus of N documents from the 10kGNAD test split (1,028 DER STANDARD articles).

Usage: build_corpus.py SOURCE_CSV N OUT_DIR

Article k (0-based CSV row) copy r becomes doc_id ``gnad-<k>-<r>``; documents are taken round-robin (all
articles once, then all articles a second time, ...), so every corpus size has the same mix of desks and
lengths. Files go to ``OUT_DIR/dNNN/gnad-<k>-<r>.txt`` with at most 1000 files per folder, listed in a
tabular INDEX (``path``, ``doc_id``, ``desk``).

Layout of a file: the article's first sentence (the teaser) on its own line, then the body as paragraphs of
sentences separated by blank lines. Copy r uses paragraphs of 3 + r % 3 sentences, so copies are not
byte-identical but the text (and its word count) is the real article, unchanged.

Writes ``OUT_DIR/corpus.json`` last (documents, bytes, words); an existing complete corpus is reused.
Words are counted per article with the rule of de.newsfacts.pipeline.WordCounter (on the raw text, so it can
differ slightly from the sum of documents.word_count after normalization).

10kGNAD is CC BY-NC-SA 4.0: evaluation only, never committed or shipped.
"""
import csv
import json
import os
import re
import sys
import unicodedata

FILES_PER_FOLDER = 1000
SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=["„»A-ZÄÖÜ0-9])')
LETTER_OR_DIGIT = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"}


def is_letter_or_digit(c):
    return unicodedata.category(c) in LETTER_OR_DIGIT


def count_words(text):
    """Port of de.newsfacts.pipeline.WordCounter.count."""
    words = 0
    in_word = False
    n = len(text)
    for i, c in enumerate(text):
        if is_letter_or_digit(c):
            if not in_word:
                words += 1
                in_word = True
        elif in_word and c in "-'.," and i + 1 < n and is_letter_or_digit(text[i + 1]):
            pass
        else:
            in_word = False
    return words


def layout(text, copy):
    sentences = SENTENCE_END.split(text.strip())
    per_paragraph = 3 + copy % 3
    paragraphs = [sentences[0]]
    body = sentences[1:]
    for i in range(0, len(body), per_paragraph):
        paragraphs.append(" ".join(body[i:i + per_paragraph]))
    return "\n\n".join(paragraphs) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if n < 1:
        sys.exit("N must be >= 1")
    stats_file = os.path.join(out, "corpus.json")
    if os.path.exists(stats_file):
        with open(stats_file, encoding="utf-8") as f:
            stats = json.load(f)
        if stats.get("documents") == n:
            print(f"reusing corpus {out}: {n} documents", file=sys.stderr)
            return
    with open(source, encoding="utf-8", newline="") as f:
        rows = [(label, text) for label, text in csv.reader(f, delimiter=";", quotechar="'")]
    article_words = [count_words(text) for _, text in rows]
    os.makedirs(out, exist_ok=True)
    total_bytes = 0
    total_words = 0
    with open(os.path.join(out, "INDEX"), "w", encoding="utf-8", newline="\n") as index:
        index.write("path\tdoc_id\tdesk\n")
        for i in range(n):
            k, r = i % len(rows), i // len(rows)
            label, text = rows[k]
            folder = f"d{i // FILES_PER_FOLDER:03d}"
            os.makedirs(os.path.join(out, folder), exist_ok=True)
            doc_id = f"gnad-{k}-{r}"
            path = f"{folder}/{doc_id}.txt"
            data = layout(text, r).encode("utf-8")
            with open(os.path.join(out, path), "wb") as doc:
                doc.write(data)
            total_bytes += len(data)
            total_words += article_words[k]
            index.write(f"{path}\t{doc_id}\t{label}\n")
    with open(stats_file, "w", encoding="utf-8") as f:
        json.dump({"documents": n, "bytes": total_bytes, "words": total_words, "source": source}, f)
    print(f"built corpus {out}: {n} documents, {total_bytes} bytes, {total_words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
