package dev.claimcheck.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestFindings;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {
  private final InlineSuppressions inline = new InlineSuppressions();

  private static Article markdown(String text) throws InputException {
    return new ArticleReader().read("a.md", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ArticleFormat.MARKDOWN);
  }

  private static List<String> sentences(Outcome o) {
    return o.kept().stream().map(f -> f.rule() + ": " + f.sentence()).toList();
  }

  @Test
  void disableNextLineHoldsBackTheNamedFindingOnTheNextLineWithText() throws Exception {
    String text = "First claim here.\n\n<!-- claimcheck-disable-next-line ZORB_CURES: quoted to debunk it -->\n\n"
        + "Second claim here.\n\nThird claim here.\n";
    Article a = markdown(text);
    List<Finding> findings = List.of(
        TestFindings.claimFinding(text, "First claim here.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)),
        TestFindings.claimFinding(text, "Second claim here.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)),
        TestFindings.claimFinding(text, "Third claim here.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)));

    Outcome o = inline.apply(a, findings);

    assertEquals(List.of("unsupported-claim: First claim here.", "unsupported-claim: Third claim here."), sentences(o));
    assertEquals(1, o.suppressed());
  }

  @Test
  void disableAndEnableBracketARangeByRuleClaimOrCategory() throws Exception {
    String text = "<!-- claimcheck-disable dosing, ZORB_CURES: reviewed by the medical desk -->\n\n"
        + "Dose one.\n\nClaim one.\n\nOther claim.\n\n<!-- claimcheck-enable dosing -->\n\nDose two.\n\nClaim two.\n";
    Article a = markdown(text);
    List<Finding> findings = List.of(
        TestFindings.finding(text, "Dose one.", Category.DOSING, Severity.ERROR, "unsafe-dose"),
        TestFindings.claimFinding(text, "Claim one.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)),
        TestFindings.claimFinding(text, "Other claim.", TestFindings.claim("ZORB_OTHER", Rating.UNSUPPORTED)),
        TestFindings.finding(text, "Dose two.", Category.DOSING, Severity.ERROR, "unsafe-dose"),
        TestFindings.claimFinding(text, "Claim two.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)));

    Outcome o = inline.apply(a, findings);

    // ZORB_CURES stays disabled to the end of the file: only dosing was enabled again.
    assertEquals(List.of("unsupported-claim: Other claim.", "unsafe-dose: Dose two."), sentences(o));
    assertEquals(3, o.suppressed());
  }

  @Test
  void aSuppressionWithoutAReasonSuppressesNothingAndIsReported() throws Exception {
    String text = "<!-- claimcheck-disable-next-line ZORB_CURES -->\nClaim one.\n\n<!-- claimcheck-disabel ZORB_CURES: typo -->\n";
    Article a = markdown(text);
    List<Finding> findings = List.of(
        TestFindings.claimFinding(text, "Claim one.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)));

    Outcome o = inline.apply(a, findings);

    assertEquals(0, o.suppressed());
    assertEquals(3, o.kept().size(), sentences(o).toString());
    Finding noReason = o.kept().get(0);
    assertEquals(InlineSuppressions.NO_REASON, noReason.rule());
    assertEquals(Category.SUPPRESSION, noReason.category());
    assertEquals(Severity.WARNING, noReason.severity());
    assertEquals(0, noReason.start());
    assertTrue(noReason.message().contains("claimcheck-disable-next-line ZORB_CURES: "), noReason.message());
    assertEquals(InlineSuppressions.INVALID, o.kept().get(2).rule());
  }

  @Test
  void otherCommentsAndPlainTextAreLeftAlone() throws Exception {
    String text = "<!-- an editor's note: claimcheck-disable is explained in the wiki -->\nClaim one.\n";
    List<Finding> findings = List.of(
        TestFindings.claimFinding(text, "Claim one.", TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED)));

    assertEquals(findings, inline.apply(markdown(text), findings).kept());
  }
}
