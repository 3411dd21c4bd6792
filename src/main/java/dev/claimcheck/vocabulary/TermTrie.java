package dev.claimcheck.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms and references of the concept vocabulary as a trie of words: from a token, each next
 * token either continues some term or ends the walk. Finding every term that starts at a token
 * costs one map look-up per spelling of each token the walk passes, however many terms the
 * database has and however many of them share a first word ("high blood pressure", "high dose",
 * ...). Built once, then only read: thread-safe after construction.
 */
final class TermTrie {
  /**
   * A term or reference compiled for matching.
   *
   * @param length its number of words
   * @param order its position in the database, which ranks terms of equal length
   */
  record Term(String concept, int length, boolean reference, int order) {}

  /** The spellings under which one token can continue a term (see ConceptVocabulary). */
  record Keys(List<String> words, String stem, List<String> hyphenParts) {}

  /** Where a walk from {@code start} reached a node after {@code end - start} words. */
  record Reach(int start, int end, Node node) {}

  /** A node: the terms that end after the words leading here, and the words that continue. */
  static final class Node {
    private final List<Term> terms = new ArrayList<>(1);
    private final Map<String, Term> references = new LinkedHashMap<>(2); // concept -> reference
    private Map<String, Node> byWord; // null until a term continues here
    private Map<String, List<Node>> byStem; // a stem may continue several words

    /** Terms (not references) ending here, in database order. */
    List<Term> terms() {
      return terms;
    }

    /** The reference of {@code concept} ending here, or null. */
    Term reference(String concept) {
      return references.get(concept);
    }

    boolean endsAnything() {
      return !terms.isEmpty() || !references.isEmpty();
    }
  }

  private final Node root = new Node();
  private int size;

  /** Adds a term given as words and their Porter stems (same length, not empty). */
  void add(String concept, List<String> words, List<String> stems, boolean reference) {
    Node node = root;
    for (int k = 0; k < words.size(); k++) {
      Node parent = node;
      if (parent.byWord == null) {
        parent.byWord = new HashMap<>(4);
      }
      node = parent.byWord.get(words.get(k));
      if (node == null) {
        node = new Node();
        parent.byWord.put(words.get(k), node);
        if (parent.byStem == null) {
          parent.byStem = new HashMap<>(4);
        }
        parent.byStem.computeIfAbsent(stems.get(k), s -> new ArrayList<>(1)).add(node);
      }
    }
    Term term = new Term(concept, words.size(), reference, size++);
    if (reference) {
      node.references.putIfAbsent(concept, term);
    } else {
      node.terms.add(term);
    }
  }

  /**
   * Every node reached by walking the tokens from {@code start} that ends a term or reference, in
   * order of length. A hyphen part of the first token ("kratom" in "kratom-related") reaches only
   * one-word terms.
   */
  void walk(List<Keys> tokens, int start, List<Reach> out) {
    Keys first = tokens.get(start);
    List<Node> frontier = step(root, first, null);
    if (frontier == null && first.hyphenParts().isEmpty()) {
      return; // most tokens start no term: nothing allocated
    }
    frontier = frontier == null ? new ArrayList<>(0) : frontier;
    for (String part : first.hyphenParts()) {
      Node node = child(root, part);
      if (node != null && !frontier.contains(node) && node.endsAnything()) {
        out.add(new Reach(start, start + 1, node)); // a part reaches one-word terms only
      }
    }
    List<Node> next = new ArrayList<>(2);
    for (int t = start; !frontier.isEmpty(); t++) {
      for (Node node : frontier) {
        if (node.endsAnything()) {
          out.add(new Reach(start, t + 1, node));
        }
      }
      if (t + 1 >= tokens.size()) {
        break;
      }
      next.clear();
      for (Node node : frontier) {
        step(node, tokens.get(t + 1), next);
      }
      List<Node> swap = frontier;
      frontier = next;
      next = swap;
    }
  }

  /** Adds the children of {@code node} that the token continues to {@code next}, made when needed. */
  private static List<Node> step(Node node, Keys keys, List<Node> next) {
    for (String word : keys.words()) {
      next = addOnce(next, child(node, word));
    }
    if (keys.stem() != null && node.byStem != null) {
      for (Node n : node.byStem.getOrDefault(keys.stem(), List.of())) {
        next = addOnce(next, n);
      }
    }
    return next;
  }

  private static Node child(Node node, String word) {
    return node.byWord == null ? null : node.byWord.get(word);
  }

  /** Lists here hold one or two nodes: a linear check beats a set. */
  private static List<Node> addOnce(List<Node> nodes, Node node) {
    if (node == null) {
      return nodes;
    }
    if (nodes == null) {
      nodes = new ArrayList<>(2);
    }
    for (Node n : nodes) {
      if (n == node) {
        return nodes;
      }
    }
    nodes.add(node);
    return nodes;
  }
}
