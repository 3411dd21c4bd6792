package dev.claimcheck.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void noBarWhenStderrIsNotATerminalOrNoneIsWanted() {
    // Under Maven, stderr is a pipe.
    assertFalse(TerminalProgress.isTerminal(2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = TerminalProgress.forStderr(1000, true, new PrintStream(bytes));
    assertSame(Progress.none().getClass(), p.getClass());
    p.step("a.md");
    p.close();
    assertFalse(bytes.size() > 0);
  }
}
