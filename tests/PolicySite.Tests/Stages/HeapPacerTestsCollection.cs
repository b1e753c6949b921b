namespace PolicySite.Tests.Stages;

/// <summary>The pacer's tests, run with no other test alongside (<see cref="HeapPacerTests"/>).</summary>
[CollectionDefinition(nameof(HeapPacerTests), DisableParallelization = true)]
public sealed class HeapPacerTestsCollection;
