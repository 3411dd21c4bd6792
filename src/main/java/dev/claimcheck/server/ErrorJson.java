package dev.claimcheck.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimcheck.report.JsonTextEscapes;
import dev.claimcheck.report.TerminalText;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes every error the service answers in one shape: {@code {"error": "...", "status": N}}. */
final class ErrorJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ErrorJson() {}

  static String body(String message, int status) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setCharacterEscapes(new JsonTextEscapes()); // messages may quote the request
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeNumberField("status", status);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  static void answer(Context ctx, ApiError e) {
    e.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Integer.toString(s)));
    answer(ctx, e.status(), e.getMessage());
  }

  /**
   * A bug met while answering: one line on the server's log and a 500 that names the exception but
   * shows no stack trace (which would tell a client about the server's insides).
   */
  static void internal(Context ctx, Throwable bug, PrintWriter log) {
    String what = bug.getClass().getSimpleName() + (bug.getMessage() == null ? "" : ": " + bug.getMessage());
    synchronized (log) {
      log.println("claimcheck serve: internal error on " + ctx.method() + " " + TerminalText.safe(ctx.path()) + " (" + TerminalText.safe(what) + ")");
      log.flush();
    }
    answer(ctx, 500, "internal error (" + bug.getClass().getSimpleName() + "); please report it");
  }

  static void answer(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json").result(body(message, status));
  }
}
