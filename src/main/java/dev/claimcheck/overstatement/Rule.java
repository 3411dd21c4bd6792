package dev.claimcheck.overstatement;

import java.util.Optional;

/** One way of overstating a benefit, judged on one sentence. Implementations are stateless. */
interface Rule {
  /** The strongest overstatement of this kind in the sentence, if any. */
  Optional<Judgement> judge(Reading reading);
}
