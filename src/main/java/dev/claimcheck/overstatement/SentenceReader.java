package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueLexicon;
import dev.claimcheck.match.MatchedSentence;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Reading} of each sentence. Immutable and thread-safe. */
final class SentenceReader {
  private final CertaintyReader certainty;
  private final AssertionReader assertions;
  private final BenefitVocabulary vocabulary;

  SentenceReader(CueLexicon cues, BenefitVocabulary vocabulary) {
    this.certainty = new CertaintyReader(cues);
    this.assertions = new AssertionReader(vocabulary);
    this.vocabulary = vocabulary;
  }

  Reading read(MatchedSentence sentence, Optional<String> mainSubject) {
    SentenceCertainty c = certainty.read(sentence.sentence());
    List<ClaimAssertion> claims = sentence.claims().stream()
        .filter(m -> BenefitVocabulary.isBenefitOrSafety(m.claim()))
        .map(m -> assertions.read(m, sentence, c))
        .toList();
    boolean aboutSubject = !claims.isEmpty() || mainSubject.map(sentence::has).orElse(false);
    return new Reading(sentence, c, claims, aboutSubject, vocabulary);
  }
}
