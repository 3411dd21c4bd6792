package dev.claimcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Location;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The term trie behind concept finding: what it finds must not depend on the vocabulary's size. */
class ConceptVocabularyTest {
  private static final Location HERE = new Location("test", 1, 1);

  private static ConceptVocabulary vocabulary(Map<String, Concept> concepts) {
    return new ConceptVocabulary(concepts, term -> Arrays.asList(term.split(" ")));
  }

  private static AnalyzedSentence sentence(String text) {
    return TestPipeline.analyze(text).sentences().get(0);
  }

  private static List<String> found(ConceptVocabulary v, String text, Optional<String> subject) {
    return v.hits(v.find(sentence(text)), subject).stream().map(h -> h.concept() + "=" + h.text()).toList();
  }

  @Test
  void aPronounStandsOnlyForTheSubjectHoweverManySubstancesListIt() {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (int i = 0; i < 2000; i++) {
      String id = "HERB_" + i;
      concepts.put(id, new Concept(id, List.of("herb" + i), List.of("it", "the plant"), HERE));
    }
    concepts.put("EASE", new Concept("EASE", List.of("ease"), List.of(), HERE));
    ConceptVocabulary v = vocabulary(concepts);
    assertEquals(List.of("HERB_1234=It", "EASE=eases"), found(v, "It eases cramps.", Optional.of("HERB_1234")));
    assertEquals(List.of("EASE=eases"), found(v, "It eases cramps.", Optional.empty()));
    assertEquals(List.of("HERB_7=herb7", "HERB_7=the plant"), found(v, "Take herb7, because the plant helps.", Optional.of("HERB_7")));
  }

  @Test
  void termsSharingFirstWordsFindTheLongestAtEachPosition() {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    concepts.put("BP", new Concept("BP", List.of("high blood pressure", "blood pressure"), List.of(), HERE));
    concepts.put("DOSE", new Concept("DOSE", List.of("high dose", "dose"), List.of(), HERE));
    for (int i = 0; i < 2000; i++) {
      concepts.put("FILLER_" + i, new Concept("FILLER_" + i, List.of("high filler" + i, "blood filler" + i), List.of(), HERE));
    }
    ConceptVocabulary v = vocabulary(concepts);
    assertEquals(List.of("BP=high blood pressure", "DOSE=dose"),
        found(v, "A high blood pressure calls for a lower dose.", Optional.empty()));
    assertEquals(List.of("DOSE=high dose", "FILLER_42=blood filler42"),
        found(v, "A high dose raises blood filler42.", Optional.empty()));
  }
}
