package dev.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void positionsCountCodePointsAndEveryLineBreakStyle() {
    String text = "a\uD83D\uDE00b\r\nc\rd\n\uD83D\uDE00e";
    LineMap lines = new LineMap(text);

    for (int i = 0; i <= text.length(); i++) {
      assertEquals(text.codePointCount(0, i), lines.codePointOffset(i), "offset of char " + i);
    }
    assertEquals(new LineMap.Position(3, 1, 4), lines.position(text.indexOf('b') + 1));
    assertEquals(new LineMap.Position(5, 2, 1), lines.position(text.indexOf('c')));
    assertEquals(new LineMap.Position(7, 3, 1), lines.position(text.indexOf('d')));
    assertEquals(new LineMap.Position(10, 4, 2), lines.position(text.indexOf('e')));
    assertEquals(4, lines.lineCount());
  }

  @Test
  void indicesOutsideTheTextAreClamped() {
    LineMap lines = new LineMap("ab");
    assertEquals(new LineMap.Position(0, 1, 1), lines.position(-5));
    assertEquals(new LineMap.Position(2, 1, 3), lines.position(99));
  }
}
