package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import java.util.List;

/** How many findings of each severity a file (or a run) has. Immutable. */
public record FileCounts(int errors, int warnings, int infos) {
  public static final FileCounts ZERO = new FileCounts(0, 0, 0);

  public static FileCounts of(List<Finding> findings) {
    int e = 0;
    int w = 0;
    int i = 0;
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR -> e++;
        case WARNING -> w++;
        case INFO -> i++;
      }
    }
    return new FileCounts(e, w, i);
  }

  public FileCounts plus(FileCounts other) {
    return new FileCounts(errors + other.errors, warnings + other.warnings, infos + other.infos);
  }

  public int of(Severity s) {
    return switch (s) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }

  public int total() {
    return errors + warnings + infos;
  }

  /** "2 errors, 1 warning, 0 info". */
  public String describe() {
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + infos + " info";
  }
}
