package de.newsfacts.extract.quotes;

import de.newsfacts.structure.Sentence;

import java.util.List;

/**
 * The document text tokenized once, with each sentence mapped to its token range. Sentences come from the
 * {@link de.newsfacts.extract.DocumentContext}; when none are given the whole text counts as sentence 1.
 */
final class TokenizedText {

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** Per sentence index: first token (inclusive) and last token (exclusive). */
    final int[] firstToken;
    final int[] endToken;

    TokenizedText(String docId, String text, List<Sentence> sentences) {
        this.text = text;
        this.tokens = QuoteTokenizer.tokenize(text, 0, text.length());
        this.sentences = sentences == null || sentences.isEmpty()
                ? List.of(new Sentence(docId, 1, 1, text, 0, text.length()))
                : sentences;
        int n = this.sentences.size();
        firstToken = new int[n];
        endToken = new int[n];
        for (int s = 0; s < n; s++) {
            Sentence sent = this.sentences.get(s);
            firstToken[s] = tokenAtOrAfter(sent.charStart());
            endToken[s] = Math.max(firstToken[s], tokenAtOrAfter(sent.charEnd()));
        }
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the sentence that contains {@code offset} (the last sentence starting at or before it). */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).charStart() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    Token token(int i) {
        return tokens.get(i);
    }
}
