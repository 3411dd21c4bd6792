package dev.claimcheck.server;

import dev.claimcheck.check.Finding;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code /metrics} shows, in the Prometheus text format: requests by route and status, their
 * latency, findings by category, and the work pool's load. Routes are the registered path
 * templates (or "unmatched"), so the label values stay few whatever clients send. Thread-safe.
 */
final class ServerMetrics {
  /** Seconds; a seed-sized article takes about 0.05 s on one warm core, a 1 MB text tens of seconds. */
  private static final double[] LATENCY_BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Counter requests;
  private final Histogram latency;
  private final Counter findings;

  ServerMetrics(CheckPool pool) {
    requests = Counter.builder()
        .name("claimcheck_http_requests_total")
        .help("HTTP requests answered, by route, method and status")
        .labelNames("route", "method", "status")
        .withoutExemplars()
        .register(registry);
    latency = Histogram.builder()
        .name("claimcheck_http_request_duration_seconds")
        .unit(Unit.SECONDS)
        .help("Time from the request's arrival to its answer, by route")
        .labelNames("route")
        .classicOnly()
        .classicUpperBounds(LATENCY_BOUNDS)
        .withoutExemplars()
        .register(registry);
    findings = Counter.builder()
        .name("claimcheck_findings_total")
        .help("Findings reported by /v1/check, by category and severity")
        .labelNames("category", "severity")
        .withoutExemplars()
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimcheck_checks_running")
        .help("Checks and analyses running on the workers")
        .callback(g -> g.call(pool.active()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimcheck_checks_waiting")
        .help("Checks and analyses waiting in the queue for a worker")
        .callback(g -> g.call(pool.waiting()))
        .register(registry);
  }

  void request(String route, String method, int status, long nanos) {
    requests.labelValues(route, method, Integer.toString(status)).inc();
    latency.labelValues(route).observe(nanos / 1e9);
  }

  void findings(List<Finding> found) {
    for (Finding f : found) {
      findings.labelValues(f.category().label(), f.severity().label()).inc();
    }
  }

  String contentType() {
    return writer.getContentType();
  }

  byte[] scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
