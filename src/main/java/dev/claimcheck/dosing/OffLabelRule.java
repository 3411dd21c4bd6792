package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.Outcomes;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.claims.Relation;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.read.Attribution;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.read.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A prescription drug taken for a use it is not approved for, in self-treatment: "take ivermectin
 * to prevent COVID", "2 tablets of hydroxychloroquine a day for a cold". The approved uses are the
 * supported {@code approved} rows of the drug; a use under one of them (a kind of parasitic
 * infection) is approved too. An error: the dose is set by no one, for a use no trial supports.
 */
final class OffLabelRule implements DosingRule {
  private final Map<String, Substance> prescription = new HashMap<>();
  private final Map<String, Set<String>> approvedOutcomes = new HashMap<>();
  private final Outcomes outcomes;

  OffLabelRule(ClaimDatabase db) {
    this.outcomes = db.outcomes();
    for (Substance s : db.substances()) {
      if (s.prescription() && s.hasApprovedUse()) {
        prescription.put(s.id(), s);
      }
    }
    for (EvidenceRow r : db.rows()) {
      if (r.relation() == Relation.APPROVED && r.claim().rating() == Rating.SUPPORTED && r.outcome().isPresent()) {
        approvedOutcomes.computeIfAbsent(r.substance(), k -> new HashSet<>()).add(r.outcome().get());
      }
    }
  }

  @Override
  public List<Finding> judge(SentenceFacts f) {
    boolean instruction = f.frame().positiveImperative() || !f.doses().isEmpty();
    List<Finding> findings = new ArrayList<>();
    if (!instruction) {
      return findings;
    }
    Set<String> reported = new HashSet<>();
    for (FrameMatch fm : f.claims()) {
      ClaimFrame frame = fm.frame();
      Optional<Substance> drug = frame.subject().map(prescription::get);
      if (drug.isEmpty() || !frame.relation().isTherapeutic() || frame.polarity() != Polarity.AFFIRMED
          || frame.attribution() != Attribution.AUTHOR || frame.outcome().isEmpty() || approved(drug.get(), frame.outcome().get())
          || !reported.add(drug.get().id())) {
        continue;
      }
      findings.add(f.finding(Severity.ERROR, "off-label-self-treatment",
          "Advises taking " + drug.get().name() + ", a prescription medicine, for " + frame.outcomeText()
              + ", a use it is not approved for (approved: " + String.join(", ", drug.get().approvedUses())
              + "); doses for self-treatment are set by no one.",
          List.of()));
    }
    return findings;
  }

  private boolean approved(Substance drug, String outcome) {
    Set<String> approved = approvedOutcomes.getOrDefault(drug.id(), Set.of());
    return outcomes.lineage(outcome).stream().anyMatch(approved::contains);
  }
}
