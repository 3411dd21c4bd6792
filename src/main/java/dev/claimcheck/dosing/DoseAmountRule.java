package dev.claimcheck.dosing;

import dev.claimcheck.claims.DoseStatus;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.DoseLimit;
import dev.claimcheck.claims.DoseUnit;
import dev.claimcheck.claims.Population;
import dev.claimcheck.claims.Substance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dose instructions judged against the substance's facts: any amount or schedule advised for a
 * substance with no approved dose ({@code dose-no-approved-use}), and an amount or daily total
 * above a limit in the database ({@code dose-above-limit}). Doses that are only described (surveys,
 * case reports, thresholds of harm) or that a clinician sets for an approved drug are left alone.
 * Stateless and thread-safe.
 */
final class DoseAmountRule implements DosingRule {
  @Override
  public List<Finding> judge(SentenceFacts f) {
    Map<Substance, List<DoseMention>> bySubstance = new LinkedHashMap<>();
    for (DoseMention m : f.doses()) {
      if (!advised(f, m) || m.amount().isEmpty() && !scheduleOfSomething(f)) {
        continue;
      }
      f.substanceOf(m).ifPresent(s -> bySubstance.computeIfAbsent(s, k -> new ArrayList<>()).add(m));
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Substance, List<DoseMention>> e : bySubstance.entrySet()) {
      Substance s = e.getKey();
      DoseMention top = e.getValue().stream().max(Comparator.comparing(m -> size(m, s))).orElseThrow();
      Optional<Quantity> daily = daily(top, s);
      if (s.doseStatus().filter(d -> d == DoseStatus.NEVER_SWALLOW).isPresent()) {
        continue; // NeverSwallowRule judges what must never be swallowed: by mouth, not by amount
      }
      if (!s.hasApprovedDose()) {
        // Trial doses of a supplement are no approved dose either (RUBRIC dosing 1), but a warning,
        // not the error that a dose of kratom or colloidal silver is.
        boolean studied = s.doseStatus().filter(d -> d == DoseStatus.STUDIED_DOSES).isPresent();
        if (studied && f.frame().mentionsClinician()) {
          continue; // "ask a pediatrician before you give 5 mg of melatonin": general caution, not advice
        }
        findings.add(f.finding(studied ? Severity.WARNING : Severity.ERROR, "dose-no-approved-use",
            "Gives " + s.name() + " dosing: " + describe(top, s, daily) + "; " + s.name() + " has no approved dose for any use"
                + (studied ? " (doses used in studies are not a recommendation)." : "."),
            List.of(DoseDetail.of(s.name(), top, daily))));
        aboveLimit(f, s, top, daily).ifPresent(findings::add);
      } else if (!f.clinicalContext() && !top.perKg()) {
        aboveLimit(f, s, top, daily).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /**
   * Whether the sentence advises this dose. A floor ("more than 15 g") describes a threshold; a
   * negated imperative cautions ("never take 10 g at once") unless it sets a ceiling ("never take
   * more than 4 g a day", which still tells the reader how much to take).
   */
  private static boolean advised(SentenceFacts f, DoseMention m) {
    if (m.bound() == DoseMention.Bound.AT_LEAST) {
      return false;
    }
    AdviceFrame frame = f.frame();
    if (!frame.imperatives().isEmpty() && !frame.positiveImperative()) {
      return m.bound() == DoseMention.Bound.UP_TO;
    }
    return frame.advises() || listed(f, m) && !frame.reports() && !frame.warnsOfHarm();
  }

  /** "Dosage: 2-4 g", "1-2 grams: mild stimulation": a line of a dosing guide. */
  /** A pack size or a price, not a dose: "a 250 g bag costs 30 dollars". */
  private static final java.util.Set<String> COMMERCE = java.util.Set.of("cost", "costs", "price", "dollar", "dollars",
      "$", "buy", "bag", "pack", "bottle", "jar", "pouch", "sell", "shipping");

  private static boolean listed(SentenceFacts f, DoseMention m) {
    var t = f.sentence().tokens();
    boolean colonBefore = m.startToken() > 0 && t.get(m.startToken() - 1).lower().equals(":");
    boolean colonAfter = m.endToken() < t.size() && t.get(m.endToken()).lower().equals(":");
    // A dosing schedule is often a list or a fragment with no verb: "- Week 1: 100 mg once a day",
    // "600-1200 mg for the elderly".
    boolean item = f.sentence().sentence().kind() == dev.claimcheck.ingest.BlockKind.LIST_ITEM;
    boolean verbless = t.stream().noneMatch(dev.claimcheck.segment.Token::isVerb)
        && t.stream().noneMatch(k -> COMMERCE.contains(k.lemma()) || COMMERCE.contains(k.lower()));
    return colonBefore || colonAfter || item || verbless;
  }

  /** A bare schedule ("take it three times a day") counts only when it is about something taken. */
  private static boolean scheduleOfSomething(SentenceFacts f) {
    return f.frame().strongAdvice() && (!f.namedSubstances().isEmpty()
        || f.sentence().tokens().stream().anyMatch(t -> t.lower().equals("it") || t.lower().equals("them")
            || t.lemma().equals("dose") || t.lemma().equals("dosage") || t.lower().equals("powder")));
  }

  /** The largest dose of a substance in the sentence, by daily total, else by amount. */
  private static BigDecimal size(DoseMention m, Substance s) {
    Optional<Quantity> q = daily(m, s).or(() -> m.amount().flatMap(a -> inMass(a, s)).or(() -> m.amount()));
    return q.map(x -> x.max().multiply(x.unit().factor())).orElse(BigDecimal.ZERO);
  }

  /** The daily total, in mass when the substance data converts the unit (a teaspoon of powder). */
  static Optional<Quantity> daily(DoseMention m, Substance s) {
    return m.dailyTotal().map(q -> inMass(q, s).orElse(q));
  }

  private static Optional<Quantity> inMass(Quantity q, Substance s) {
    if (q.unit().dimension() == DoseUnit.Dimension.MASS || q.unit().dimension() == DoseUnit.Dimension.ACTIVITY) {
      return Optional.of(q);
    }
    return s.conversion(q.unit()).flatMap(c -> q.in(c.to(), Optional.of(c)));
  }

  /** "1-3 g per dose, up to 3 times a day = up to 9 g a day". */
  static String describe(DoseMention m, Substance s, Optional<Quantity> daily) {
    StringBuilder sb = new StringBuilder();
    if (m.amount().isPresent()) {
      Quantity a = m.amount().get();
      m.pieces().ifPresent(p -> sb.append(p).append(" = "));
      sb.append(a);
      inMass(a, s).filter(c -> c.unit() != a.unit()).ifPresent(c -> sb.append(" (about ").append(c).append(")"));
      if (m.perKg()) {
        sb.append(" per kg");
      }
      if (m.perServing()) {
        sb.append(" per dose");
      }
      m.frequency().ifPresent(fr -> sb.append(", ").append(fr.describe()));
    } else {
      sb.append(m.frequency().map(Frequency::describe).orElse(m.text()));
    }
    daily.ifPresent(d -> sb.append(" = ").append(total(d)).append(" a day"));
    if (m.amount().isPresent() && m.frequency().isEmpty()) {
      sb.append(" (no frequency given)");
    }
    return sb.toString();
  }

  static String total(Quantity d) {
    return d.isRange() ? "up to " + Quantity.plain(d.max()) + " " + d.unit().symbol() : d.toString();
  }

  private static Optional<Finding> aboveLimit(SentenceFacts f, Substance s, DoseMention m, Optional<Quantity> daily) {
    Population population = VulnerableGroupRule.population(f);
    for (DoseLimit limit : s.limitsFor(population)) {
      Optional<Quantity> measured = limit.perDay() ? daily.or(() -> m.amount()) : m.amount();
      Optional<Quantity> inLimitUnit = measured.flatMap(q -> q.in(limit.unit(), s.conversion(q.unit())));
      if (inLimitUnit.isPresent() && inLimitUnit.get().max().compareTo(limit.max()) > 0) {
        // "12000 IU ... (3600 mcg)": the figure in the limit's unit when the dose was given in another.
        String converted = measured.get().unit() == limit.unit() ? ""
            : " (" + (inLimitUnit.get().isRange() ? "up to " : "") + Quantity.plain(inLimitUnit.get().max()) + " "
                + limit.unit().symbol() + ")";
        String message = describe(m, s, daily) + converted + " of " + s.name() + " is above the " + limit.population().label()
            + " limit of " + Quantity.plain(limit.max()) + " " + limit.unit().symbol() + (limit.perDay() ? " a day" : " a dose")
            + " (" + limit.note() + "; " + limit.source().title() + ").";
        return Optional.of(f.finding(Severity.ERROR, "dose-above-limit", capitalise(message),
            List.of(DoseDetail.of(s.name(), m, daily))));
      }
    }
    return Optional.empty();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
