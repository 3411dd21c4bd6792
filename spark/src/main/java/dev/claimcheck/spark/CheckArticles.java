package dev.claimcheck.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Checks a partition of articles with this executor's {@link SharedChecker}: the checker is looked
 * up once per partition, and rows are checked one at a time as Spark pulls them, so a partition
 * never holds more than one article's results in memory.
 */
final class CheckArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final CheckSettings settings;

  CheckArticles(CheckSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ArticleRowCheck check = new ArticleRowCheck(SharedChecker.forLimit(settings.maxTextBytes()), settings);
    return new Iterator<>() {
      private Iterator<Row> pending = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!pending.hasNext() && input.hasNext()) {
          List<Row> rows = check.check(input.next());
          pending = rows.iterator();
        }
        return pending.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.next();
      }
    };
  }
}
