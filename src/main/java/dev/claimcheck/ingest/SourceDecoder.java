package dev.claimcheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of an article into text: UTF-8 by default, UTF-16 when the bytes start with a
 * UTF-16 byte order mark. The BOM is removed, so offsets count from the first real character.
 * Stateless and thread-safe.
 */
final class SourceDecoder {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  /**
   * Decodes {@code bytes}. Rejects binary input (NUL characters) and malformed input; error
   * messages start with {@code displayPath} and give the 0-based byte offset of the first bad byte
   * counted from the start of the file (BOM included), so it can be found with a hex viewer.
   */
  String decode(String displayPath, byte[] bytes) throws InputException {
    if (startsWith(bytes, UTF16_BE_BOM)) {
      return decodeUtf16(displayPath, bytes, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, UTF16_LE_BOM)) {
      return decodeUtf16(displayPath, bytes, StandardCharsets.UTF_16LE);
    }
    // NUL is valid UTF-8 but never occurs in prose; checking it first gives binary files a
    // clearer message than "not valid UTF-8".
    for (byte b : bytes) {
      if (b == 0) {
        throw binary(displayPath);
      }
    }
    int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    return strictDecode(displayPath, bytes, start, StandardCharsets.UTF_8, "UTF-8");
  }

  private static String decodeUtf16(String displayPath, byte[] bytes, Charset charset)
      throws InputException {
    String text = strictDecode(displayPath, bytes, 2, charset, "UTF-16");
    if (text.indexOf('\0') >= 0) {
      throw binary(displayPath);
    }
    return text;
  }

  private static String strictDecode(
      String displayPath, byte[] bytes, int start, Charset charset, String name)
      throws InputException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // wrap(array, offset, length) keeps positions absolute, so in.position() is a file offset.
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputException(
          displayPath + ": not valid " + name + " (byte " + in.position() + ")");
    }
    return out.flip().toString();
  }

  private static InputException binary(String displayPath) {
    return new InputException(displayPath + ": binary file (contains NUL bytes)");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
