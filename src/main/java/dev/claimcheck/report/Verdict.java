package dev.claimcheck.report;

import java.util.Locale;

/**
 * A moderator's verdict on one file, from its findings (after suppressions and severity
 * overrides). The thresholds, documented in docs/report-format.md:
 *
 * <ul>
 *   <li>{@link #REJECT}: at least one error (unsafe dosing advice, a dangerous overstatement), or
 *       {@value #REJECT_WARNINGS} or more warnings: an article that leans on that many unsupported
 *       claims needs rewriting, not editing;
 *   <li>{@link #REVISE}: at least one warning: fixable by an editor;
 *   <li>{@link #PASS}: only info findings (supported or contested claims named) or none;
 *   <li>{@link #UNREADABLE}: the file could not be checked at all.
 * </ul>
 */
public enum Verdict {
  REJECT,
  UNREADABLE,
  REVISE,
  PASS;

  /** Warnings that make a file a reject even without an error. */
  public static final int REJECT_WARNINGS = 5;

  public static Verdict of(FileCounts counts) {
    if (counts.errors() > 0 || counts.warnings() >= REJECT_WARNINGS) {
      return REJECT;
    }
    return counts.warnings() > 0 ? REVISE : PASS;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A number that ranks files by risk, highest first: an error outweighs any plausible number of
   * warnings, a warning any plausible number of info findings.
   */
  static long risk(FileResult r) {
    if (r.error().isPresent()) {
      return 50_000L; // below files with errors, above those with only warnings: nothing was checked
    }
    FileCounts c = r.counts();
    return c.errors() * 100_000L + c.warnings() * 1_000L + c.infos();
  }
}
