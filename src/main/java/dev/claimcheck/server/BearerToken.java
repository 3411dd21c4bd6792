package dev.claimcheck.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Optional bearer-token access: with a token, every request but {@code GET /healthz} (for load
 * balancers and orchestrators, and it tells nothing) and CORS preflights (browsers send them
 * without credentials) must carry {@code Authorization: Bearer <token>}; otherwise 401. The
 * comparison takes the same time however much of the token is right. Immutable.
 */
final class BearerToken {
  private final Optional<byte[]> token;

  BearerToken(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  void require(Context ctx) {
    if (token.isEmpty() || ctx.path().equals("/healthz") || ClaimServer.isPreflight(ctx)) {
      return;
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
        && MessageDigest.isEqual(token.get(), header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"claimcheck\"");
      throw new ApiError(401, header == null ? "this server wants a token: Authorization: Bearer <token>" : "the token is wrong");
    }
  }
}
