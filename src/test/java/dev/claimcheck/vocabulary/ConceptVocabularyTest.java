package dev.claimcheck.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Location;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.BlockKind;
import dev.claimcheck.ingest.OffsetMap;
import dev.claimcheck.ingest.TextBlock;
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

  private static List<String> foundInListItem(ConceptVocabulary v, String text, Optional<String> subject) {
    Article item = new Article("test", text, ArticleFormat.MARKDOWN,
        List.of(new TextBlock(text, BlockKind.LIST_ITEM, OffsetMap.contiguous(0, text.length()))));
    AnalyzedSentence s = TestPipeline.analyzer().analyze(item).sentences().get(0);
    return v.hits(v.find(s), subject).stream().map(h -> h.concept() + "=" + h.text()).toList();
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

  /** A list item that opens with a verb ("Reduces cravings") has the article's subject as its subject. */
  @Test
  void aVerbWithNoSubjectStandsForTheSubject() {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    concepts.put("HERB", new Concept("HERB", List.of("zorbleweed"), List.of("it"), HERE));
    concepts.put("EASE", new Concept("EASE", List.of("ease", "reduce"), List.of(), HERE));
    ConceptVocabulary v = vocabulary(concepts);
    assertEquals(List.of("HERB=Eases", "EASE=Eases"), found(v, "Eases muscle aches", Optional.of("HERB")));
    // The tagger reads this one as a noun: it counts in a bullet point only.
    assertEquals(List.of("HERB=Reduces", "EASE=Reduces"), foundInListItem(v, "Reduces cravings", Optional.of("HERB")));
    assertEquals(List.of("EASE=Reduces"), found(v, "Reduces cravings", Optional.of("HERB")));
    assertEquals(List.of(), foundInListItem(v, "Opioids commonly cause constipation.", Optional.of("HERB")));
    // A bullet written in plain text.
    assertEquals(List.of("HERB=Reduces", "EASE=Reduces"), found(v, "- Reduces cravings", Optional.of("HERB")));
    assertEquals(List.of("EASE=Eases"), found(v, "Eases muscle aches", Optional.empty()));
    // The sentence names its own subject, or opens with a plural noun before its verb.
    assertEquals(List.of(), found(v, "Cravings fade within a day.", Optional.of("HERB")));
    assertEquals(List.of("EASE=eases"), found(v, "Rest eases muscle aches.", Optional.of("HERB")));
  }

  /** "Not a cure for addiction" denies the cure, not the addiction; "not addictive" denies the addiction. */
  @Test
  void aNegationDeniesTheTreatmentNotWhatItIsFor() {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    concepts.put("ADDICTION", new Concept("ADDICTION", List.of("addiction", "addictive"), List.of(), HERE));
    concepts.put("CURE", new Concept("CURE", List.of("cure"), List.of(), HERE));
    ConceptVocabulary v = vocabulary(concepts);
    assertEquals(List.of("CURE=cure(negated)", "ADDICTION=addiction"), negations(v, "Zorbleweed is not a cure for addiction."));
    assertEquals(List.of("ADDICTION=addictive(negated)"), negations(v, "Zorbleweed is not addictive."));
    assertEquals(List.of("ADDICTION=addiction(negated)"), negations(v, "Zorbleweed carries no risk of addiction."));
  }

  private static List<String> negations(ConceptVocabulary v, String text) {
    return v.hits(v.find(sentence(text)), Optional.empty()).stream()
        .map(h -> h.concept() + "=" + h.text() + (h.negated() ? "(negated)" : "")).toList();
  }
}
