package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import java.util.List;

/** One judgement of the dosing check over a sentence. Stateless and thread-safe. */
interface DosingRule {
  List<Finding> judge(SentenceFacts facts);
}
