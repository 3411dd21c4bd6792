package dev.claimcheck.claims;

import dev.claimcheck.lexicon.CueLexicon;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated claims database: topics, claims, the concept vocabulary and the cue
 * lexicon. Immutable and thread-safe; load it once and share it.
 */
public final class ClaimDatabase {
  private final List<Topic> topics;
  private final List<Claim> claims;
  private final Map<String, Concept> concepts;
  private final CueLexicon cues;
  private final List<Substance> substances;
  private final List<SubstanceClass> substanceClasses;
  private final Map<ClaimId, Claim> byId = new LinkedHashMap<>();

  ClaimDatabase(List<Topic> topics, List<Claim> claims, Map<String, Concept> concepts, CueLexicon cues) {
    this(topics, claims, concepts, cues, List.of(), List.of());
  }

  private final Outcomes outcomes;
  private final List<EvidenceRow> rows;
  private final Map<String, Claim> doseClaims;

  ClaimDatabase(List<Topic> topics, List<Claim> claims, Map<String, Concept> concepts, CueLexicon cues,
      List<Substance> substances, List<SubstanceClass> substanceClasses) {
    this(topics, claims, concepts, cues, substances, substanceClasses, Outcomes.empty(), List.of(), Map.of());
  }

  ClaimDatabase(List<Topic> topics, List<Claim> claims, Map<String, Concept> concepts, CueLexicon cues,
      List<Substance> substances, List<SubstanceClass> substanceClasses, Outcomes outcomes, List<EvidenceRow> rows,
      Map<String, Claim> doseClaims) {
    this.outcomes = outcomes;
    this.doseClaims = Map.copyOf(doseClaims);
    this.rows = List.copyOf(rows);
    this.substances = List.copyOf(substances);
    this.substanceClasses = List.copyOf(substanceClasses);
    this.topics = List.copyOf(topics);
    this.claims = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
    this.concepts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
    this.cues = cues;
    for (Claim c : this.claims) {
      byId.put(c.id(), c);
    }
  }

  public List<Topic> topics() {
    return topics;
  }

  /** All claims, sorted by id. */
  public List<Claim> claims() {
    return claims;
  }

  public Optional<Claim> claim(ClaimId id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Map<String, Concept> concepts() {
    return concepts;
  }

  public CueLexicon cues() {
    return cues;
  }

  /** The outcome vocabulary with its hierarchy. */
  public Outcomes outcomes() {
    return outcomes;
  }

  /** The claim that a substance without an established dose has one (unsupported), by substance id. */
  public Optional<Claim> doseClaim(String substance) {
    return Optional.ofNullable(doseClaims.get(substance));
  }

  /** The rated rows of the evidence matrix, in file order. */
  public List<EvidenceRow> rows() {
    return rows;
  }

  /** Dosing facts per substance (substances.yaml), in file order. */
  public List<Substance> substances() {
    return substances;
  }

  /** The substance classes that substances' interactions refer to. */
  public List<SubstanceClass> substanceClasses() {
    return substanceClasses;
  }

  /** The subject concept of a claim's topic (the substance its examples are about). */
  public Optional<String> subjectOf(Claim claim) {
    return topics.stream().filter(t -> t.name().equals(claim.topic())).map(Topic::subject).findFirst();
  }
}
