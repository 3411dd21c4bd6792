package dev.claimcheck.spark;

import static org.apache.spark.sql.functions.col;

import dev.claimcheck.api.CheckReport;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.report.FileCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the check makes, all of one flat schema so that a single pass over the input yields
 * the three outputs: a {@code kind} column says whether a row is a finding, an article or an
 * error, and each output is a projection of its kind's columns. Offsets are code points into the
 * article's text, end exclusive, with 1-based line and column, as in the JSON report; an article's
 * {@code length} is in code points too.
 */
final class ResultRows {
  /** What a row is; the value of the {@code kind} column. */
  enum Kind {
    FINDING,
    ARTICLE,
    ERROR;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Every column, in schema order; each output uses some of them. */
  private enum Col {
    KIND(DataTypes.StringType),
    ID(DataTypes.StringType),
    // findings
    CATEGORY(DataTypes.StringType),
    SEVERITY(DataTypes.StringType),
    RULE(DataTypes.StringType),
    CLAIM_ID(DataTypes.StringType),
    CLAIM_RATING(DataTypes.StringType),
    CLAIM_SCORE(DataTypes.DoubleType),
    MESSAGE(DataTypes.StringType),
    SENTENCE(DataTypes.StringType),
    START(DataTypes.IntegerType),
    END(DataTypes.IntegerType),
    LINE(DataTypes.IntegerType),
    COLUMN(DataTypes.IntegerType),
    // articles
    FORMAT(DataTypes.StringType),
    VERDICT(DataTypes.StringType),
    FINDINGS(DataTypes.IntegerType),
    ERRORS(DataTypes.IntegerType),
    WARNINGS(DataTypes.IntegerType),
    INFOS(DataTypes.IntegerType),
    CLAIMS(DataTypes.IntegerType),
    DOSING(DataTypes.IntegerType),
    OVERSTATEMENTS(DataTypes.IntegerType),
    SUPPRESSION_PROBLEMS(DataTypes.IntegerType),
    SUPPRESSED(DataTypes.IntegerType),
    LENGTH(DataTypes.IntegerType),
    // errors
    SOURCE(DataTypes.StringType),
    REASON(DataTypes.StringType),
    EXCERPT(DataTypes.StringType);

    final DataType type;

    Col(DataType type) {
      this.type = type;
    }

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final StructType SCHEMA = new StructType(
      Arrays.stream(Col.values()).map(c -> new StructField(c.column(), c.type, true, Metadata.empty()))
          .toArray(StructField[]::new));

  private static final List<Col> FINDING_COLUMNS = List.of(Col.ID, Col.CATEGORY, Col.SEVERITY, Col.RULE, Col.CLAIM_ID,
      Col.CLAIM_RATING, Col.CLAIM_SCORE, Col.MESSAGE, Col.SENTENCE, Col.START, Col.END, Col.LINE, Col.COLUMN);
  private static final List<Col> ARTICLE_COLUMNS = List.of(Col.ID, Col.FORMAT, Col.VERDICT, Col.FINDINGS, Col.ERRORS,
      Col.WARNINGS, Col.INFOS, Col.CLAIMS, Col.DOSING, Col.OVERSTATEMENTS, Col.SUPPRESSION_PROBLEMS, Col.SUPPRESSED,
      Col.LENGTH);
  private static final List<Col> ERROR_COLUMNS = List.of(Col.ID, Col.SOURCE, Col.REASON, Col.EXCERPT);

  /** The most of an unreadable record or text an error row quotes, in chars. */
  static final int EXCERPT_CHARS = 200;

  private ResultRows() {}

  /** One row per finding: the article's id, then the finding. */
  static Dataset<Row> findings(Dataset<Row> results) {
    return project(results, Kind.FINDING, FINDING_COLUMNS);
  }

  /** One row per article checked: verdict and counts by severity and category. */
  static Dataset<Row> articles(Dataset<Row> results) {
    return project(results, Kind.ARTICLE, ARTICLE_COLUMNS);
  }

  /** One row per input row that could not be checked, with the reason. */
  static Dataset<Row> errors(Dataset<Row> results) {
    return project(results, Kind.ERROR, ERROR_COLUMNS);
  }

  private static Dataset<Row> project(Dataset<Row> results, Kind kind, List<Col> columns) {
    Column[] selected = columns.stream().map(c -> col(c.column())).toArray(Column[]::new);
    return results.where(col(Col.KIND.column()).equalTo(kind.label())).select(selected);
  }

  /** The article row and then one row per finding, in document order. */
  static List<Row> of(String id, CheckReport report) {
    List<Row> rows = new ArrayList<>(1 + report.findings().size());
    FileCounts counts = report.counts();
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    for (Finding f : report.findings()) {
      byCategory.merge(f.category(), 1, Integer::sum);
    }
    Object[] article = values(Kind.ARTICLE, id);
    article[Col.FORMAT.ordinal()] = report.article().format().name().toLowerCase(Locale.ROOT);
    article[Col.VERDICT.ordinal()] = report.verdict().label();
    article[Col.FINDINGS.ordinal()] = counts.total();
    article[Col.ERRORS.ordinal()] = counts.errors();
    article[Col.WARNINGS.ordinal()] = counts.warnings();
    article[Col.INFOS.ordinal()] = counts.infos();
    article[Col.CLAIMS.ordinal()] = byCategory.getOrDefault(Category.CLAIM, 0);
    article[Col.DOSING.ordinal()] = byCategory.getOrDefault(Category.DOSING, 0);
    article[Col.OVERSTATEMENTS.ordinal()] = byCategory.getOrDefault(Category.OVERSTATEMENT, 0);
    article[Col.SUPPRESSION_PROBLEMS.ordinal()] = byCategory.getOrDefault(Category.SUPPRESSION, 0);
    article[Col.SUPPRESSED.ordinal()] = report.suppressed();
    String text = report.article().text();
    article[Col.LENGTH.ordinal()] = text.codePointCount(0, text.length());
    rows.add(new GenericRowWithSchema(article, SCHEMA));
    if (!report.findings().isEmpty()) {
      LineMap lines = new LineMap(report.article().text());
      for (Finding f : report.findings()) {
        rows.add(finding(id, f, lines));
      }
    }
    return rows;
  }

  private static Row finding(String id, Finding f, LineMap lines) {
    Object[] v = values(Kind.FINDING, id);
    v[Col.CATEGORY.ordinal()] = f.category().label();
    v[Col.SEVERITY.ordinal()] = f.severity().label();
    v[Col.RULE.ordinal()] = f.rule();
    if (f.claim().isPresent()) {
      ClaimMatch m = f.claim().get();
      v[Col.CLAIM_ID.ordinal()] = m.claim().id().value();
      v[Col.CLAIM_RATING.ordinal()] = m.claim().rating().label();
      v[Col.CLAIM_SCORE.ordinal()] = Math.round(m.score() * 100) / 100.0; // as the JSON report rounds it
    }
    v[Col.MESSAGE.ordinal()] = f.message();
    v[Col.SENTENCE.ordinal()] = f.sentence();
    LineMap.Position start = lines.position(f.start());
    v[Col.START.ordinal()] = start.offset();
    v[Col.END.ordinal()] = lines.codePointOffset(f.end());
    v[Col.LINE.ordinal()] = start.line();
    v[Col.COLUMN.ordinal()] = start.column();
    return new GenericRowWithSchema(v, SCHEMA);
  }

  /**
   * A row for an input row that could not be checked.
   *
   * @param id the article's id, or null when it had none
   * @param source the file the row came from, or null
   * @param excerpt the start of the text or of the unreadable record, or null
   */
  static Row error(String id, String source, String reason, String excerpt) {
    Object[] v = values(Kind.ERROR, id);
    v[Col.SOURCE.ordinal()] = source;
    v[Col.REASON.ordinal()] = reason;
    v[Col.EXCERPT.ordinal()] = excerpt == null ? null : excerpt(excerpt);
    return new GenericRowWithSchema(v, SCHEMA);
  }

  private static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return text.substring(0, end) + "…";
  }

  private static Object[] values(Kind kind, String id) {
    Object[] v = new Object[Col.values().length];
    v[Col.KIND.ordinal()] = kind.label();
    v[Col.ID.ordinal()] = id;
    return v;
  }

  /** The kind column, for counting rows by kind. */
  static Column kind() {
    return col(Col.KIND.column());
  }
}
