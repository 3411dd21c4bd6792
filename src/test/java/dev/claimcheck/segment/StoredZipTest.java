package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StoredZipTest {
  @Test
  void keepsEveryEntryByteForByteButStoresIt() throws IOException {
    byte[] big = "weight 0.25 ".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    byte[] small = "language=en\n".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(deflated)) {
      out.putNextEntry(new ZipEntry("manifest.properties"));
      out.write(small);
      out.putNextEntry(new ZipEntry("pos.model"));
      out.write(big);
    }

    try (ZipInputStream in = new ZipInputStream(StoredZip.of(new ByteArrayInputStream(deflated.toByteArray())))) {
      ZipEntry first = in.getNextEntry();
      assertEquals("manifest.properties", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod());
      assertArrayEquals(small, in.readAllBytes());
      ZipEntry second = in.getNextEntry();
      assertEquals("pos.model", second.getName());
      assertEquals(ZipEntry.STORED, second.getMethod());
      assertArrayEquals(big, in.readAllBytes());
      assertNull(in.getNextEntry());
    }
  }

  @Test
  void closesTheStreamItRead() throws IOException {
    boolean[] closed = {false};
    InputStream empty = new ByteArrayInputStream(emptyZip()) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    StoredZip.of(empty);
    assertEquals(true, closed[0]);
  }

  private static byte[] emptyZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ZipOutputStream(bytes).close();
    return bytes.toByteArray();
  }
}
