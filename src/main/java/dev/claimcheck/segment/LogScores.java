package dev.claimcheck.segment;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model's scores for each outcome of a context, before they become
 * probabilities: exactly what {@link GISModel#eval(String[])} sums (the uniform prior plus the
 * weights of the context's features, in the same order), without its last step, which takes
 * {@code StrictMath.exp} of every score and divides by their sum. That step keeps the ranking of
 * the outcomes, so a greedy decoder picks the same outcome from either; it was a tenth of the
 * lemmatizer's cost, whose model has 860 outcomes, and {@code StrictMath.exp} is never an intrinsic.
 *
 * <p>Thread-safe: the model is only read.
 */
final class LogScores {
  private final Map<String, Context> features;
  private final double logPrior;
  private final int outcomes;

  @SuppressWarnings("unchecked")
  LogScores(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      throw new IllegalArgumentException("not a GIS maximum-entropy model: " + model);
    }
    // {params, feature map, outcome names}; GISModel keeps the feature map as Map<String, Context>.
    this.features = (Map<String, Context>) gis.getDataStructures()[1];
    this.outcomes = gis.getNumOutcomes();
    this.logPrior = StrictMath.log(1.0 / outcomes); // as UniformPrior, GISModel's prior
  }

  /** One score per outcome, in the model's outcome order; higher is more probable. */
  double[] of(String[] context) {
    Context[] found = new Context[context.length];
    for (int i = 0; i < context.length; i++) {
      found[i] = features.get(context[i]);
    }
    double[] scores = new double[outcomes];
    Arrays.fill(scores, logPrior);
    ArrayMath.sumFeatures(found, null, scores);
    return scores;
  }
}
