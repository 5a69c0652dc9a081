package org.supportmodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.selection.CodeAuthor;
import org.supportmodel.core.selection.Coverage;
import org.supportmodel.core.selection.CustomizationDegree;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.PartnerAvailability;
import org.supportmodel.core.selection.SupportModelSelection;

/** A full support-model recommendation, counterfactual runner-up search included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectionBenchmark {
  private OrganizationProfile profile;

  /** A 20-process organization. */
  @Setup
  public void setUp() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    for (int i = 0; i < 20; i++) {
      builder.addProcess(BusinessProcess.of("p" + i, "Process " + i, Criticality.values()[i % 4]));
    }
    builder
        .customization(CustomizationDegree.MODERATE)
        .customCodeAuthor(CodeAuthor.PARTNER)
        .internalSupportStaff(8)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(2)
        .integrationCount(5)
        .multiCompany(true)
        .centerOfExcellence(true);
    profile = builder.coverAllSkillAreas(Coverage.PARTIAL).singleRegion().build();
  }

  /**
   * Recommends a model with its full explanation.
   *
   * @return the recommendation
   */
  @Benchmark
  public ModelRecommendation recommend() {
    return SupportModelSelection.recommend(profile);
  }
}
