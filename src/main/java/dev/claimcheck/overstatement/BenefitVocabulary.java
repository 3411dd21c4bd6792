package dev.claimcheck.overstatement;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimKind;
import dev.claimcheck.claims.Concept;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the claims database says about its concepts, for judging sentences no claim matches: the
 * subject of each claim, which concepts are substances, and which concepts express a benefit.
 * A benefit concept is required by some benefit or safety claim that can be overstated (rated
 * contested or unsupported) and by no harm claim: "relieve", "proven", "safe", but not
 * "withdrawal", which harms name too, nor "side effects", which safety claims require only
 * negated, nor "users report", which only supported claims require. Derived from the data
 * so that no concept id is written into the code. Immutable and thread-safe.
 */
final class BenefitVocabulary {
  private final ClaimDatabase db;
  private final Set<String> substances = new HashSet<>();
  private final Set<String> benefits = new HashSet<>();

  BenefitVocabulary(ClaimDatabase db) {
    this.db = db;
    for (Concept c : db.concepts().values()) {
      if (c.isSubstance()) {
        substances.add(c.id());
      }
    }
    Set<String> harms = new HashSet<>();
    for (Claim claim : db.claims()) {
      if (isBenefitOrSafety(claim) && claim.rating().isProblem()) {
        benefits.addAll(claim.match().all());
      } else if (claim.kind() == ClaimKind.HARM) {
        harms.addAll(claim.match().all());
        harms.addAll(claim.match().negated());
      }
    }
    benefits.removeAll(harms);
    benefits.removeAll(substances);
  }

  static boolean isBenefitOrSafety(Claim claim) {
    return claim.kind() == ClaimKind.BENEFIT || claim.kind() == ClaimKind.SAFETY;
  }

  /** The substance a claim is about: its topic's subject concept. */
  Optional<String> subjectOf(Claim claim) {
    return db.subjectOf(claim).filter(s -> !s.isEmpty());
  }

  boolean isSubstance(String concept) {
    return substances.contains(concept);
  }

  boolean expressesBenefit(String concept) {
    return benefits.contains(concept);
  }
}
