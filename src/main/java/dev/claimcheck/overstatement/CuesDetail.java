package dev.claimcheck.overstatement;

import dev.claimcheck.check.FindingDetail;
import java.util.List;

/**
 * The certainty cues of an overstatement finding, as written in the sentence; the JSON report
 * writes it as {@code "cues"}. Immutable.
 *
 * @param triggers the cues that made the finding (empty when the finding is about a missing hedge)
 * @param hedges hedges anywhere in the sentence (they may govern another clause than the claim)
 * @param boosters boosters and absolutes
 * @param evidential phrases that invoke evidence
 * @param attribution attributions and frames
 * @param promotional promotional phrases
 */
public record CuesDetail(List<String> triggers, List<String> hedges, List<String> boosters, List<String> evidential,
    List<String> attribution, List<String> promotional) implements FindingDetail {
  public CuesDetail {
    triggers = List.copyOf(triggers);
    hedges = List.copyOf(hedges);
    boosters = List.copyOf(boosters);
    evidential = List.copyOf(evidential);
    attribution = List.copyOf(attribution);
    promotional = List.copyOf(promotional);
  }

  @Override
  public String name() {
    return "cues";
  }
}
