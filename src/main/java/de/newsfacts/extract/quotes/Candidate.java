package de.newsfacts.extract.quotes;

/**
 * A quotation found in the text before its speaker is resolved: the quoted words [start, end), its kind, the
 * cue (or null), the speaker phrase (or null) and whether that phrase stands in the genitive.
 */
record Candidate(int start, int end, String kind, SpeechCues.Cue cue, SpeakerPhrases.Phrase speaker,
                 boolean genitive) {
}
