package dev.claimcheck.cli;

import dev.claimcheck.segment.NlpModels;
import picocli.CommandLine;

/**
 * Makes the commands for a run whose arguments are known, and gives a {@code check} run models
 * that started loading before picocli read the command line. Building picocli's model of the
 * commands takes about a fifth of a cold start, and a check cannot start without the models, so
 * the two overlap on a second core instead of following each other.
 */
final class ModelPreloading implements CommandLine.IFactory {
  private final NlpModels models;

  private ModelPreloading(NlpModels models) {
    this.models = models;
  }

  /** A factory that starts loading the models now when {@code args} name the check command. */
  static CommandLine.IFactory forArguments(String[] args) {
    boolean check = args.length > 0 && args[0].equals("check");
    return check ? new ModelPreloading(NlpModels.loadInBackground()) : CommandLine.defaultFactory();
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K command = CommandLine.defaultFactory().create(type);
    if (command instanceof CheckCommand check) {
      check.models = () -> models;
    }
    return command;
  }
}
