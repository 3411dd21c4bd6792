package dev.claimcheck.dosing;

import dev.claimcheck.claims.DoseUnit;
import dev.claimcheck.dosing.DoseLexer.Atom;
import dev.claimcheck.dosing.DoseLexer.Kind;
import dev.claimcheck.dosing.DoseMention.Bound;
import dev.claimcheck.segment.AnalyzedSentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the doses in an analysed sentence the way a pharmacist does: amounts (digits, decimals,
 * fractions, number words, ranges, ceilings), units, frequencies ("twice daily", "every 4-6 hours",
 * "t.i.d."), route, duration and "per serving", and ties each frequency to its amount so that the
 * daily total can be computed. Works on the sentence's tokens through {@link DoseLexer}. Stateless
 * and thread-safe.
 */
public final class DoseExtractor {
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);
  private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
  private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ".", "!", "?", "but", "while", "whereas", "however");

  private final DoseLexer lexer = new DoseLexer();

  /** A number read at some position: its value and the atom after it. */
  private record Num(BigDecimal value, int next) {}

  /** An amount or count: min..max, how it bounds, its atoms. */
  private record Amount(BigDecimal min, BigDecimal max, Bound bound, int start, int next) {}

  /** A unit read after an amount. */
  private record UnitRead(DoseUnit unit, boolean perKg, int next) {}

  /** Something found at atoms start..next. */
  private record Piece<T>(T value, int start, int next) {}

  /** A marker said about a dose: per serving, a route, a duration. */
  private record Marker(boolean perServing, Optional<String> route, Optional<String> duration) {}

  /** Every dose in the sentence, in order. */
  public List<DoseMention> extract(AnalyzedSentence sentence) {
    List<Atom> atoms = lexer.lex(sentence);
    List<Piece<Frequency>> frequencies = frequencies(atoms, sentence);
    List<Piece<DoseMention>> mentions = amounts(atoms, sentence, frequencies);
    List<Piece<Marker>> markers = markers(atoms, sentence);
    List<DoseMention> out = new ArrayList<>();
    for (Piece<DoseMention> m : mentions) {
      out.add(m.value());
    }
    for (Piece<Frequency> f : frequencies) {
      int target = nearest(mentions, f.start(), f.next(), atoms, out, true);
      if (target >= 0) {
        out.set(target, out.get(target).withFrequency(f.value()));
      } else {
        out.add(bareSchedule(f, atoms, sentence));
        mentions.add(new Piece<>(out.get(out.size() - 1), f.start(), f.next()));
      }
    }
    for (Piece<Marker> m : markers) {
      int target = nearest(mentions, m.start(), m.next(), atoms, out, false);
      if (target >= 0) {
        out.set(target, out.get(target).with(m.value().perServing(), m.value().route(), m.value().duration()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(DoseMention::startToken));
    return out;
  }

  /**
   * The mention a frequency or marker at {@code start..next} belongs to: the closest one before it
   * in the same clause, else the first one after it in the same clause.
   */
  private static int nearest(List<Piece<DoseMention>> mentions, int start, int next, List<Atom> atoms,
      List<DoseMention> current, boolean needsNoFrequency) {
    int best = -1;
    for (int i = 0; i < mentions.size(); i++) {
      Piece<DoseMention> m = mentions.get(i);
      boolean free = !needsNoFrequency || current.get(i).frequency().isEmpty();
      if (free && m.next() <= start && !breakBetween(atoms, m.next(), start)) {
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int i = 0; i < mentions.size(); i++) {
      Piece<DoseMention> m = mentions.get(i);
      boolean free = !needsNoFrequency || current.get(i).frequency().isEmpty();
      if (free && m.start() >= next && !breakBetween(atoms, next, m.start())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean breakBetween(List<Atom> atoms, int from, int to) {
    for (int i = from; i < to && i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      // "tsp." inside a sentence: an abbreviation's period, not the end of a clause.
      boolean abbreviation = a.key().equals(".") && !a.spaceBefore() && i > 0
          && DoseVocabulary.unit(atoms.get(i - 1).key()).isPresent();
      if (CLAUSE_BREAKS.contains(a.key()) && !abbreviation) {
        return true;
      }
    }
    return false;
  }

  private static DoseMention bareSchedule(Piece<Frequency> f, List<Atom> atoms, AnalyzedSentence s) {
    return new DoseMention(Optional.empty(), Bound.EXACT, false, Optional.of(f.value()), false, Optional.empty(), Optional.empty(),
        Optional.empty(), text(atoms, f.start(), f.next(), s), atoms.get(f.start()).token(), atoms.get(f.next() - 1).token() + 1);
  }

  // ------------------------------------------------------------------ amounts

  private List<Piece<DoseMention>> amounts(List<Atom> atoms, AnalyzedSentence s, List<Piece<Frequency>> frequencies) {
    List<Piece<DoseMention>> out = new ArrayList<>();
    int i = 0;
    while (i < atoms.size()) {
      Optional<Piece<DoseMention>> m = mentionAt(atoms, i, s);
      if (m.isPresent() && !overlaps(m.get(), frequencies)
          && !(m.get().value().amount().map(q -> q.unit() == DoseUnit.SERVING).orElse(false) && !out.isEmpty())) {
        out.add(m.get());
        i = m.get().next();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean overlaps(Piece<?> p, List<? extends Piece<?>> others) {
    return others.stream().anyMatch(o -> o.start() < p.next() && p.start() < o.next());
  }

  private Optional<Piece<DoseMention>> mentionAt(List<Atom> atoms, int i, AnalyzedSentence s) {
    Amount a = amount(atoms, i);
    if (a == null) {
      return Optional.empty();
    }
    UnitRead u = unit(atoms, a.next());
    int start = a.start();
    BigDecimal min = a.min();
    BigDecimal max = a.max();
    Optional<String> pieces = Optional.empty();
    if (u != null && u.unit().dimension() == DoseUnit.Dimension.PIECE && a.min().compareTo(a.max()) == 0
        && (is(atoms, u.next(), "of") || is(atoms, u.next(), "containing") || is(atoms, u.next(), "with"))) {
      // "2 capsules of 25 mg zinc": a count of pieces, then the strength of each.
      Amount strength = amount(atoms, u.next() + 1);
      UnitRead su = strength == null ? null : unit(atoms, strength.next());
      if (su != null && su.unit().dimension() != DoseUnit.Dimension.PIECE && strength.min().compareTo(strength.max()) == 0) {
        pieces = Optional.of(Quantity.plain(a.min()) + " " + u.unit().symbol() + " × " + Quantity.plain(strength.min()) + " "
            + su.unit().symbol());
        min = strength.min().multiply(a.min());
        max = min;
        u = su;
      }
    } else if (u == null) {
      // "two 500 mg capsules": a count, then the strength of each piece.
      Amount strength = a.bound() == Bound.EXACT && a.min().compareTo(a.max()) == 0 ? amount(atoms, a.next()) : null;
      UnitRead su = strength == null ? null : unit(atoms, strength.next());
      if (su == null || su.unit().dimension() == DoseUnit.Dimension.PIECE) {
        return Optional.empty();
      }
      int after = skipAdjectives(atoms, su.next());
      // "two 16 mg buprenorphine tablets": a name may stand between the strength and the piece.
      for (int k = 0; k < 2 && after < atoms.size() && atoms.get(after).kind() == Kind.WORD
          && DoseVocabulary.unit(atoms.get(after).key()).isEmpty(); k++) {
        after++;
      }
      if (after >= atoms.size() || DoseVocabulary.unit(atoms.get(after).key()).map(x -> x.dimension() != DoseUnit.Dimension.PIECE).orElse(true)) {
        return Optional.empty();
      }
      min = strength.min().multiply(a.min());
      max = strength.max().multiply(a.max());
      if (a.min().compareTo(BigDecimal.ONE) != 0 && strength.min().compareTo(strength.max()) == 0) {
        pieces = Optional.of(Quantity.plain(a.min()) + " × " + Quantity.plain(strength.min()) + " " + su.unit().symbol());
      }
      u = new UnitRead(su.unit(), su.perKg(), after + 1);
    }
    if (min.compareTo(max) > 0 || max.signum() <= 0) {
      return Optional.empty();
    }
    Quantity q = new Quantity(min, max, u.unit());
    DoseMention mention = new DoseMention(Optional.of(q), a.bound(), u.perKg(), Optional.empty(), false, Optional.empty(),
        Optional.empty(), pieces, text(atoms, start, u.next(), s), atoms.get(start).token(), atoms.get(u.next() - 1).token() + 1);
    return Optional.of(new Piece<>(mention, start, u.next()));
  }

  /** An amount at {@code i}: a number or range, with a ceiling/floor/approximation word before it. */
  private static Amount amount(List<Atom> atoms, int i) {
    int j = i;
    Bound bound = Bound.EXACT;
    int ceiling = prefix(atoms, j, CEILINGS);
    int floor = ceiling < 0 ? prefix(atoms, j, FLOORS) : -1;
    if (ceiling > 0) {
      bound = Bound.UP_TO;
      j = ceiling;
    } else if (floor > 0) {
      bound = negatedBefore(atoms, i) ? Bound.UP_TO : Bound.AT_LEAST;
      j = floor;
    } else if (is(atoms, j, "between") || is(atoms, j, "from")) {
      String joiner = is(atoms, j, "between") ? "and" : "to";
      Num a = number(atoms, j + 1);
      if (a == null) {
        return null;
      }
      int k = unitThenSkip(atoms, a.next());
      Num b = is(atoms, k, joiner) || (joiner.equals("to") && dash(atoms, k)) ? number(atoms, k + 1) : null;
      if (b == null || b.value().compareTo(a.value()) < 0) {
        return null;
      }
      return new Amount(a.value(), b.value(), Bound.EXACT, i, b.next());
    } else if (APPROXIMATELY.contains(key(atoms, j)) || "~".equals(key(atoms, j))) {
      j++;
    }
    Num a = number(atoms, j);
    if (a == null) {
      return null;
    }
    int k = unitThenSkip(atoms, a.next());
    if (dash(atoms, k) || is(atoms, k, "to") || is(atoms, k, "or")) {
      Num b = number(atoms, k + 1);
      if (b != null && b.value().compareTo(a.value()) > 0) {
        return bounded(a.value(), b.value(), bound, i, b.next());
      }
    }
    return bounded(a.value(), a.value(), bound, i, a.next());
  }

  private static Amount bounded(BigDecimal min, BigDecimal max, Bound bound, int start, int next) {
    return new Amount(bound == Bound.UP_TO ? BigDecimal.ZERO : min, max, bound, start, next);
  }

  /** "2g-4g", "2 g to 4 g": a unit may stand between the two ends of a range. */
  private static int unitThenSkip(List<Atom> atoms, int k) {
    if (k < atoms.size() && DoseVocabulary.unit(atoms.get(k).key()).isPresent()
        && k + 1 < atoms.size() && (dash(atoms, k + 1) || is(atoms, k + 1, "to"))) {
      return k + 1;
    }
    return k;
  }

  private static final List<List<String>> CEILINGS = List.of(
      List.of("up", "to"), List.of("no", "more", "than"), List.of("not", "more", "than"), List.of("never", "more", "than"),
      List.of("no", "higher", "than"), List.of("not", "to", "exceed"), List.of("not", "exceeding"), List.of("a", "maximum", "of"),
      List.of("maximum", "of"), List.of("max", "of"), List.of("maximum"), List.of("max"), List.of("at", "most"),
      List.of("less", "than"), List.of("fewer", "than"), List.of("under"), List.of("below"), List.of("no", "greater", "than"));

  private static final List<List<String>> FLOORS = List.of(
      List.of("more", "than"), List.of("over"), List.of("above"), List.of("at", "least"), List.of("in", "excess", "of"),
      List.of("exceeding"), List.of("exceed"), List.of("exceeds"), List.of("higher", "than"), List.of("greater", "than"),
      List.of("upwards", "of"), List.of("a", "minimum", "of"), List.of("beyond"));

  private static final Set<String> APPROXIMATELY = Set.of("about", "around", "approximately", "roughly", "some", "nearly",
      "almost", "approx", "ca", "circa", "just");

  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "n't", "nt", "dont", "don", "cannot");

  /** "do not exceed 4 g", "never more than": a floor word under negation is a ceiling. */
  private static boolean negatedBefore(List<Atom> atoms, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (NEGATIONS.contains(atoms.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** The atom after a multi-word prefix that starts at {@code i}, or -1. */
  private static int prefix(List<Atom> atoms, int i, List<List<String>> prefixes) {
    for (List<String> p : prefixes) {
      boolean ok = i + p.size() < atoms.size();
      for (int k = 0; ok && k < p.size(); k++) {
        ok = atoms.get(i + k).key().equals(p.get(k));
      }
      if (ok && number(atoms, i + p.size()) != null) {
        return i + p.size();
      }
    }
    return -1;
  }

  /** A single number at {@code i}: digits, decimals, fractions, mixed numbers, number words. */
  private static Num number(List<Atom> atoms, int i) {
    if (i >= atoms.size()) {
      return null;
    }
    Atom a = atoms.get(i);
    if (a.isNumber()) {
      BigDecimal v = a.value();
      int j = i + 1;
      if (slashFraction(atoms, i)) {
        v = v.divide(atoms.get(i + 2).value(), Quantity.PRECISION);
        j = i + 3;
      } else if (j < atoms.size() && atoms.get(j).isNumber() && isVulgar(atoms.get(j))) {
        v = v.add(atoms.get(j).value());
        j++;
      } else if (j < atoms.size() && atoms.get(j).isNumber() && slashFraction(atoms, j)
          && atoms.get(j).value().compareTo(atoms.get(j + 2).value()) < 0) {
        v = v.add(atoms.get(j).value().divide(atoms.get(j + 2).value(), Quantity.PRECISION));
        j += 3;
      }
      return andAHalf(atoms, v, j);
    }
    if (a.kind() != Kind.WORD) {
      return null;
    }
    String w = a.key();
    if (w.equals("a") || w.equals("an")) {
      if (is(atoms, i + 1, "couple")) {
        return new Num(BigDecimal.valueOf(2), is(atoms, i + 2, "of") ? i + 3 : i + 2);
      }
      if (is(atoms, i + 1, "half") || is(atoms, i + 1, "quarter") || is(atoms, i + 1, "dozen") || is(atoms, i + 1, "single")) {
        return number(atoms, i + 1);
      }
      // "a teaspoon": the article counts as one only right before a unit.
      int k = skipAdjectives(atoms, i + 1);
      if (k < atoms.size() && DoseVocabulary.unit(atoms.get(k).key()).isPresent()) {
        return new Num(BigDecimal.ONE, i + 1);
      }
      return null;
    }
    if (w.equals("couple") && is(atoms, i + 1, "of")) {
      return new Num(BigDecimal.valueOf(2), i + 2);
    }
    Optional<BigDecimal> v = DoseVocabulary.numberWord(w);
    if (v.isEmpty()) {
      return null;
    }
    int j = i + 1;
    if ((w.equals("half") || w.equals("quarter")) && (is(atoms, j, "a") || is(atoms, j, "an"))) {
      j++;
    } else if ((w.equals("half") || w.equals("quarter")) && is(atoms, j, "of") && (is(atoms, j + 1, "a") || is(atoms, j + 1, "an"))) {
      j += 2;
    } else if (dash(atoms, j) && is(atoms, j + 1, "half")) {
      // "one-half"
      return new Num(v.get().multiply(new BigDecimal("0.5")), j + 2);
    }
    return andAHalf(atoms, v.get(), j);
  }

  private static Num andAHalf(List<Atom> atoms, BigDecimal v, int j) {
    if (is(atoms, j, "and") && (is(atoms, j + 1, "a") || is(atoms, j + 1, "one")) && is(atoms, j + 2, "half")) {
      return new Num(v.add(new BigDecimal("0.5")), j + 3);
    }
    return new Num(v, j);
  }

  /** "1/2" written without spaces, with a small denominator (not "24/7"). */
  private static boolean slashFraction(List<Atom> atoms, int i) {
    if (i + 2 >= atoms.size()) {
      return false;
    }
    Atom slash = atoms.get(i + 1);
    Atom den = atoms.get(i + 2);
    return slash.kind() == Kind.SLASH && !slash.spaceBefore() && den.isNumber() && !den.spaceBefore()
        && den.value().signum() > 0 && den.value().compareTo(BigDecimal.valueOf(16)) <= 0
        && atoms.get(i).value().compareTo(den.value()) < 0;
  }

  private static boolean isVulgar(Atom a) {
    return "½¼¾⅓⅔⅛".contains(a.text());
  }

  private static int skipAdjectives(List<Atom> atoms, int k) {
    int limit = k + 2;
    while (k < atoms.size() && k < limit && DoseVocabulary.UNIT_ADJECTIVES.contains(atoms.get(k).key())) {
      k++;
    }
    return k;
  }

  /** The unit at {@code k} (after optional "level", "heaping" ...), with "/kg" and "/0.5 mg" handled. */
  private static UnitRead unit(List<Atom> atoms, int k) {
    k = skipAdjectives(atoms, k);
    if (k >= atoms.size()) {
      return null;
    }
    Optional<DoseUnit> unit = DoseVocabulary.unit(atoms.get(k).key());
    int next = k + 1;
    if (is(atoms, k, "international") && is(atoms, k + 1, "units")) {
      unit = Optional.of(DoseUnit.IU);
      next = k + 2;
    }
    if (unit.isEmpty() && !atoms.get(k).lemma().equals(atoms.get(k).key())) {
      unit = DoseVocabulary.unit(atoms.get(k).lemma());
    }
    if (unit.isEmpty()) {
      return null;
    }
    boolean perKg = false;
    if (next + 1 < atoms.size() && atoms.get(next).kind() == Kind.SLASH && isKg(atoms.get(next + 1))) {
      perKg = true;
      next += 2;
    } else if (is(atoms, next, "per") && next + 1 < atoms.size() && isKg(atoms.get(next + 1))) {
      perKg = true;
      next += 2;
      if (is(atoms, next, "of") && is(atoms, next + 1, "body") && is(atoms, next + 2, "weight")) {
        next += 3;
      }
    } else if (next + 2 < atoms.size() && atoms.get(next).kind() == Kind.SLASH && atoms.get(next + 1).isNumber()
        && DoseVocabulary.unit(atoms.get(next + 2).key()).isPresent()) {
      // "2 mg/0.5 mg": the strength of a combination product; the first figure is the dose.
      next += 3;
    }
    return new UnitRead(unit.get(), perKg, next);
  }

  private static boolean isKg(Atom a) {
    return a.key().equals("kg") || a.key().equals("kilogram") || a.key().equals("lb") || a.key().equals("pound");
  }

  // ------------------------------------------------------------------ frequencies

  private List<Piece<Frequency>> frequencies(List<Atom> atoms, AnalyzedSentence s) {
    List<Piece<Frequency>> out = new ArrayList<>();
    int i = 0;
    while (i < atoms.size()) {
      Piece<BigDecimal[]> f = frequencyAt(atoms, i);
      if (f != null && f.value()[1].signum() > 0) {
        out.add(new Piece<>(Frequency.perDay(f.value()[0], f.value()[1], text(atoms, f.start(), f.next(), s)), f.start(), f.next()));
        i = f.next();
      } else {
        i++;
      }
    }
    return out;
  }

  /** A frequency starting at {@code i} as {min, max} times a day. */
  private static Piece<BigDecimal[]> frequencyAt(List<Atom> atoms, int i) {
    String w = key(atoms, i);
    // once / twice / thrice (or "once or twice") + period
    BigDecimal n = multiplier(w);
    if (n != null) {
      BigDecimal m = n;
      int j = i + 1;
      if (is(atoms, j, "or") && multiplier(key(atoms, j + 1)) != null) {
        m = multiplier(key(atoms, j + 1));
        j += 2;
      }
      Piece<BigDecimal> period = period(atoms, j);
      if (period != null) {
        return range(n.multiply(period.value()), m.multiply(period.value()), i, period.next());
      }
      return null;
    }
    // [up to] N[-M] times|x|doses|servings + period
    Amount count = amount(atoms, i);
    if (count != null && count.max().compareTo(BigDecimal.valueOf(48)) <= 0) {
      int j = count.next();
      if (is(atoms, j, "times") || is(atoms, j, "time") || is(atoms, j, "x") || is(atoms, j, "doses")
          || is(atoms, j, "servings") || is(atoms, j, "dose")) {
        Piece<BigDecimal> period = period(atoms, j + 1);
        if (period != null) {
          BigDecimal min = count.bound() == Bound.UP_TO ? BigDecimal.ONE.min(count.max()) : count.min();
          return range(min.multiply(period.value()), count.max().multiply(period.value()), i, period.next());
        }
      }
    }
    // b.i.d., t.i.d., q.i.d., q.d., qhs
    BigDecimal abbreviation = switch (w) {
      case "bid", "bd" -> BigDecimal.valueOf(2);
      case "tid", "tds" -> BigDecimal.valueOf(3);
      case "qid", "qds" -> BigDecimal.valueOf(4);
      case "qd", "qhs", "qam", "qpm" -> BigDecimal.ONE;
      case "qod" -> new BigDecimal("0.5");
      default -> null;
    };
    if (abbreviation != null) {
      return range(abbreviation, abbreviation, i, i + 1);
    }
    // q6h, q4-6h
    if (w.equals("q")) {
      Amount hours = amount(atoms, i + 1);
      if (hours != null && hours.min().signum() > 0 && (is(atoms, hours.next(), "h") || is(atoms, hours.next(), "hr"))) {
        return everyHours(hours, i, hours.next() + 1);
      }
    }
    // every / each ...
    if (w.equals("every") || w.equals("each")) {
      return every(atoms, i);
    }
    // morning and evening
    if ((w.equals("morning") || w.equals("mornings")) && is(atoms, i + 1, "and")
        && (is(atoms, i + 2, "evening") || is(atoms, i + 2, "night") || is(atoms, i + 2, "evenings") || is(atoms, i + 2, "bedtime"))) {
      return range(BigDecimal.valueOf(2), BigDecimal.valueOf(2), i, i + 3);
    }
    // daily, a day, per week ...
    Piece<BigDecimal> period = period(atoms, i);
    if (period != null) {
      return range(period.value(), period.value(), i, period.next());
    }
    return null;
  }

  private static Piece<BigDecimal[]> every(List<Atom> atoms, int i) {
    int j = i + 1;
    if (is(atoms, j, "other") && is(atoms, j + 1, "day")) {
      return range(new BigDecimal("0.5"), new BigDecimal("0.5"), i, j + 2);
    }
    if (is(atoms, j, "day") || is(atoms, j, "morning") || is(atoms, j, "evening") || is(atoms, j, "night")
        || is(atoms, j, "afternoon") || is(atoms, j, "bedtime")) {
      boolean twice = is(atoms, j + 1, "and") && (is(atoms, j + 2, "evening") || is(atoms, j + 2, "night") || is(atoms, j + 2, "morning"));
      BigDecimal n = twice ? BigDecimal.valueOf(2) : BigDecimal.ONE;
      return range(n, n, i, twice ? j + 3 : j + 1);
    }
    if (is(atoms, j, "hour") || is(atoms, j, "hr")) {
      return range(HOURS_PER_DAY, HOURS_PER_DAY, i, j + 1);
    }
    if (is(atoms, j, "week")) {
      BigDecimal w = BigDecimal.ONE.divide(DAYS_PER_WEEK, Quantity.PRECISION);
      return range(w, w, i, j + 1);
    }
    Amount a = amount(atoms, j);
    if (a == null || a.min().signum() <= 0) {
      return null;
    }
    int k = a.next();
    if (is(atoms, k, "hours") || is(atoms, k, "hour") || is(atoms, k, "hrs") || is(atoms, k, "h") || is(atoms, k, "hr")) {
      return everyHours(a, i, k + 1);
    }
    if (is(atoms, k, "days") || is(atoms, k, "day")) {
      return range(BigDecimal.ONE.divide(a.max(), Quantity.PRECISION), BigDecimal.ONE.divide(a.min(), Quantity.PRECISION), i, k + 1);
    }
    return null;
  }

  private static Piece<BigDecimal[]> everyHours(Amount hours, int start, int next) {
    return range(HOURS_PER_DAY.divide(hours.max(), Quantity.PRECISION), HOURS_PER_DAY.divide(hours.min(), Quantity.PRECISION), start, next);
  }

  private static BigDecimal multiplier(String w) {
    return switch (w) {
      case "once" -> BigDecimal.ONE;
      case "twice" -> BigDecimal.valueOf(2);
      case "thrice" -> BigDecimal.valueOf(3);
      default -> null;
    };
  }

  /** "daily", "a day", "per day", "/day", "a week", "weekly" ...: how many of it make a day. */
  private static Piece<BigDecimal> period(List<Atom> atoms, int i) {
    String w = key(atoms, i);
    BigDecimal week = BigDecimal.ONE.divide(DAYS_PER_WEEK, Quantity.PRECISION);
    BigDecimal month = BigDecimal.ONE.divide(DAYS_PER_MONTH, Quantity.PRECISION);
    switch (w) {
      case "daily", "nightly", "day", "qd" -> {
        return w.equals("day") ? null : new Piece<>(BigDecimal.ONE, i, i + 1);
      }
      case "weekly" -> {
        return new Piece<>(week, i, i + 1);
      }
      case "monthly" -> {
        return new Piece<>(month, i, i + 1);
      }
      default -> { }
    }
    boolean per = w.equals("a") || w.equals("per") || w.equals("each") || w.equals("an") || w.equals("every")
        || w.equals("/") || w.equals("in") || w.equals("within");
    if (!per) {
      return null;
    }
    int j = i + 1;
    if ((w.equals("in") || w.equals("within")) && (is(atoms, j, "a") || is(atoms, j, "one"))) {
      j++;
    }
    String unit = key(atoms, j);
    switch (unit) {
      case "day", "d", "night", "diem" -> {
        return w.equals("in") || w.equals("within") || !unit.equals("d") || w.equals("/") ? new Piece<>(BigDecimal.ONE, i, j + 1) : null;
      }
      case "week", "wk" -> {
        return new Piece<>(week, i, j + 1);
      }
      case "month" -> {
        return new Piece<>(month, i, j + 1);
      }
      default -> { }
    }
    if (j < atoms.size() && atoms.get(j).isNumber() && atoms.get(j).value().compareTo(HOURS_PER_DAY) == 0
        && (is(atoms, j + 1, "hours") || is(atoms, j + 1, "hour") || is(atoms, j + 1, "h"))) {
      return new Piece<>(BigDecimal.ONE, i, j + 2);
    }
    return null;
  }

  private static Piece<BigDecimal[]> range(BigDecimal min, BigDecimal max, int start, int next) {
    return new Piece<>(new BigDecimal[] {min.min(max), max.max(min)}, start, next);
  }

  // ------------------------------------------------------------------ markers

  private static List<Piece<Marker>> markers(List<Atom> atoms, AnalyzedSentence s) {
    List<Piece<Marker>> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      String w = key(atoms, i);
      if ((w.equals("per") || w.equals("each") || w.equals("a")) && (is(atoms, i + 1, "serving") || is(atoms, i + 1, "dose")
          || is(atoms, i + 1, "session") || is(atoms, i + 1, "use") || is(atoms, i + 1, "sitting"))) {
        out.add(new Piece<>(new Marker(true, Optional.empty(), Optional.empty()), i, i + 2));
      } else if (w.equals("at") && (is(atoms, i + 1, "once") || (is(atoms, i + 1, "a") && is(atoms, i + 2, "time")))) {
        out.add(new Piece<>(new Marker(true, Optional.empty(), Optional.empty()), i, i + 2));
      } else if (DoseVocabulary.route(w).isPresent()) {
        out.add(new Piece<>(new Marker(false, DoseVocabulary.route(w), Optional.empty()), i, i + 1));
      } else if (w.equals("by") && is(atoms, i + 1, "mouth")) {
        out.add(new Piece<>(new Marker(false, Optional.of("oral"), Optional.empty()), i, i + 2));
      } else if (w.equals("under") && is(atoms, i + 1, "the") && is(atoms, i + 2, "tongue")) {
        out.add(new Piece<>(new Marker(false, Optional.of("sublingual"), Optional.empty()), i, i + 3));
      } else if (w.equals("for") || w.equals("over")) {
        int j = i + 1;
        if (is(atoms, j, "up") && is(atoms, j + 1, "to")) {
          j += 2;
        }
        Num n = is(atoms, j, "a") ? new Num(BigDecimal.ONE, j + 1) : number(atoms, j);
        String period = n == null ? "" : singular(key(atoms, n.next()));
        if (DURATIONS.contains(period)) {
          String d = Quantity.plain(n.value()) + " " + period + (n.value().compareTo(BigDecimal.ONE) == 0 ? "" : "s");
          out.add(new Piece<>(new Marker(false, Optional.empty(), Optional.of(d)), i, n.next() + 1));
        }
      }
    }
    return out;
  }

  private static final Set<String> DURATIONS = Set.of("day", "week", "month", "year");

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  // ------------------------------------------------------------------ helpers

  private static boolean is(List<Atom> atoms, int i, String word) {
    return i >= 0 && i < atoms.size() && atoms.get(i).is(word);
  }

  private static boolean dash(List<Atom> atoms, int i) {
    return i < atoms.size() && atoms.get(i).kind() == Kind.DASH;
  }

  private static String key(List<Atom> atoms, int i) {
    return i >= 0 && i < atoms.size() ? atoms.get(i).key() : "";
  }

  private static String text(List<Atom> atoms, int start, int next, AnalyzedSentence s) {
    int from = s.tokens().get(atoms.get(start).token()).start();
    int to = s.tokens().get(atoms.get(next - 1).token()).end();
    return s.text().substring(from, to);
  }
}
