package dev.claimcheck.report;

/**
 * One report being written: receives the files in report order, each as soon as it is checked, and
 * then finishes (summary, closing brackets). Formats that can write a file at once do so, so that
 * a long batch shows results as it goes and nothing piles up in memory. Not thread-safe: called
 * from one thread.
 */
public interface ReportSession {
  void file(FileResult result);

  void finish();
}
