package dev.claimcheck.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.ingest.ArticleFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body into an {@link ArticleRequest}. The Content-Type picks the format
 * ({@code text/plain}, {@code text/markdown}, {@code text/html}), or the body is JSON
 * {@code {"text": "...", "format": "markdown", "disable": [...]}}. Bodies are UTF-8. Anything else
 * is an {@link ApiError}: 415 for a media type or charset it does not read, 400 for a body that
 * is not what the media type says. Stateless and thread-safe.
 */
final class ArticleRequestReader {
  private static final Map<String, ArticleFormat> TEXT_TYPES = Map.of(
      "text/plain", ArticleFormat.TEXT,
      "text/markdown", ArticleFormat.MARKDOWN,
      "text/x-markdown", ArticleFormat.MARKDOWN,
      "text/html", ArticleFormat.HTML);
  private static final Map<String, ArticleFormat> FORMATS = Map.of(
      "text", ArticleFormat.TEXT, "markdown", ArticleFormat.MARKDOWN, "html", ArticleFormat.HTML);
  private static final String READS = "text/plain, text/markdown, text/html or application/json";

  private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** {@code disableParam}: the {@code ?disable=} values, added to the body's. */
  ArticleRequest read(String contentType, byte[] body, List<String> disableParam) {
    if (contentType == null || contentType.isBlank()) {
      throw new ApiError(415, "a Content-Type is needed: " + READS);
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip().toLowerCase(Locale.ROOT);
      if (param.startsWith("charset=") && !param.substring(8).replace("\"", "").equals("utf-8")) {
        throw new ApiError(415, "bodies must be UTF-8, not " + param.substring(8));
      }
    }
    List<String> disable = new ArrayList<>(split(disableParam));
    if (type.equals("application/json")) {
      return fromJson(utf8(body), disable);
    }
    ArticleFormat format = TEXT_TYPES.get(type);
    if (format == null) {
      throw new ApiError(415, "unsupported Content-Type '" + type + "': send " + READS);
    }
    return new ArticleRequest(utf8(body), format, disable);
  }

  private ArticleRequest fromJson(String body, List<String> disable) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "malformed JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ApiError(400, "the JSON body must be an object such as {\"text\": \"...\", \"format\": \"markdown\"}");
    }
    String text = null;
    ArticleFormat format = ArticleFormat.TEXT;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "text" -> {
          if (!value.isTextual()) {
            throw new ApiError(400, "\"text\" must be a string");
          }
          text = value.textValue();
        }
        case "format" -> {
          format = value.isTextual() ? FORMATS.get(value.textValue().toLowerCase(Locale.ROOT)) : null;
          if (format == null) {
            throw new ApiError(400, "unknown format " + value + ": use \"text\", \"markdown\" or \"html\"");
          }
        }
        case "disable" -> {
          if (!value.isArray()) {
            throw new ApiError(400, "\"disable\" must be an array of claim ids, rule ids or categories");
          }
          for (JsonNode id : value) {
            if (!id.isTextual()) {
              throw new ApiError(400, "\"disable\" must be an array of strings, not " + id);
            }
            disable.add(id.textValue());
          }
        }
        // A misspelt field would silently do nothing (no "disable" applied): refuse it.
        default -> throw new ApiError(400, "unknown field \"" + field.getKey() + "\": the fields are text, format and disable");
      }
    }
    if (text == null) {
      throw new ApiError(400, "the JSON body has no \"text\"");
    }
    return new ArticleRequest(text, format, disable);
  }

  private static List<String> split(List<String> values) {
    List<String> ids = new ArrayList<>();
    for (String v : values) {
      for (String id : v.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    return ids;
  }

  /** Decodes strictly: a malformed byte is the client's error, not a U+FFFD in a report. */
  private static String utf8(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(400, "the body is not valid UTF-8 (at byte " + in.position() + ")");
    }
  }
}
