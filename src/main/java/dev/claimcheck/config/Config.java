package dev.claimcheck.config;

import dev.claimcheck.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a {@code .claimcheck.yaml}; everything is optional, and the command line wins
 * over the file. Paths are already resolved against the file's directory. Immutable.
 *
 * @param file where the settings came from (empty for the built-in defaults)
 * @param databases extra claims database directories ({@code db})
 * @param minSeverity findings below this are not reported ({@code min-severity})
 * @param failOn the lowest severity that makes the run exit 1 ({@code fail-on})
 * @param disable claim ids, rule ids or categories switched off ({@code disable})
 * @param severities severity overrides by claim id, rule id or category ({@code severity})
 * @param include file name globs checked inside directories ({@code include})
 * @param exclude globs of files and directories skipped inside directories ({@code exclude})
 * @param inlineSuppressions whether suppression comments in articles are honoured
 *     ({@code inline-suppressions}; moderators may turn them off for untrusted submissions)
 * @param baseline an earlier JSON report whose findings count as reviewed ({@code baseline})
 */
public record Config(
    Optional<Path> file,
    List<Path> databases,
    Optional<Severity> minSeverity,
    Optional<FailLevel> failOn,
    List<String> disable,
    Map<String, Severity> severities,
    List<String> include,
    List<String> exclude,
    Optional<Boolean> inlineSuppressions,
    Optional<Path> baseline) {
  public Config {
    Objects.requireNonNull(file, "file");
    databases = List.copyOf(databases);
    Objects.requireNonNull(minSeverity, "minSeverity");
    Objects.requireNonNull(failOn, "failOn");
    disable = List.copyOf(disable);
    severities = Map.copyOf(severities);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(inlineSuppressions, "inlineSuppressions");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** No file: every setting at its default. */
  public static Config defaults() {
    return new Config(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), Map.of(),
        List.of(), List.of(), Optional.empty(), Optional.empty());
  }
}
