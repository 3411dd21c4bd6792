package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome vocabulary with its hierarchy resolved: each outcome's type, seriousness and good
 * direction (its own or inherited), and its ancestors, which the row matcher walks from the most
 * specific outcome up. Immutable and thread-safe.
 */
public final class Outcomes {
  private final Map<String, Outcome> byId = new LinkedHashMap<>();
  private final Map<String, List<String>> lineage = new LinkedHashMap<>();
  private final Map<String, List<String>> opposites = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();

  Outcomes(Collection<Outcome> outcomes) {
    this(outcomes, List.of());
  }

  Outcomes(Collection<Outcome> outcomes, List<OutcomeFileReader.Opposites> pairs) {
    for (OutcomeFileReader.Opposites p : pairs) {
      opposites.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
      opposites.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
    }
    for (Outcome o : outcomes) {
      byId.putIfAbsent(o.id(), o);
    }
    for (Outcome o : byId.values()) {
      o.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(o.id()));
      List<String> line = new ArrayList<>();
      for (Optional<Outcome> at = Optional.of(o); at.isPresent() && !line.contains(at.get().id());
          at = at.get().parent().map(byId::get)) {
        line.add(at.get().id());
      }
      lineage.put(o.id(), List.copyOf(line));
    }
  }

  public static Outcomes empty() {
    return new Outcomes(List.of());
  }

  public Collection<Outcome> all() {
    return byId.values();
  }

  public Optional<Outcome> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The outcome and its ancestors, most specific first. */
  public List<String> lineage(String id) {
    return lineage.getOrDefault(id, List.of(id));
  }

  /** The outcomes directly under it, in file order. */
  public List<String> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** The outcomes paired with it as its opposite ("insomnia" for "sleep"). */
  public List<String> opposites(String id) {
    return opposites.getOrDefault(id, List.of());
  }

  /** Its own type or the nearest ancestor's; symptom when none says. */
  public OutcomeType type(String id) {
    for (String at : lineage(id)) {
      Optional<OutcomeType> t = byId.get(at) == null ? Optional.empty() : byId.get(at).type();
      if (t.isPresent()) {
        return t.get();
      }
    }
    return OutcomeType.SYMPTOM;
  }

  /** Whether it or an ancestor is marked serious (cancer, diabetes, heart disease, infections, ...). */
  public boolean serious(String id) {
    for (String at : lineage(id)) {
      Outcome o = byId.get(at);
      if (o != null && o.serious().isPresent()) {
        return o.serious().get();
      }
    }
    return false;
  }

  /** For measures: whether lower is better (its own statement or an ancestor's; lower by default). */
  public boolean lowerIsBetter(String id) {
    for (String at : lineage(id)) {
      Outcome o = byId.get(at);
      if (o != null && o.lowerIsBetter().isPresent()) {
        return o.lowerIsBetter().get();
      }
    }
    return true;
  }

  /** Whether, for this outcome, more of it is bad: a disease, symptom, harm, or a measure best kept low. */
  public boolean moreIsBad(String id) {
    OutcomeType t = type(id);
    return t.isBad() || t == OutcomeType.MEASURE && lowerIsBetter(id);
  }

  public String label(String id) {
    Outcome o = byId.get(id);
    return o == null ? id.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : o.label();
  }
}
