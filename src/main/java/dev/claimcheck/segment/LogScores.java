package dev.claimcheck.segment;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.model.BaseModel;

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
  private final GISModel model;
  private final Map<String, Context> features;
  private final double logPrior;
  private final int outcomes;

  /** The scores of the model stored in {@code model} as artifact {@code artifact} ("pos.model"). */
  static LogScores ofArtifact(BaseModel model, String artifact) {
    Object stored = model.getArtifact(artifact);
    if (!(stored instanceof GISModel gis)) {
      throw new IllegalArgumentException(artifact + " is not a GIS maximum-entropy model: " + stored);
    }
    return new LogScores(gis);
  }

  @SuppressWarnings("unchecked")
  private LogScores(GISModel gis) {
    this.model = gis;
    // {params, feature map, outcome names}; GISModel keeps the feature map as Map<String, Context>.
    this.features = (Map<String, Context>) gis.getDataStructures()[1];
    this.outcomes = gis.getNumOutcomes();
    this.logPrior = StrictMath.log(1.0 / outcomes); // as UniformPrior, GISModel's prior
  }

  /** The name of outcome {@code k}. */
  String outcome(int k) {
    return model.getOutcome(k);
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
