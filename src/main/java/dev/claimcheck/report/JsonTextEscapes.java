package dev.claimcheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for text taken from articles and file names, beyond what JSON requires: {@code < >
 * &} (so a report pasted into HTML cannot close a {@code <script>}), U+2028 and U+2029 (line breaks
 * to JavaScript), DEL and C1 controls, bidirectional overrides (which can make a line read unlike
 * its bytes), the BOM, and every surrogate, so that a lone one stays a valid {@code \\uD800} escape
 * instead of becoming "?" in UTF-8. The JSON means the same text; it is only safer to embed and
 * print. Immutable and thread-safe.
 */
public final class JsonTextEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  public JsonTextEscapes() {
    ascii = standardAsciiEscapesForJSON();
    for (char c : "<>&'\u007f".toCharArray()) {
      ascii[c] = ESCAPE_STANDARD;
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return needsEscape(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
  }

  /** Non-ASCII chars that are escaped (ASCII ones are in the table). */
  static boolean needsEscape(int ch) {
    return (ch >= 0x80 && ch <= 0x9f)
        || ch == 0x2028 || ch == 0x2029
        || ch == 0x061c || ch == 0x200e || ch == 0x200f
        || (ch >= 0x202a && ch <= 0x202e)
        || (ch >= 0x2066 && ch <= 0x2069)
        || ch == 0xfeff
        || Character.isSurrogate((char) ch);
  }
}
