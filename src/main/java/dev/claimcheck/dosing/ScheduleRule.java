package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.DoseStatus;
import dev.claimcheck.claims.Substance;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule for taking a substance that has no approved dose, without an amount: "take it like
 * this for five days, with two days off", "twice a day with milk", "can be used indefinitely",
 * "until you feel the effect" (RUBRIC dosing 1: an amount, range, frequency or schedule). Amounts
 * are {@link DoseAmountRule}'s; reports and warnings are left alone.
 */
final class ScheduleRule implements DosingRule {
  private static final String NUMBER = "(?:a|an|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|\\d+)";
  private static final Pattern SCHEDULE = Pattern.compile("\\b(?:for " + NUMBER + " (?:days?|weeks?|months?)"
      + "|every (?:" + NUMBER + " )?(?:days?|weeks?|hours?|morning|night|evening)"
      + "|(?:once|twice|three times|four times|\\d+ times) (?:a|per|each) (?:day|week)"
      + "|indefinitely|each (?:morning|day|night|evening)|(?:days?|weeks?) off"
      + "|until you (?:can )?(?:feel|notice|see))\\b", Pattern.CASE_INSENSITIVE);
  /** Words that make a sentence about the dose even when it names no substance ("the cycles above"). */
  private static final Pattern DOSE_WORDS = Pattern.compile("\\b(?:dose|dosage|doses|cycle|cycles|regimen|capsules?|servings?)\\b",
      Pattern.CASE_INSENSITIVE);

  @Override
  public List<Finding> judge(SentenceFacts f) {
    String text = f.sentence().text();
    boolean advice = f.frame().positiveImperative() || f.frame().strongAdvice() || f.frame().advises();
    boolean amount = f.doses().stream().anyMatch(m -> m.amount().isPresent());
    if (!advice || amount || f.frame().reports() || f.frame().warnsOfHarm()) {
      return List.of();
    }
    Matcher schedule = SCHEDULE.matcher(text);
    if (!schedule.find()) {
      return List.of();
    }
    Optional<Substance> named = f.namedSubstances().stream().findFirst();
    Optional<Substance> s = named.isPresent() ? named
        : f.subjectReferenced() || DOSE_WORDS.matcher(text).find() ? f.articleSubject() : Optional.empty();
    if (s.isEmpty() || s.get().hasApprovedDose() || s.get().doseStatus().filter(d -> d == DoseStatus.NEVER_SWALLOW).isPresent()) {
      return List.of();
    }
    boolean studied = s.get().doseStatus().filter(d -> d == DoseStatus.STUDIED_DOSES).isPresent();
    return List.of(f.finding(studied ? Severity.WARNING : Severity.ERROR, "dose-no-approved-use",
        "Gives a schedule for taking " + s.get().name() + " (\"" + schedule.group() + "\"); " + s.get().name()
            + " has no approved dose for any use.", List.of()));
  }
}
