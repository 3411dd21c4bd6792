package dev.claimcheck.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates health articles that read like the seed articles: a title, sections with headings,
 * paragraphs and bullet lists, mixing sentences that state known claims, dosing advice, hedged and
 * negated statements, questions, quotes with abbreviations, and neutral filler. A share of the
 * sentences name made-up products ({@link PseudoWords}), so the vocabulary keeps growing the way
 * real text does and caches in front of the models are not flattered. Half the articles are
 * Markdown, half plain text. Deterministic for a seed. Not thread-safe.
 */
final class ArticleGenerator {
  /** One generated article. */
  record GeneratedArticle(String fileName, String text, int sentences) {}

  /** Sentence templates by kind; {slot} picks from {@link #SLOTS}, recursively. */
  private static final List<String> CLAIMS = List.of(
      "{Kratom} {eases} the {withdrawal symptoms} that come with quitting {opioids}.",
      "{People} say {kratom} helped them {quit} {opioids} for good.",
      "{Kratom} is a safe, natural alternative to {prescription painkillers}.",
      "Unlike {opioids}, it carries no risk of {addiction}, according to {sellers}.",
      "Regular use of {kratom} can lead to {dependence} and a withdrawal syndrome of its own.",
      "{Kratom} acts on the same opioid receptors in the brain as morphine.",
      "{Kratom} is not approved by the FDA for any medical use.",
      "At low doses {kratom} works as a stimulant, while higher doses are sedating.",
      "{Kratom} {may} {ease} {pain}, but the evidence is thin.",
      "Some {kratom} products have been found to contain salmonella or heavy metals.",
      "Mixing {kratom} with alcohol or benzodiazepines can be dangerous.",
      "{People} report more energy and a better mood after a small dose.",
      "It does not cause respiratory depression the way opioid painkillers do, {sellers} claim.",
      "{Kratom} {eases} opioid withdrawal, {sellers} say.",
      "{Kratom} {eases} anxiety and helps you sleep through the night.",
      "Long-term use has been linked to liver injury and seizures.",
      "There is no reliable evidence that {kratom} treats opioid use disorder.",
      "Methadone and buprenorphine are approved treatments for opioid use disorder.",
      "{Kratom} is a proven treatment for opioid withdrawal.",
      "{Novel} {eases} {pain} and {withdrawal symptoms} without any side effects.");

  private static final List<String> DOSES = List.of(
      "Take {dose} of {substance} {frequency}.",
      "Most {users} start with {dose} and increase the dose slowly.",
      "Do not take more than {dose} of {substance} in a single day.",
      "A typical serving is {dose} stirred into tea or juice.",
      "For {symptom}, {people} often take {dose} {frequency}.",
      "If you feel nothing after an hour, take another {dose}.",
      "Children should not be given {substance} without a doctor's advice.",
      "The label suggests {dose} {frequency}, with food.",
      "{Novel} capsules contain {dose} each; take two {frequency}.");

  private static final List<String> FILLER = List.of(
      "{Substance} comes from the leaves of a tree native to Southeast Asia.",
      "The research so far is limited to small surveys and animal studies.",
      "Talk to your doctor before you start any new supplement.",
      "In this article we look at what the evidence says and what it does not.",
      "Researchers at {university} published a review of {number} studies in {year}.",
      "{Novel} {products} are sold online and in some convenience stores.",
      "Prices range from ${number} to ${number} for a {pack}.",
      "Dr. {surname} of the {Novel} Clinic called the results \"encouraging but preliminary.\"",
      "The U.S. market grew by {number} percent between {year} and {year}.",
      "Many {users} keep a diary of how they feel each day.",
      "Withdrawal can be unpleasant, and it is rarely dangerous for healthy adults.",
      "The survey, run by {university}, asked {number} adults about their habits.",
      "Quality varies a lot from one vendor to the next.",
      "{Surname} et al. reported similar figures in a smaller sample.",
      "Read the label carefully and buy from a reputable {shop}.",
      "Nobody knows yet how {substance} interacts with common medicines.",
      "The {Novel} brand was recalled in {year} after a contamination report.",
      "Sleep, exercise and a steady routine help more than any supplement.",
      "We spoke to {number} readers who had tried {substance} for {symptom}.",
      "Symptoms usually peak after two or three days and fade within a week.",
      "This page is for information only and is not medical advice.");

  private static final List<String> QUESTIONS = List.of(
      "Is {substance} safe to use every day?",
      "How much {substance} should you take?",
      "Can {substance} help with {symptom}?",
      "What do doctors say about {Novel}?");

  private static final List<String> HEADINGS = List.of(
      "What is {substance}?", "How it works", "Dosage", "Side effects and risks", "What the research says",
      "Legal status", "The bottom line", "How to use {substance} safely", "Frequently asked questions");

  private static final Map<String, List<String>> SLOTS = Map.ofEntries(
      Map.entry("kratom", List.of("kratom", "kratom powder", "Mitragyna speciosa", "the herb", "kratom tea", "red vein kratom")),
      Map.entry("substance", List.of("kratom", "kava", "melatonin", "ashwagandha", "CBD oil", "valerian root",
          "magnesium", "vitamin D", "St. John's wort", "turmeric")),
      Map.entry("eases", List.of("eases", "relieves", "soothes", "calms", "reduces", "takes the edge off")),
      Map.entry("ease", List.of("ease", "relieve", "soothe", "reduce", "help with")),
      Map.entry("withdrawal symptoms", List.of("withdrawal symptoms", "cravings", "aches", "restless legs", "sleepless nights")),
      Map.entry("opioids", List.of("opioids", "painkillers", "heroin", "oxycodone", "prescription opioids")),
      Map.entry("prescription painkillers", List.of("prescription painkillers", "opioid medication", "standard treatment", "methadone")),
      Map.entry("addiction", List.of("addiction", "dependence", "dependency", "abuse")),
      Map.entry("dependence", List.of("dependence", "tolerance", "addiction", "dependency")),
      Map.entry("people", List.of("people", "users", "many readers", "some patients", "former users", "veterans")),
      Map.entry("users", List.of("users", "people", "beginners", "regular users")),
      Map.entry("sellers", List.of("sellers", "vendors", "advocates", "its fans", "online forums")),
      Map.entry("quit", List.of("quit", "get off", "stop using", "break free from")),
      Map.entry("may", List.of("may", "might", "could", "seems to", "is thought to")),
      Map.entry("pain", List.of("pain", "chronic pain", "back pain", "joint pain", "arthritis pain")),
      Map.entry("symptom", List.of("sleep problems", "anxiety", "pain", "low energy", "withdrawal", "stress", "headaches")),
      Map.entry("dose", List.of("{number} mg", "{small} grams", "{small} to {small} grams", "{small}-{small} g", "half a teaspoon",
          "one teaspoon", "{number} milligrams", "{small} capsules", "{number} IU", "{small} tablespoons")),
      Map.entry("small", List.of("1", "2", "3", "4", "5", "6", "8", "10", "1.5", "2.5")),
      Map.entry("frequency", List.of("once a day", "twice a day", "up to three times a day", "every morning", "before bed",
          "every four hours", "daily", "as needed", "three times daily")),
      Map.entry("number", List.of("12", "25", "40", "50", "75", "100", "150", "200", "250", "300", "400", "500", "1,000", "2,400")),
      Map.entry("year", List.of("2016", "2018", "2019", "2020", "2021", "2022", "2023", "2024")),
      Map.entry("university", List.of("Johns Hopkins University", "the University of Florida", "a group in Malaysia",
          "the National Institute on Drug Abuse", "Columbia University", "a team in Thailand")),
      Map.entry("surname", List.of("Smith", "Garcia", "Nguyen", "Okafor", "Müller", "Tan", "Haddad", "Kowalski", "Rahman")),
      Map.entry("products", List.of("capsules", "powders", "shots", "gummies", "extracts", "tablets")),
      Map.entry("pack", List.of("small bag", "bottle of 60 capsules", "kilogram", "two-week supply")),
      Map.entry("shop", List.of("vendor", "shop", "pharmacy", "supplier")),
      Map.entry("novel", List.of("{pseudo}", "{pseudo} {pseudo}", "{pseudo}-{small}")));

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z ]+)\\}");

  private final Random random;
  private final double novelShare;
  private int counter;

  /**
   * @param seed makes the output reproducible
   * @param novelShare share of sentences drawn from templates that name a made-up product
   */
  ArticleGenerator(long seed, double novelShare) {
    this.random = new Random(seed);
    this.novelShare = novelShare;
  }

  /** An article of about {@code sentences} sentences (headings and list items count). */
  GeneratedArticle next(int sentences) {
    boolean markdown = random.nextBoolean();
    StringBuilder out = new StringBuilder();
    String subject = expand("{substance}");
    out.append(markdown ? "# " : "").append(capitalise(subject)).append(": ").append(expand(pick(HEADINGS))).append("\n\n");
    int written = 1;
    while (written < sentences) {
      if (random.nextInt(4) == 0) {
        out.append(markdown ? "## " : "").append(expand(pick(HEADINGS))).append("\n\n");
        written++;
      }
      if (random.nextInt(5) == 0) {
        int items = 2 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
          out.append("- ").append(sentence()).append('\n');
        }
        out.append('\n');
        written += items;
      } else {
        int n = 2 + random.nextInt(4);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < n; i++) {
          paragraph.append(i == 0 ? "" : " ").append(sentence());
        }
        out.append(wrap(paragraph.toString(), markdown)).append("\n\n");
        written += n;
      }
    }
    counter++;
    String name = String.format("article-%05d.%s", counter, markdown ? "md" : "txt");
    return new GeneratedArticle(name, out.toString(), written);
  }

  private String sentence() {
    int r = random.nextInt(100);
    List<String> kind = r < 30 ? CLAIMS : r < 50 ? DOSES : r < 55 ? QUESTIONS : FILLER;
    String template = pick(kind);
    // Templates naming a made-up product are drawn only at the configured rate.
    while (template.contains("{Novel}") && random.nextDouble() >= novelShare) {
      template = pick(kind);
    }
    return expand(template);
  }

  /** Markdown paragraphs are hard-wrapped at about 90 columns, as editors often write them. */
  private String wrap(String paragraph, boolean markdown) {
    if (!markdown || paragraph.length() < 100) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : paragraph.split(" ")) {
      if (column > 0 && column + word.length() > 90) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  private String expand(String template) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String slot = m.group(1);
      String value;
      if (slot.equals("pseudo")) {
        value = PseudoWords.word(random.nextInt(PseudoWords.count()));
      } else {
        List<String> choices = SLOTS.get(slot.toLowerCase(java.util.Locale.ROOT));
        if (choices == null) {
          throw new IllegalStateException("unknown slot {" + slot + "}");
        }
        value = expand(pick(choices));
      }
      if (Character.isUpperCase(slot.charAt(0))) {
        value = capitalise(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
