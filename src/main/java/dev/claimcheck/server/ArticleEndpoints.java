package dev.claimcheck.server;

import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.AnalyzeJsonWriter;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportSession;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code POST /v1/check} and {@code POST /v1/analyze}: read the body on the HTTP thread (bounded
 * by the body limit), check or analyse it on the {@link CheckPool}, and answer exactly what
 * {@code claimcheck check --format json} or {@code claimcheck analyze --format json} print for one
 * file. Thread-safe.
 */
final class ArticleEndpoints {
  /** The name reports give a posted text, as they name standard input. */
  private static final String PATH = "-";

  private final ClaimChecker checker;
  private final CheckPool pool;
  private final ServerMetrics metrics;
  private final ServerSettings settings;
  private final PrintWriter log;
  private final ArticleRequestReader requests = new ArticleRequestReader();
  private final JsonReportWriter reportWriter;
  private final AnalyzeJsonWriter analyzeWriter = new AnalyzeJsonWriter();

  ArticleEndpoints(ClaimChecker checker, CheckPool pool, ServerMetrics metrics, ServerSettings settings, PrintWriter log) {
    this.log = log;
    this.checker = checker;
    this.pool = pool;
    this.metrics = metrics;
    this.settings = settings;
    this.reportWriter = new JsonReportWriter(settings.version());
  }

  void check(Context ctx) {
    ArticleRequest request = read(ctx);
    CheckOptions options = CheckOptions.disabling(request.disable()).withInlineSuppressions(settings.inlineSuppressions());
    answer(ctx, () -> {
      CheckReport report = checker.check(PATH, request.text(), request.format(), options);
      metrics.findings(report.findings());
      StringWriter out = new StringWriter();
      ReportSession session = reportWriter.start(new PrintWriter(out));
      session.file(report.toFileResult(false));
      session.finish();
      return out.toString();
    });
  }

  void analyze(Context ctx) {
    ArticleRequest request = read(ctx);
    answer(ctx, () -> {
      Article article = checker.read(PATH, request.text(), request.format());
      StringWriter out = new StringWriter();
      analyzeWriter.writeDocument(
          List.of(new AnalyzeJsonWriter.AnalyzedFile(PATH, new LineMap(article.text()), checker.analyze(article))),
          new PrintWriter(out));
      return out.toString();
    });
  }

  private ArticleRequest read(Context ctx) {
    return requests.read(ctx.contentType(), body(ctx), ctx.queryParams("disable"));
  }

  /**
   * The body, refused with 413 past the limit: at once when Content-Length says so, else as soon
   * as more has arrived (a chunked body has no length), so an endless body is never held.
   */
  private byte[] body(Context ctx) {
    long limit = settings.maxBodyBytes();
    if (ctx.req().getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try {
      InputStream in = ctx.req().getInputStream(); // Jetty's, closed with the request
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiError(400, "the request body could not be read: " + e.getMessage());
    }
  }

  private static ApiError tooLarge(long limit) {
    return new ApiError(413, "the body is larger than the server's limit of " + limit + " bytes");
  }

  /** Runs {@code work} on the pool; the answer is its JSON, or the error it ended with. */
  private void answer(Context ctx, Callable<String> work) {
    CompletableFuture<String> done = pool.submit(work); // throws 429 / 503 at once
    ctx.future(() -> done.handle((json, failure) -> {
      if (failure == null) {
        ctx.status(200).contentType("application/json").result(json);
      } else {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiError e) {
          ErrorJson.answer(ctx, e);
        } else if (cause instanceof InputException e) {
          // The text cannot be checked as sent: empty, only markup, nested too deeply ...
          String why = e.getMessage().startsWith(PATH + ": ") ? e.getMessage().substring(PATH.length() + 2) : e.getMessage();
          ErrorJson.answer(ctx, 400, "the text cannot be checked: " + why);
        } else {
          ErrorJson.internal(ctx, cause, log);
        }
      }
      return null;
    }));
  }
}
