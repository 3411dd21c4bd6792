package dev.claimcheck.read;

import java.util.Locale;

/**
 * How strongly a relation is stated, on the four levels science-communication research grades
 * findings by. Ordered weakest first, so the strongest of several frames is the maximum.
 */
public enum Strength {
  /** No relation stated, or one stated as absent or denied. */
  NONE,
  /** An association: "is linked to", "people who take X have lower Y". */
  CORRELATIONAL,
  /** Causal but hedged: "may reduce", "could help", "can lower". */
  CONDITIONAL,
  /** Causal and unhedged: "reduces", "cures", "improves". */
  DIRECT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
