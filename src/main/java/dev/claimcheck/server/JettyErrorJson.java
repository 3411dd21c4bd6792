package dev.claimcheck.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches Javalin (a malformed request line, headers too
 * large, a request cut off while stopping) in the service's JSON shape, with the status's standard
 * reason only: Jetty's own pages name exception classes.
 */
final class JettyErrorJson extends ErrorHandler {
  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(JSON);
    response.write(true, body(code), callback);
  }

  private static ByteBuffer body(int status) {
    String reason = HttpStatus.getMessage(status);
    return ByteBuffer.wrap(ErrorJson.body(reason == null ? "error" : reason.toLowerCase(java.util.Locale.ROOT), status)
        .getBytes(StandardCharsets.UTF_8));
  }
}
