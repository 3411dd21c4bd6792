package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.claimcheck.segment.NlpModels;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A check run gets the models whose loading started before its arguments were parsed. */
class ModelPreloadingTest {
  @Test
  void aCheckRunGetsTheModelsStartedBeforeParsing() throws Exception {
    CommandLine.IFactory factory = ModelPreloading.forArguments(new String[] {"check", "article.md"});
    NlpModels first = factory.create(CheckCommand.class).models.get();
    NlpModels second = factory.create(CheckCommand.class).models.get();
    assertSame(first, second, "one set of models, started once");
  }

  @Test
  void otherCommandsStartNothing() throws Exception {
    CommandLine.IFactory factory = ModelPreloading.forArguments(new String[] {"sentences", "article.md"});
    assertSame(CommandLine.defaultFactory().getClass(), factory.getClass());
    CheckCommand check = factory.create(CheckCommand.class);
    assertNotSame(check.models.get(), check.models.get(), "the default loads a fresh set per call");
  }

  @Test
  void noArgumentsStartNothing() {
    assertSame(CommandLine.defaultFactory().getClass(), ModelPreloading.forArguments(new String[0]).getClass());
  }
}
