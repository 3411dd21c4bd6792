package dev.claimcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A report file written atomically: the report goes to a temporary file in the target's directory
 * (so that the final rename stays on one file system), is synced to disk, and only then renamed over
 * the target. A crash or an error leaves the old file (or none), never half a report; the temporary
 * file is removed unless the process is killed outright. Not thread-safe.
 */
final class AtomicFileOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final PrintWriter writer;
  private boolean committed;

  private AtomicFileOutput(Path target, Path temp, PrintWriter writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  static AtomicFileOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("no such directory: " + (dir == null ? target : dir));
    }
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    keepPermissions(absolute, temp);
    BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    return new AtomicFileOutput(absolute, temp, new PrintWriter(out));
  }

  /**
   * Temporary files are private (rw-------); a report replaces the old one with the old one's
   * permissions, or gets the usual rw-r--r--.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions are all there is
    }
  }

  PrintWriter writer() {
    return writer;
  }

  /** Finishes the file and puts it in place. */
  void commit() throws IOException {
    writer.close();
    if (writer.checkError()) {
      throw new IOException("cannot write " + temp);
    }
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /**
   * Deletes the temporary file at once, from any thread, without closing the writer: on an
   * interruption, so that a half-written report is never left behind. A commit afterwards fails.
   */
  void discard() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // nothing more to do: the target was never touched
    }
  }

  /** Removes the temporary file unless the report was committed. */
  @Override
  public void close() {
    if (!committed) {
      writer.close();
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more to do: the target was never touched
      }
    }
  }
}
