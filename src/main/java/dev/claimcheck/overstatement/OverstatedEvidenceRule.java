package dev.claimcheck.overstatement;

import dev.claimcheck.claims.Rating;
import dev.claimcheck.lexicon.CueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evidence invoked that does not exist or is overstated: rubric rule 4. A strong evidential
 * ("research shows", "well-documented") overstates a benefit or safety claim rated contested or
 * unsupported; a weak one ("studies suggest", "has shown potential") overstates only a claim with
 * no evidence at all (unsupported). The evidential governs what follows it in the sentence. With no
 * claim, a strong evidential still overstates benefit words that follow it in its clause
 * ("well-documented benefits"), unless a supported claim is what it cites. Evidentials inside a
 * frame ("researchers aim to show whether ...") are reported, not claimed. Stateless.
 */
final class OverstatedEvidenceRule implements Rule {
  @Override
  public Optional<Judgement> judge(Reading reading) {
    if (reading.isTitle()) {
      return Optional.empty();
    }
    SentenceCertainty certainty = reading.certainty();
    List<Judgement> found = new ArrayList<>();
    for (FoundCue evidential : certainty.cues(CueKind.EVIDENTIAL)) {
      if (certainty.framed(evidential.start())) {
        continue;
      }
      List<ClaimAssertion> cited = reading.claims().stream()
          .filter(a -> reading.statedAfter(a.match(), evidential))
          .toList();
      Optional<ClaimAssertion> overstated = cited.stream()
          .filter(a -> a.claim().rating() == Rating.UNSUPPORTED || (!evidential.weak() && a.claim().rating() == Rating.CONTESTED))
          .sorted(Reading.WORST_FIRST)
          .findFirst();
      Wording wording = evidential.weak() ? Wording.PLAIN : Wording.STRONG;
      if (overstated.isPresent()) {
        found.add(new Judgement(OverstatementRule.OVERSTATED_EVIDENCE, wording, Optional.of(overstated.get().match()), List.of(evidential)));
      } else if (cited.isEmpty() && !evidential.weak() && reading.aboutSubject() && citesBenefit(reading, evidential)) {
        found.add(new Judgement(OverstatementRule.OVERSTATED_EVIDENCE, wording, Optional.empty(), List.of(evidential)));
      }
    }
    return found.stream().max(Comparator.comparing(Judgement::severity));
  }

  private static boolean citesBenefit(Reading reading, FoundCue evidential) {
    int clause = reading.certainty().clauses().of(evidential.start());
    return !reading.statesRisk(clause, evidential) && reading.benefitHits(clause).stream()
        .anyMatch(h -> h.start() >= evidential.end() && !reading.certainty().framed(h.start()));
  }
}
