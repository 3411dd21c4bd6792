package dev.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps char indices of a block's text to char indices of the article's decoded source text.
 *
 * <p>A block is built from one or more contiguous source runs (Markdown markup such as {@code **}
 * or a list marker sits between runs). Immutable and thread-safe.
 */
public final class OffsetMap {
  /** One contiguous run: block chars [blockStart, blockStart+length) come from source chars [sourceStart, ...). */
  public record Run(int blockStart, int sourceStart, int length) {}

  private final List<Run> runs;

  private OffsetMap(List<Run> runs) {
    this.runs = List.copyOf(runs);
  }

  /** A block that is one contiguous slice of the source starting at {@code sourceStart}. */
  public static OffsetMap contiguous(int sourceStart, int length) {
    return new OffsetMap(List.of(new Run(0, sourceStart, length)));
  }

  /** A block made of several source runs, given in block order. */
  public static OffsetMap ofRuns(List<Run> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("an offset map needs at least one run");
    }
    return new OffsetMap(runs);
  }

  public List<Run> runs() {
    return runs;
  }

  /**
   * The source index of block index {@code i}. For an end-exclusive boundary pass the index one
   * past the last char and use {@link #toSourceEnd(int)} instead.
   */
  public int toSource(int i) {
    Run run = runAt(i);
    return run.sourceStart() + Math.min(i - run.blockStart(), run.length());
  }

  /** The source index just after block char {@code end - 1}: the end-exclusive counterpart. */
  public int toSourceEnd(int end) {
    if (end <= 0) {
      return toSource(0);
    }
    return toSource(end - 1) + 1;
  }

  private Run runAt(int i) {
    Run found = runs.get(0);
    for (Run run : runs) {
      if (run.blockStart() <= i) {
        found = run;
      } else {
        break;
      }
    }
    return found;
  }

  /** Builds a map run by run, merging runs that continue each other in the source. */
  public static final class Builder {
    private final List<Run> runs = new ArrayList<>();
    private int blockLength;

    /** Appends {@code length} block chars taken from source index {@code sourceStart}. */
    public Builder append(int sourceStart, int length) {
      if (length <= 0) {
        return this;
      }
      if (!runs.isEmpty()) {
        Run last = runs.get(runs.size() - 1);
        if (last.sourceStart() + last.length() == sourceStart) {
          runs.set(runs.size() - 1, new Run(last.blockStart(), last.sourceStart(), last.length() + length));
          blockLength += length;
          return this;
        }
      }
      runs.add(new Run(blockLength, sourceStart, length));
      blockLength += length;
      return this;
    }

    public int blockLength() {
      return blockLength;
    }

    public OffsetMap build() {
      return runs.isEmpty() ? contiguous(0, 0) : ofRuns(runs);
    }
  }
}
